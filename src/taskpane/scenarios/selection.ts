/**
 * Which scenario the form shows, kept across re-reads of the workbook: rows move and names
 * change under the pane (co-authors, its own renames), so a selection is found again by row and
 * name, then by name; a selection whose name has gone is reported gone (isGone), not moved.
 */
import {
  findByName,
  findScenario,
  type ScenarioBook,
  type ScenarioRow,
} from "../../core/scenarios";

export interface Selection {
  readonly name: string;
  /** The row it was at, or -1 to find it by name only (a scenario just added). */
  readonly row: number;
}

export function selectionOf(scenario: ScenarioRow): Selection {
  return { name: scenario.name, row: scenario.row };
}

export function resolveSelection(
  book: ScenarioBook,
  selection: Selection | null
): ScenarioRow | undefined {
  const { scenarios } = book;
  if (selection !== null) {
    const exact = scenarios.find((s) => s.row === selection.row && s.name === selection.name);
    if (exact !== undefined) return exact;
    const byName = scenarios[findByName(scenarios, selection.name)];
    if (byName !== undefined && selection.name !== "") return byName;
    // A row without a name can only be found again by its place.
    const atRow = scenarios.find((s) => s.row === selection.row);
    if (atRow !== undefined && selection.name === "") return atRow;
  }
  const active = book.active === "" ? undefined : scenarios[findScenario(scenarios, book.active)];
  return active ?? scenarios[0];
}

/**
 * True when the selected scenario's name is no longer in the table (a co-author deleted it, or
 * renamed it): the form must not move to whichever scenario now sits in its row, since what the
 * planner typed there belongs to the scenario they typed it for.
 */
export function isGone(book: ScenarioBook, selection: Selection | null): boolean {
  return (
    selection !== null && selection.name !== "" && findByName(book.scenarios, selection.name) < 0
  );
}

/**
 * The store acts on the first row with a name, so only that row can be edited from the pane;
 * a later row with the same name is shown read-only until the names differ.
 */
export function isEditable(book: ScenarioBook, scenario: ScenarioRow): boolean {
  return book.scenarios[findByName(book.scenarios, scenario.name)]?.row === scenario.row;
}
