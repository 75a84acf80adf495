/**
 * The Excel boundary: core's results become what Excel expects. Core's `PlanError`s become
 * `CustomFunctions.Error`s, and nothing, not even a bug, escapes as an exception.
 */
import { PlanError } from "../core/errors";
import type { OutCell, Spill } from "../core/grid";

/** The codes Excel accepts from a custom function; #REF! and #NAME? are input-only. */
const RETURNABLE: ReadonlySet<string> = new Set(["#VALUE!", "#N/A", "#DIV/0!", "#NUM!", "#NULL!"]);
/** Excel shows a custom message only with these. */
const WITH_MESSAGE: ReadonlySet<string> = new Set(["#VALUE!", "#N/A"]);

/**
 * The Excel error made for each shared (frozen) PlanError: a column of blank names or error cells
 * hands Excel one error object many times rather than one per cell. Excel reads result values, it
 * does not keep them, so a value may stand in many cells.
 */
const SHARED = new WeakMap<PlanError, CustomFunctions.Error>();

export function toExcelError(error: PlanError): CustomFunctions.Error {
  if (!Object.isFrozen(error)) return makeExcelError(error);
  let excel = SHARED.get(error);
  if (!excel) SHARED.set(error, (excel = makeExcelError(error)));
  return excel;
}

function makeExcelError(error: PlanError): CustomFunctions.Error {
  const code = RETURNABLE.has(error.code) ? error.code : "#VALUE!";
  const ErrorCtor = CustomFunctions.Error;
  return WITH_MESSAGE.has(code)
    ? new ErrorCtor(code as CustomFunctions.ErrorCode, error.message)
    : new ErrorCtor(code as CustomFunctions.ErrorCode);
}

function toExcelCell(cell: OutCell): unknown {
  return cell instanceof PlanError ? toExcelError(cell) : cell;
}

/**
 * Runs a core computation and hands Excel a matrix that spills, whatever happens. The arguments
 * are passed through rather than captured in a closure: PP.LTP may be called per cell by the
 * hundred thousand, so
 * no closure or rest array is made per call.
 */
export function spill(
  compute: (a: unknown, b: unknown, c: unknown, d: unknown, e: unknown) => Spill,
  a: unknown,
  b?: unknown,
  c?: unknown,
  d?: unknown,
  e?: unknown
): unknown[][] {
  try {
    const result = compute(a, b, c, d, e);
    return result.hasErrors ? result.cells.map((row) => row.map(toExcelCell)) : result.cells;
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return [
      [
        toExcelError(
          new PlanError("#VALUE!", `The planner could not compute this result (${detail}).`)
        ),
      ],
    ];
  }
}
