/**
 * Second thoughts on an entry the form accepts: a percentage field holds percentages, so "0.02"
 * is 0.02%, which is what a planner means only rarely; more often they typed the share as a
 * fraction (2%). The entry stands, and the form offers the other reading in one click.
 */
import type { Assumption } from "../../core/scenarios";
import { formatAssumption, parseAssumption } from "../../core/scenarioInput";

export interface FractionHint {
  /** The entry as typed, read as a percentage: "0.02". */
  readonly typed: string;
  /** The same number read as a fraction, as the field shows it: "2". */
  readonly suggested: string;
}

/**
 * When a bare number from 0 to 1 (exclusive) is typed in a percentage field, the text that reads
 * it as a fraction, provided that is a valid value too; else null. "0.02%" (with its sign) and
 * "2" ask nothing.
 */
export function fractionHint(text: string, assumption: Assumption): FractionHint | null {
  if (assumption.format !== "percent") return null;
  const typed = text.trim();
  if (!/^0?\.\d+$/.test(typed)) return null;
  const fraction = Number(typed);
  if (!(fraction > 0 && fraction < 1)) return null;
  const suggested = formatAssumption(fraction, assumption);
  const read = parseAssumption(suggested, assumption);
  if ("problem" in read) return null;
  return { typed, suggested };
}
