/**
 * How a cell becomes a number for one argument, and the range each kind of argument must lie in
 * (FUNCTIONS.md, "Ranges of validity"). Blank cells count as 0, as in Excel's own arithmetic, on
 * every platform: Excel on the web sends a blank as null and Excel on the desktop as 0, so
 * treating both as 0 keeps a shared workbook's numbers the same for whoever opens it.
 */
import { plainCell } from "./cellValues";
import { fromErrorCell, isErrorCell, numError, PlanError, valueError } from "./errors";

export interface NumberRule {
  /** The argument's name as Excel shows it, for messages. */
  readonly name: string;
  /** Lowest accepted value (inclusive). */
  readonly lo: number;
  /** Highest accepted value (inclusive). */
  readonly hi: number;
  readonly whole: boolean;
  /** What the argument must be, completing "<name> must be …". */
  readonly expected: string;
}

/** The largest number below 1: "strictly below 1" as an inclusive bound. */
const BELOW_ONE = 1 - Number.EPSILON / 2;

const rule =
  (lo: number, hi: number, whole: boolean, expected: string) =>
  (name: string): NumberRule =>
    Object.freeze({ name, lo, hi, whole, expected });

export const rules = {
  /** Staff numbers in whole time equivalent (WTE) or headcount. */
  wte: rule(0, Number.MAX_VALUE, false, "0 or more (a WTE or headcount)"),
  /** A share or proportion: 0 to 1, e.g. 0.25 or 25%. */
  share: rule(0, 1, false, "a share from 0 to 1 (0% to 100%)"),
  /** A yearly leaving rate: 0 up to, but not including, 1. */
  attrition: rule(0, BELOW_ONE, false, "a yearly rate from 0 up to but not including 1 (100%)"),
  years: rule(1, 50, true, "a whole number of years from 1 to 50"),
  population: rule(0, Number.MAX_VALUE, false, "0 or more (a population)"),
  index: rule(0, Number.MAX_VALUE, false, "0 or more (1 means average need)"),
  /** A value computed by another function: any finite number. */
  computed: rule(-Number.MAX_VALUE, Number.MAX_VALUE, false, "a number"),
  year: rule(1900, 2100, true, "a year such as 2019"),
};

export function isBlank(value: unknown): boolean {
  return (
    value === null ||
    value === undefined ||
    (typeof value === "string" && value.trim().length === 0)
  );
}

/**
 * The cell as a number within the rule's range, or the error that cell shows. Fast callers test
 * `typeof v === "number" && v >= lo && v <= hi` inline and call this only when that fails.
 */
export function readNumber(value: unknown, r: NumberRule): number | PlanError {
  if (typeof value === "number") {
    if (value !== value || value === Infinity || value === -Infinity) {
      return numError(`${r.name} is not a finite number.`);
    }
    if (value < r.lo || value > r.hi || (r.whole && !Number.isInteger(value))) {
      return numError(`${r.name} must be ${r.expected}; it is ${value}.`);
    }
    return value;
  }
  if (typeof value === "object" && value !== null) {
    // A data-type value (a Double, formatted number, error…) reads as the value it stands for.
    const plain = plainCell(value);
    if (plain !== value) return readNumber(plain, r);
    if (isErrorCell(value)) return fromErrorCell(value, r.name);
  }
  if (isBlank(value)) return readNumber(0, r);
  if (typeof value === "string") {
    const looksNumeric = value.trim() !== "" && Number.isFinite(Number(value.trim()));
    return valueError(
      looksNumeric
        ? `${r.name} holds the text '${clip(value)}', not a number: convert it with VALUE() or retype it.`
        : `${r.name} holds the text '${clip(value)}' where a number belongs.`
    );
  }
  if (typeof value === "boolean") {
    return valueError(`${r.name} holds ${value ? "TRUE" : "FALSE"} where a number belongs.`);
  }
  return valueError(`${r.name} holds a value that is not a number.`);
}

/**
 * Keeps echoed cell text short enough for Excel's error tooltip, never cutting a character made
 * of two UTF-16 units (an emoji, say) in half.
 */
export function clip(text: string, max = 40): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--; // a high surrogate whose pair would be cut off
  return `${text.slice(0, end)}…`;
}
