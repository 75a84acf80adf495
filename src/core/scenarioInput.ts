/**
 * The task pane's text inputs for assumptions: fractions are typed and shown as percentages
 * ("25" or "25%" is 0.25), horizons as whole years, a start year as the year (2025 for 2025/26). Parsing keeps the typed text's meaning plain:
 * a bare number in a percentage field is always a percentage.
 */
import { type Assumption, readAssumption } from "./scenarios";
import { financialYearLabel } from "./years";

export type InputResult = { readonly value: number | null } | { readonly problem: string };

/** How a stored value shows in its input: 0.6 as "60", 4 as "4", empty as "". */
export function formatAssumption(value: number | null, assumption: Assumption): string {
  if (value === null) return "";
  const shown = assumption.format === "percent" ? value * 100 : value;
  // Ten significant digits hide binary noise (0.07 * 100 = 7.000000000000001).
  return String(Number(shown.toPrecision(10)));
}

/** Digits grouped in threes by commas, as 1,000 or 12,500.5: the only commas read. */
const THOUSANDS = /^[-+]?[1-9]\d{0,2}(,\d{3})+(\.\d*)?$/;

/** Reads what the planner typed; a problem says what to type instead. */
export function parseAssumption(text: string, assumption: Assumption): InputResult {
  const typed = text.trim();
  if (typed === "") return { value: null };
  const percent = assumption.format === "percent";
  // A comma is read only as a thousands separator (1,000); "2,5" is a decimal comma, refused
  // rather than read as 25.
  if (typed.includes(",") && !THOUSANDS.test(percent ? typed.replace(/\s*%$/, "") : typed)) {
    const single = !typed.includes(".") && typed.indexOf(",") === typed.lastIndexOf(",");
    return {
      problem: single
        ? `Use a point for decimals: ${typed.replace(",", ".")}.`
        : "Use a point for decimals, and commas only between thousands (1,000).",
    };
  }
  const trimmed = typed.replace(/,/g, "");
  const numeric = percent ? trimmed.replace(/\s*%$/, "") : trimmed;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(numeric)) {
    return {
      problem: percent
        ? `${assumption.header} must be a percentage such as 25 or 12.5%.`
        : assumption.format === "year"
          ? `${assumption.header} must be a year such as 2025 (for 2025/26).`
          : `${assumption.header} must be a whole number of years such as 4.`,
    };
  }
  const number = Number(numeric);
  const value = percent ? Number((number / 100).toPrecision(12)) : number;
  const read = readAssumption(value, assumption);
  if ("problem" in read) {
    return { problem: percent ? percentMessage(assumption, number) : read.problem };
  }
  return read;
}

function percentMessage(assumption: Assumption, typed: number): string {
  const { rule } = assumption;
  const hi = rule.hi >= 1 ? "100%" : "below 100%";
  const lo = rule.lo > 0 ? "above 0%" : "0%";
  return `${assumption.header} must be from ${lo} to ${hi}; it is ${typed}%.`;
}

/** What the planner reads beside a value: "%", "years", or nothing for a year. */
export function assumptionUnit(assumption: Assumption): string {
  return assumption.format === "percent" ? "%" : assumption.format === "years" ? "years" : "";
}

/** A stored value in words: "12%", "4 years", "2025/26". */
export function describeAssumption(value: number, assumption: Assumption): string {
  const shown = formatAssumption(value, assumption);
  if (assumption.format === "year") return financialYearLabel(value);
  return assumption.format === "percent" ? `${shown}%` : `${shown} years`;
}
