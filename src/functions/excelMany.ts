/**
 * The Excel boundary for functions with more arguments than `spill` passes: the same conversion
 * of core's errors, and the same guarantee that nothing escapes as an exception.
 */
import { PlanError } from "../core/errors";
import type { OutCell, Spill } from "../core/grid";
import { toExcelError } from "./excel";

function toExcelCell(cell: OutCell): unknown {
  return cell instanceof PlanError ? toExcelError(cell) : cell;
}

export function spillMany(
  compute: (...args: unknown[]) => Spill,
  args: readonly unknown[]
): unknown[][] {
  try {
    const result = compute(...args);
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
