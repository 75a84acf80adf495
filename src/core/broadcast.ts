/**
 * Cell-by-cell evaluation over broadcast ranges. `mapNumbers` is the hot path of every arithmetic
 * function (a planner may point PP.GAP at a whole ESR extract), so it reads each cell once, checks
 * the common case (a number in range) inline and leaves everything else to `readNumber`.
 */
import { numError, PlanError } from "./errors";
import { broadcastShape, errorSpill, Grid, NamedGrid, OutCell, Spill } from "./grid";
import { NumberRule, readNumber, rules } from "./numbers";

export interface NumericArg extends NamedGrid {
  readonly rule: NumberRule;
}

/** A cell's computation from up to five numbers already read and checked. */
export type Kernel = (a: number, b: number, c: number, d: number, e: number) => OutCell;

const ABSENT: NumericArg = Object.freeze({
  name: "",
  grid: Object.freeze([Object.freeze([0])]),
  rule: rules.computed(""),
});

/** The first error among a cell's arguments, in argument order. */
function firstError(...values: unknown[]): PlanError {
  for (const v of values) if (v instanceof PlanError) return v;
  return new PlanError("#VALUE!", "A value could not be read.");
}

/** A result beyond the range of numbers Excel can hold. */
export function tooLarge(): PlanError {
  return numError("The result is too large to compute.");
}

/** Upper bound for the inline check; whole-number rules always take the careful path. */
const inlineHi = (r: NumberRule): number => (r.whole ? -1 : r.hi);

/**
 * Applies `kernel` to every cell of the broadcast shape of `args` (at most five). A cell whose
 * inputs cannot be read shows the first such input's error; the rest of the spill is computed.
 * Shapes that cannot be matched give one error for the whole call.
 */
export function mapNumbers(args: readonly NumericArg[], kernel: Kernel): Spill {
  const shape = broadcastShape(args);
  if (shape instanceof PlanError) return errorSpill(shape);
  const { rows, cols } = shape;
  const [a0 = ABSENT, a1 = ABSENT, a2 = ABSENT, a3 = ABSENT, a4 = ABSENT] = args;
  const g0 = a0.grid, g1 = a1.grid, g2 = a2.grid, g3 = a3.grid, g4 = a4.grid; // prettier-ignore
  const r0 = a0.rule, r1 = a1.rule, r2 = a2.rule, r3 = a3.rule, r4 = a4.rule; // prettier-ignore
  const lo0 = r0.lo, lo1 = r1.lo, lo2 = r2.lo, lo3 = r3.lo, lo4 = r4.lo; // prettier-ignore
  const hi0 = inlineHi(r0), hi1 = inlineHi(r1), hi2 = inlineHi(r2), hi3 = inlineHi(r3), hi4 = inlineHi(r4); // prettier-ignore
  // An argument one column wide holds one value per row: read it once per row.
  const f0 = (g0[0]?.length ?? 1) > 1, f1 = (g1[0]?.length ?? 1) > 1, f2 = (g2[0]?.length ?? 1) > 1, f3 = (g3[0]?.length ?? 1) > 1, f4 = (g4[0]?.length ?? 1) > 1; // prettier-ignore
  const out: OutCell[][] = new Array(rows);
  let hasErrors = false;

  for (let r = 0; r < rows; r++) {
    const row0 = (g0.length === 1 ? g0[0] : g0[r]) as readonly unknown[];
    const row1 = (g1.length === 1 ? g1[0] : g1[r]) as readonly unknown[];
    const row2 = (g2.length === 1 ? g2[0] : g2[r]) as readonly unknown[];
    const row3 = (g3.length === 1 ? g3[0] : g3[r]) as readonly unknown[];
    const row4 = (g4.length === 1 ? g4[0] : g4[r]) as readonly unknown[];
    const v0 = f0 ? 0 : readNumber(row0[0], r0);
    const v1 = f1 ? 0 : readNumber(row1[0], r1);
    const v2 = f2 ? 0 : readNumber(row2[0], r2);
    const v3 = f3 ? 0 : readNumber(row3[0], r3);
    const v4 = f4 ? 0 : readNumber(row4[0], r4);
    const o: OutCell[] = new Array(cols);
    for (let c = 0; c < cols; c++) {
      let x0: unknown = v0, x1: unknown = v1, x2: unknown = v2, x3: unknown = v3, x4: unknown = v4; // prettier-ignore
      if (f0) { x0 = row0[c]; if (!(typeof x0 === "number" && x0 >= lo0 && x0 <= hi0)) x0 = readNumber(x0, r0); } // prettier-ignore
      if (f1) { x1 = row1[c]; if (!(typeof x1 === "number" && x1 >= lo1 && x1 <= hi1)) x1 = readNumber(x1, r1); } // prettier-ignore
      if (f2) { x2 = row2[c]; if (!(typeof x2 === "number" && x2 >= lo2 && x2 <= hi2)) x2 = readNumber(x2, r2); } // prettier-ignore
      if (f3) { x3 = row3[c]; if (!(typeof x3 === "number" && x3 >= lo3 && x3 <= hi3)) x3 = readNumber(x3, r3); } // prettier-ignore
      if (f4) { x4 = row4[c]; if (!(typeof x4 === "number" && x4 >= lo4 && x4 <= hi4)) x4 = readNumber(x4, r4); } // prettier-ignore
      if (
        typeof x0 === "number" &&
        typeof x1 === "number" &&
        typeof x2 === "number" &&
        typeof x3 === "number" &&
        typeof x4 === "number"
      ) {
        const y = kernel(x0, x1, x2, x3, x4);
        // y - y is 0 for every finite number, NaN for NaN and the infinities.
        if (typeof y === "number" && y - y === 0) o[c] = y;
        else {
          o[c] = typeof y === "number" ? tooLarge() : y;
          if (typeof o[c] === "object") hasErrors = true;
        }
      } else {
        o[c] = firstError(x0, x1, x2, x3, x4);
        hasErrors = true;
      }
    }
    out[r] = o;
  }
  return { cells: out, hasErrors };
}

/**
 * The general (slower) path for arguments that are not plain numbers, such as names: `cell`
 * receives the broadcast values of one output cell, in argument order.
 */
export function mapCells(args: readonly NamedGrid[], cell: (values: unknown[]) => OutCell): Spill {
  const shape = broadcastShape(args);
  if (shape instanceof PlanError) return errorSpill(shape);
  const out: OutCell[][] = new Array(shape.rows);
  let hasErrors = false;
  for (let r = 0; r < shape.rows; r++) {
    const o: OutCell[] = new Array(shape.cols);
    for (let c = 0; c < shape.cols; c++) {
      const values = args.map(({ grid }) => cellAt(grid, r, c));
      const y = cell(values);
      if (y instanceof PlanError) hasErrors = true;
      o[c] = y;
    }
    out[r] = o;
  }
  return { cells: out, hasErrors };
}

/** The value at (r, c) of a grid broadcast to a larger shape. */
export function cellAt(grid: Grid, r: number, c: number): unknown {
  const row = grid.length === 1 ? grid[0] : grid[r];
  return row === undefined ? undefined : row.length === 1 ? row[0] : row[c];
}
