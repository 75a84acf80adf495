/**
 * Cell-by-cell evaluation over broadcast ranges. `mapNumbers` is the hot path of every arithmetic
 * function (a planner may point PP.GAP at a whole ESR extract), so it reads each cell once, checks
 * the common case (a number in range) inline and leaves everything else to `slowCell`.
 */
import { PlanError, tooLarge } from "./errors";
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

/** Upper bound for the inline check; whole-number rules always take the careful path. */
const inlineHi = (r: NumberRule): number => (r.whole ? -1 : r.hi);

/**
 * Applies `kernel` to every cell of the broadcast shape of `args` (at most five). A cell whose
 * inputs cannot be read shows the first such input's error; the rest of the spill is computed.
 * Shapes that cannot be matched give one error for the whole call.
 *
 * The loop keeps every argument in a plain number variable (V8 then never boxes them) and takes
 * the careful per-cell path, `slowCell`, only for a cell that is not a number in range.
 */
export function mapNumbers(args: readonly NumericArg[], kernel: Kernel): Spill {
  const shape = broadcastShape(args);
  if (shape instanceof PlanError) return errorSpill(shape);
  const { rows, cols } = shape;
  const [a0 = ABSENT, a1 = ABSENT, a2 = ABSENT, a3 = ABSENT, a4 = ABSENT] = args;
  const all = [a0, a1, a2, a3, a4];
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
    const k0 = f0 ? 0 : readNumber(row0[0], r0);
    const k1 = f1 ? 0 : readNumber(row1[0], r1);
    const k2 = f2 ? 0 : readNumber(row2[0], r2);
    const k3 = f3 ? 0 : readNumber(row3[0], r3);
    const k4 = f4 ? 0 : readNumber(row4[0], r4);
    const o: OutCell[] = new Array(cols);
    if (
      typeof k0 !== "number" ||
      typeof k1 !== "number" ||
      typeof k2 !== "number" ||
      typeof k3 !== "number" ||
      typeof k4 !== "number"
    ) {
      for (let c = 0; c < cols; c++) o[c] = slowCell(all, kernel, r, c);
      out[r] = o;
      hasErrors = true;
      continue;
    }
    // Unary plus makes these plain doubles, so the cell loop allocates nothing per value.
    const c0 = +k0, c1 = +k1, c2 = +k2, c3 = +k3, c4 = +k4; // prettier-ignore
    for (let c = 0; c < cols; c++) {
      let ok = true;
      let x0 = c0, x1 = c1, x2 = c2, x3 = c3, x4 = c4; // prettier-ignore
      if (f0) { const v = row0[c]; if (typeof v === "number" && v >= lo0 && v <= hi0) x0 = v; else ok = false; } // prettier-ignore
      if (f1) { const v = row1[c]; if (typeof v === "number" && v >= lo1 && v <= hi1) x1 = v; else ok = false; } // prettier-ignore
      if (f2) { const v = row2[c]; if (typeof v === "number" && v >= lo2 && v <= hi2) x2 = v; else ok = false; } // prettier-ignore
      if (f3) { const v = row3[c]; if (typeof v === "number" && v >= lo3 && v <= hi3) x3 = v; else ok = false; } // prettier-ignore
      if (f4) { const v = row4[c]; if (typeof v === "number" && v >= lo4 && v <= hi4) x4 = v; else ok = false; } // prettier-ignore
      if (ok) {
        const y = kernel(x0, x1, x2, x3, x4);
        if (typeof y === "number" ? Number.isFinite(y) : typeof y === "boolean") {
          o[c] = y;
          continue;
        }
      }
      const y = slowCell(all, kernel, r, c);
      if (typeof y === "object") hasErrors = true;
      o[c] = y;
    }
    out[r] = o;
  }
  return { cells: out, hasErrors };
}

/** One cell the careful way: every argument read by its rule, errors reported in order. */
function slowCell(args: readonly NumericArg[], kernel: Kernel, r: number, c: number): OutCell {
  const x0 = readNumber(cellAt(args[0]!.grid, r, c), args[0]!.rule);
  const x1 = readNumber(cellAt(args[1]!.grid, r, c), args[1]!.rule);
  const x2 = readNumber(cellAt(args[2]!.grid, r, c), args[2]!.rule);
  const x3 = readNumber(cellAt(args[3]!.grid, r, c), args[3]!.rule);
  const x4 = readNumber(cellAt(args[4]!.grid, r, c), args[4]!.rule);
  if (
    typeof x0 !== "number" ||
    typeof x1 !== "number" ||
    typeof x2 !== "number" ||
    typeof x3 !== "number" ||
    typeof x4 !== "number"
  ) {
    return firstError(x0, x1, x2, x3, x4);
  }
  const y = kernel(x0, x1, x2, x3, x4);
  return typeof y === "number" && !Number.isFinite(y) ? tooLarge() : y;
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
