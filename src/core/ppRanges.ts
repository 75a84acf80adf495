/**
 * PP.SUPPLYRANGE, PP.INTAKECONFIDENT and PP.CHANCE over Excel-shaped arguments: the range
 * functions of src/core/uncertainty.ts with FUNCTIONS.md's rules (broadcasting, errors per cell,
 * whole columns).
 *
 * A planner may point these at whole columns, where most rows are blank and alike: a row whose
 * inputs equal the previous row's reuses its result, so a blank tail costs a comparison per row
 * rather than a computation, and an error read from a single-cell argument is read once.
 */
import { numError, PlanError, tooLarge, valueError } from "./errors";
import { broadcastShape, errorSpill, isOmitted, NamedGrid, OutCell, Spill, toGrid } from "./grid";
import { NumberRule, readNumber, rules } from "./numbers";
import { DEFAULT_YEARS } from "./planning";
import { chanceOfTarget, confidentIntake, RateRange, rateRange, supplyBand } from "./uncertainty";

/** The confidence PP.INTAKECONFIDENT aims for unless told otherwise. */
export const DEFAULT_CONFIDENCE = 0.9;

interface RangeArg extends NamedGrid {
  readonly rule: NumberRule;
}

const OMITTED_NUMBER = Symbol("omitted");

/**
 * An optional argument: its grid, or a marker when left out (its default depends on another
 * argument, e.g. a left-out completion_high takes completion_low).
 */
function optional(name: string, value: unknown, rule: NumberRule, fallback: unknown): RangeArg {
  return { name, grid: isOmitted(value) ? [[fallback]] : toGrid(value), rule };
}

const confidenceRule: NumberRule = Object.freeze({
  name: "confidence",
  lo: Number.MIN_VALUE,
  hi: 1 - Number.EPSILON / 2,
  whole: false,
  expected: "a share above 0 and below 1 (0% to 100%, e.g. 0.9 for 90%)",
});

/**
 * Reads cell (r, c) of every argument into `xs`; returns the first unreadable argument's error.
 * Single-cell arguments were read once into `fixed`.
 */
function readRow(
  args: readonly RangeArg[],
  fixed: readonly (number | PlanError | undefined)[],
  xs: number[],
  r: number,
  c: number
): PlanError | null {
  let error: PlanError | null = null;
  for (let i = 0; i < args.length; i++) {
    const pre = fixed[i];
    let v: number | PlanError;
    if (pre !== undefined) v = pre;
    else {
      const grid = args[i]!.grid;
      const row = grid.length === 1 ? grid[0]! : grid[r]!;
      const cell = row.length === 1 ? row[0] : row[c];
      v = cell === OMITTED_NUMBER ? NaN : readNumber(cell, args[i]!.rule);
    }
    if (v instanceof PlanError) {
      if (!error) error = v;
      xs[i] = NaN;
    } else xs[i] = v;
  }
  return error;
}

/** Reads the single-cell arguments once. */
function readFixed(args: readonly RangeArg[]): (number | PlanError | undefined)[] {
  return args.map(({ grid, rule }) => {
    if (grid.length !== 1 || grid[0]!.length !== 1) return undefined;
    const cell = grid[0]![0];
    return cell === OMITTED_NUMBER ? NaN : readNumber(cell, rule);
  });
}

const sameInputs = (a: readonly number[], b: readonly number[]): boolean => {
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
};

/** A low-high range, or the #NUM! for low above high. A left-out end (NaN) takes the other. */
function readRange(
  lowName: string,
  highName: string,
  low: number,
  high: number
): RateRange | PlanError {
  const lo = Number.isNaN(low) ? high : low;
  const hi = Number.isNaN(high) ? low : high;
  if (lo > hi) {
    return numError(`${lowName} (${lo}) is above ${highName} (${hi}): give the low end first.`);
  }
  return rateRange(lo, hi);
}

/** The completion range; both ends left out is a completion of 1 (PP.SUPPLY's intake). */
function readCompletion(low: number, high: number): RateRange | PlanError {
  if (Number.isNaN(low) && Number.isNaN(high)) return rateRange(1, 1);
  return readRange("completion_low", "completion_high", low, high);
}

/**
 * Cell by cell over the broadcast shape of `args`, as PP.INTAKE does; a cell whose inputs equal
 * the previous cell's reuses its result.
 */
