/**
 * Whether a header row is the scenario table's, so a table the planner renamed (PP_Scenarios to
 * MyScenarios) or converted to a range is recognised by its columns rather than by its name.
 */
import { COLUMN_HEADERS, NAME_HEADER, locateColumns } from "./scenarios";

/**
 * The name column and most of the others: a table made before a column was added still counts,
 * and a planner's own table that happens to have a "Scenario" column does not.
 */
export function isScenarioHeaderRow(headers: readonly unknown[]): boolean {
  const found = Object.keys(locateColumns(headers)).length;
  const hasName = headers.some(
    (h) => typeof h === "string" && h.trim().toLowerCase() === NAME_HEADER.toLowerCase()
  );
  return hasName && found * 4 >= COLUMN_HEADERS.length * 3;
}
