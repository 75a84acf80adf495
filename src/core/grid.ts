/**
 * Excel hands a range to a custom function as a 2-D array, row by row. `Grid` is that array after
 * normalisation: at least 1x1, every row the same length. Cells keep Excel's raw values (numbers,
 * strings, booleans, null for blanks, error objects) until an argument's rules read them.
 */
import { PlanError, valueError } from "./errors";

export type Grid = readonly (readonly unknown[])[];

/** A result cell: what the boundary gives back to Excel. */
export type OutCell = number | string | boolean | PlanError;

/**
 * A function's result: a matrix that spills, or one error for the whole call. `hasErrors` says
 * whether any cell is a PlanError, so the boundary converts only results that need it.
 */
export interface Spill {
  readonly cells: OutCell[][];
  readonly hasErrors: boolean;
  /** Set when the single cell is an error about the call as a whole (shapes, options). */
  readonly wholeCall?: true;
}

export interface Shape {
  readonly rows: number;
  readonly cols: number;
}

/** What an omitted optional argument looks like once read. */
export const OMITTED: Grid = Object.freeze([Object.freeze([undefined])]);

/** Excel passes an omitted optional argument as null (or it is simply missing). */
export function isOmitted(value: unknown): boolean {
  return value === null || value === undefined;
}

/**
 * Reads whatever arrived into a rectangular grid. Excel sends well-formed matrices; anything else
 * (a bare scalar, a 1-D array, ragged rows, an empty array) is made rectangular, padding with
 * blanks, so no input can make a function throw.
 */
export function toGrid(value: unknown): Grid {
  if (!Array.isArray(value)) return [[value]];
  if (value.length === 0) return [[null]];
  const cols = Array.isArray(value[0]) ? (value[0] as unknown[]).length : 0;
  let rectangular = cols > 0;
  for (let r = 0; r < value.length && rectangular; r++) {
    const row: unknown = value[r];
    rectangular = Array.isArray(row) && row.length === cols;
  }
  if (rectangular) return value as Grid;
  if (!value.every((row) => Array.isArray(row))) return [value.slice()];
  // A loop, not Math.max(...rows): a whole column has more rows than a call can take arguments.
  let width = 1;
  for (const row of value as unknown[][]) if (row.length > width) width = row.length;
  return value.map((row: unknown[]) => {
    const padded = row.slice();
    while (padded.length < width) padded.push(null);
    return padded;
  });
}

export function shapeOf(grid: Grid): Shape {
  return { rows: grid.length, cols: grid[0]?.length ?? 0 };
}

export function describeShape(shape: Shape): string {
  return `${shape.rows}x${shape.cols}`;
}

export function isSingle(grid: Grid): boolean {
  return grid.length === 1 && grid[0]?.length === 1;
}

/** The one value of a 1x1 grid. */
export function single(grid: Grid): unknown {
  return grid[0]?.[0];
}

export interface NamedGrid {
  readonly name: string;
  readonly grid: Grid;
}

/**
 * The shape arguments broadcast to, Excel-style: each dimension of each argument must be 1 or the
 * common size. A row broadcasts down, a column across, a single value everywhere.
 */
export function broadcastShape(args: readonly NamedGrid[]): Shape | PlanError {
  let rows = 1;
  let cols = 1;
  for (const { grid } of args) {
    const s = shapeOf(grid);
    if (s.rows > rows) rows = s.rows;
    if (s.cols > cols) cols = s.cols;
  }
  for (const arg of args) {
    const s = shapeOf(arg.grid);
    if ((s.rows !== 1 && s.rows !== rows) || (s.cols !== 1 && s.cols !== cols)) {
      const other = args.find((o) => o !== arg && !fitsAgainst(shapeOf(o.grid), s));
      const against = other ?? args.find((o) => o !== arg) ?? arg;
      // Name the two in the order the formula gives them.
      return args.indexOf(arg) < args.indexOf(against)
        ? shapeMismatch(arg, against)
        : shapeMismatch(against, arg);
    }
  }
  return { rows, cols };
}

function fitsAgainst(a: Shape, b: Shape): boolean {
  const dimFits = (x: number, y: number) => x === 1 || y === 1 || x === y;
  return dimFits(a.rows, b.rows) && dimFits(a.cols, b.cols);
}

export function shapeMismatch(a: NamedGrid, b: NamedGrid): PlanError {
  return valueError(
    `Can't match ${a.name} (${describeShape(shapeOf(a.grid))}) with ${b.name} ` +
      `(${describeShape(shapeOf(b.grid))}). Use ranges of the same size, a single row or ` +
      `column that fits the other range, or a single value.`
  );
}

/** A whole-call error, as the 1x1 result Excel shows in the formula's cell. */
export function errorSpill(error: PlanError): Spill {
  return { cells: [[error]], hasErrors: true, wholeCall: true };
}