function eachCell(args: readonly RangeArg[], cell: (xs: readonly number[]) => OutCell): Spill {
  const shape = broadcastShape(args);
  if (shape instanceof PlanError) return errorSpill(shape);
  const fixed = readFixed(args);
  const xs = new Array<number>(args.length).fill(0);
  const last = new Array<number>(args.length).fill(NaN);
  let lastError: PlanError | null = null;
  let lastOut: OutCell | undefined;
  let hasErrors = false;
  const out: OutCell[][] = new Array(shape.rows);
  for (let r = 0; r < shape.rows; r++) {
    const o: OutCell[] = new Array(shape.cols);
    for (let c = 0; c < shape.cols; c++) {
      const error = readRow(args, fixed, xs, r, c);
      let y: OutCell;
      if (error) y = error;
      else if (lastOut !== undefined && lastError === null && sameInputs(xs, last)) y = lastOut;
      else {
        y = cell(xs);
        if (typeof y === "number" && !Number.isFinite(y)) y = tooLarge();
        for (let i = 0; i < xs.length; i++) last[i] = xs[i]!;
        lastOut = y;
      }
      lastError = error;
      if (typeof y === "object") hasErrors = true;
      o[c] = y;
    }
    out[r] = o;
  }
  return { cells: out, hasErrors };
}

const marker = OMITTED_NUMBER as unknown;

export function intakeConfident(
  target: unknown,
  inPost: unknown,
  attritionLow: unknown,
  attritionHigh: unknown,
  years?: unknown,
  completionLow?: unknown,
  completionHigh?: unknown,
  confidence?: unknown
): Spill {
  const args: RangeArg[] = [
    { name: "target", grid: toGrid(target), rule: rules.wte("target") },
    { name: "in_post", grid: toGrid(inPost), rule: rules.wte("in_post") },
    { name: "attrition_low", grid: toGrid(attritionLow), rule: rules.attrition("attrition_low") },
    {
      name: "attrition_high",
      grid: toGrid(attritionHigh),
      rule: rules.attrition("attrition_high"),
    },
    optional("years", years, rules.years("years"), DEFAULT_YEARS),
    optional("completion_low", completionLow, rules.share("completion_low"), marker),
    optional("completion_high", completionHigh, rules.share("completion_high"), marker),
    optional("confidence", confidence, confidenceRule, DEFAULT_CONFIDENCE),
  ];
  return eachCell(args, ([t, s0, aLo, aHi, y, cLo, cHi, conf]) => {
    const a = readRange("attrition_low", "attrition_high", aLo!, aHi!);
    if (a instanceof PlanError) return a;
    const c = readCompletion(cLo!, cHi!);
    if (c instanceof PlanError) return c;
    return confidentIntake(t!, s0!, a, c, y!, conf!);
  });
}

export function chance(
  target: unknown,
  inPost: unknown,
  intake: unknown,
  attritionLow: unknown,
  attritionHigh: unknown,
  years?: unknown,
  completionLow?: unknown,
  completionHigh?: unknown
): Spill {
  const args: RangeArg[] = [
    { name: "target", grid: toGrid(target), rule: rules.wte("target") },
    { name: "in_post", grid: toGrid(inPost), rule: rules.wte("in_post") },
    { name: "intake", grid: toGrid(intake), rule: rules.wte("intake") },
    { name: "attrition_low", grid: toGrid(attritionLow), rule: rules.attrition("attrition_low") },
    {
      name: "attrition_high",
      grid: toGrid(attritionHigh),
      rule: rules.attrition("attrition_high"),
    },
    optional("years", years, rules.years("years"), DEFAULT_YEARS),
    optional("completion_low", completionLow, rules.share("completion_low"), marker),
    optional("completion_high", completionHigh, rules.share("completion_high"), marker),
  ];
  return eachCell(args, ([t, s0, i, aLo, aHi, y, cLo, cHi]) => {
    const a = readRange("attrition_low", "attrition_high", aLo!, aHi!);
    if (a instanceof PlanError) return a;
    const c = readCompletion(cLo!, cHi!);
    if (c instanceof PlanError) return c;
    return chanceOfTarget(t!, s0!, i!, a, c, y!);
  });
}

/**
 * PP.SUPPLYRANGE: for each row of inputs (single values or one column), three rows of years + 1
 * values: the 10th, 50th and 90th percentiles of staff in post.
 */
export function supplyRange(
  inPost: unknown,
  intake: unknown,
  attritionLow: unknown,
  attritionHigh: unknown,
  years?: unknown,
  completionLow?: unknown,
  completionHigh?: unknown
): Spill {
  const args: RangeArg[] = [
    { name: "in_post", grid: toGrid(inPost), rule: rules.wte("in_post") },
    { name: "intake", grid: toGrid(intake), rule: rules.wte("intake") },
    { name: "attrition_low", grid: toGrid(attritionLow), rule: rules.attrition("attrition_low") },
    {
      name: "attrition_high",
      grid: toGrid(attritionHigh),
      rule: rules.attrition("attrition_high"),
    },
    optional("years", years, rules.years("years"), DEFAULT_YEARS),
    optional("completion_low", completionLow, rules.share("completion_low"), marker),
    optional("completion_high", completionHigh, rules.share("completion_high"), marker),
  ];
  const shape = broadcastShape(args);
  if (shape instanceof PlanError) return errorSpill(shape);
  if (shape.cols > 1) {
    return errorSpill(
      valueError(
        `PP.SUPPLYRANGE takes its arguments as single values or one column (three rows of ` +
          `years each); got ${shape.rows}x${shape.cols}.`
      )
    );
  }
  const fixed = readFixed(args);
  const xs = new Array<number>(args.length).fill(0);
  const last = new Array<number>(args.length).fill(NaN);
  let lastBlock: OutCell[][] | null = null;
  // Rows differ in length when years does: the widest row sets the spill's width.
  let width = 1;
  let narrowest = Infinity;
  const blocks: OutCell[][][] = new Array(shape.rows);
  let hasErrors = false;
  for (let r = 0; r < shape.rows; r++) {
    const error = readRow(args, fixed, xs, r, 0);
    let block: OutCell[][];
    if (error) {
      block = [[error], [error], [error]];
      hasErrors = true;
    } else if (lastBlock && sameInputs(xs, last)) {
      block = lastBlock;
    } else {
      const band = bandOf(xs);
      if (band instanceof PlanError) {
        block = [[band], [band], [band]];
        hasErrors = true;
      } else if (allFinite(band)) {
        block = band;
      } else {
        block = band.map((row) => row.map((v) => (Number.isFinite(v) ? v : tooLarge())));
        hasErrors = true;
      }
      for (let i = 0; i < xs.length; i++) last[i] = xs[i]!;
      lastBlock = block;
    }
    const length = block[0]!.length;
    if (length > width) width = length;
    if (length < narrowest) narrowest = length;
    blocks[r] = block;
  }
  const out: OutCell[][] = new Array(shape.rows * 3);
  const padded = new Map<OutCell[], OutCell[]>();
  for (let r = 0; r < shape.rows; r++) {
    const block = blocks[r]!;
    for (let j = 0; j < 3; j++) {
      const row = block[j]!;
      if (narrowest === width) {
        out[r * 3 + j] = row;
        continue;
      }
      // Padding makes a new row; shared blocks share their padded rows too.
      let wide = row.length === width ? row : padded.get(row);
      if (!wide) {
        wide = row.slice();
        while (wide.length < width) wide.push("");
        padded.set(row, wide);
      }
      out[r * 3 + j] = wide;
    }
  }
  return { cells: out, hasErrors };
}

/** One row's three rows of years, or the error in its ranges. Indexed reads: it runs once a row. */
function bandOf(xs: readonly number[]): number[][] | PlanError {
  const a = readRange("attrition_low", "attrition_high", xs[2]!, xs[3]!);
  if (a instanceof PlanError) return a;
  const c = readCompletion(xs[5]!, xs[6]!);
  if (c instanceof PlanError) return c;
  return supplyBand(xs[0]!, xs[1]!, a, c, xs[4]!);
}

/** Whether every value is finite; a band beyond a double's range shows as too large instead. */
function allFinite(rows: readonly (readonly number[])[]): boolean {
  for (let j = 0; j < rows.length; j++) {
    const row = rows[j]!;
    // x - x is 0 for every finite x and NaN for infinities and NaN.
    for (let k = 0; k < row.length; k++) if (row[k]! - row[k]! !== 0) return false;
  }
  return true;
}
