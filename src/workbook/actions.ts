/**
 * The checks and cell changes behind each scenario action, shared by the Excel and in-memory
 * workbooks so both refuse and write exactly the same things. Works on the table as just read.
 */
import {
  ASSUMPTIONS,
  COLUMN_HEADERS,
  findByName,
  formulaText,
  isEmptyRow,
  columnsOf,
  nameProblem,
  rangeProblems,
  readScenarioTable,
  rowCells,
  type ColumnKey,
  type FoundTable,
  type Scenario,
  type ScenarioBook,
  type ScenarioRow,
  type ScenarioValues,
  type AssumptionKey,
} from "../core/scenarios";
import { ScenarioActionError, type ScenarioChanges, type UpdateOptions } from "./store";

/** One cell to write, by data-row index (0-based) and column index within the table. */
export interface CellWrite {
  readonly row: number;
  readonly column: number;
  readonly value: string | number;
}

export function requireTable(found: FoundTable | null): { found: FoundTable; book: ScenarioBook } {
  if (found === null) {
    throw new ScenarioActionError(
      "This workbook has no scenario table yet: choose Set up scenarios first."
    );
  }
  const book = readScenarioTable(found);
  const columns = columnsOf(found);
  if (columns.name === undefined) {
    throw new ScenarioActionError(
      `The scenario table has no "${COLUMN_HEADERS[0] ?? "Scenario"}" column: choose Repair table to add it.`
    );
  }
  return { found, book };
}

export function requireScenario(book: ScenarioBook, name: string): ScenarioRow {
  const at = findByName(book.scenarios, name);
  const scenario = book.scenarios[at];
  if (scenario === undefined) {
    throw new ScenarioActionError(
      `There is no scenario called "${name}" any more: it may have been renamed or deleted in the workbook.`
    );
  }
  return scenario;
}

export function requireNewName(book: ScenarioBook, name: string, renaming?: string): string {
  const problem = nameProblem(book.scenarios, name, renaming);
  if (problem !== null) throw new ScenarioActionError(problem);
  return name.trim();
}

/** Checks each changed value against its rule; a bad one refuses the whole change. */
export function requireValidChanges(changes: ScenarioChanges): void {
  for (const a of ASSUMPTIONS) {
    const value = changes[a.key];
    if (value === undefined || value === null) continue;
    const { lo, hi, whole, name, expected } = a.rule;
    if (
      !Number.isFinite(value) ||
      value < lo ||
      value > hi ||
      (whole && !Number.isInteger(value))
    ) {
      throw new ScenarioActionError(`${name} must be ${expected}.`);
    }
  }
}

/** The cells an update writes: only the fields given, in the columns the table has. */
export function updateWrites(
  found: FoundTable,
  scenario: ScenarioRow,
  changes: ScenarioChanges,
  expected?: ScenarioChanges,
  options: UpdateOptions = {}
): CellWrite[] {
  requireValidChanges(changes);
  requireOrderedRanges(scenario, changes);
  if (expected !== undefined) requireUnchanged(scenario, changes, expected);
  requireFormulasConfirmed(scenario, changes, options.replaceFormulas ?? []);
  const columns = columnsOf(found);
  const writes: CellWrite[] = [];
  const put = (key: ColumnKey, value: string | number | null): void => {
    const column = columns[key];
    if (column === undefined) {
      throw new ScenarioActionError(
        `The scenario table has no column for ${key === "notes" ? "notes" : (ASSUMPTIONS.find((a) => a.key === key)?.header ?? key)}: choose Repair table to add it.`
      );
    }
    writes.push({ row: scenario.row, column, value: value ?? "" });
  };
  for (const a of ASSUMPTIONS) {
    const value = changes[a.key];
    if (value !== undefined) put(a.key, value);
  }
  if (changes.notes !== undefined) put("notes", changes.notes);
  return writes;
}

type ChangeKey = keyof ScenarioChanges;

/** A formula is replaced only when the planner confirmed it for that field. */
function requireFormulasConfirmed(
  scenario: ScenarioRow,
  changes: ScenarioChanges,
  confirmed: readonly ChangeKey[]
): void {
  const keys = [...ASSUMPTIONS.map((a) => a.key), "notes"] as const;
  const held = keys.filter(
    (k) =>
      changes[k] !== undefined && scenario.formulas?.[k] !== undefined && !confirmed.includes(k)
  );
  if (held.length > 0) {
    const headers = held.map((k) => ASSUMPTIONS.find((a) => a.key === k)?.header ?? "Notes");
    throw new ScenarioActionError(
      `${headers.join(", ")} of "${scenario.name}" ${held.length > 1 ? "are" : "is"} worked out by a formula in the workbook. Nothing was saved: confirm that your value should replace the formula.`
    );
  }
}

/** Refuses a change that would leave a range's ends out of order around its value. */
function requireOrderedRanges(scenario: ScenarioRow, changes: ScenarioChanges): void {
  const merged: ScenarioValues = { ...scenario.values };
  for (const a of ASSUMPTIONS) {
    const value = changes[a.key];
    if (value !== undefined) merged[a.key] = value;
  }
  for (const [key, message] of Object.entries(rangeProblems(merged))) {
    const of = ASSUMPTIONS.find((a) => a.key === key)?.range?.of;
    if (changes[key as AssumptionKey] !== undefined || (of && changes[of] !== undefined)) {
      throw new ScenarioActionError(message);
    }
  }
}

/**
 * Refuses to write over a cell that changed since the pane read it (a co-author's edit, or the
 * planner's own in the sheet): the pane re-reads and shows the new value instead.
 */
function requireUnchanged(
  scenario: ScenarioRow,
  changes: ScenarioChanges,
  expected: ScenarioChanges
): void {
  const moved: string[] = [];
  for (const a of ASSUMPTIONS) {
    if (changes[a.key] === undefined || !(a.key in expected)) continue;
    const now = scenario.invalid[a.key] !== undefined ? undefined : scenario.values[a.key];
    if (now !== expected[a.key]) moved.push(a.header);
  }
  if (
    changes.notes !== undefined &&
    expected.notes !== undefined &&
    scenario.notes !== expected.notes
  ) {
    moved.push("Notes");
  }
  if (moved.length > 0) {
    throw new ScenarioActionError(
      `${moved.join(", ")} of "${scenario.name}" changed in the workbook since you started editing ` +
        "(perhaps a co-author's edit). Nothing was saved: check the current values and save again."
    );
  }
}

/** The new row's cells for an added scenario, in the table's column order. */
export function addedRow(found: FoundTable, scenario: Scenario): (string | number)[] {
  requireValidChanges(scenario.values);
  return rowCells(found.headers, { ...scenario, name: scenario.name.trim() }, columnsOf(found));
}

/**
 * A copy of a row exactly as it is in the workbook, under a new name: formulas as formulas
 * (their text, for Range.formulas), constants as they are.
 */
export function duplicatedRow(
  found: FoundTable,
  scenario: ScenarioRow,
  name: string
): (string | number | boolean)[] {
  const columns = columnsOf(found);
  const source = found.rows[scenario.row] ?? [];
  const formulas = found.formulas?.[scenario.row] ?? [];
  return found.headers.map((_, i) => {
    if (i === columns.name) return name;
    const formula = formulaText(formulas[i], source[i]);
    if (formula !== null) return formula;
    const cell = source[i];
    return typeof cell === "number" || typeof cell === "boolean" || typeof cell === "string"
      ? cell
      : "";
  });
}

/**
 * A data row empty in the scenario columns, no formula included (a new table's placeholder, or
 * the last scenario cleared), which an added scenario reuses.
 */
export function emptyRowIndex(found: FoundTable): number {
  return found.rows.findIndex((_, row) => isEmptyRow(found, row));
}

/** The table's columns the add-in writes (name, assumptions, notes); the planner's own are not. */
export function scenarioColumns(found: FoundTable): number[] {
  return Object.values(columnsOf(found)).sort((a, b) => a - b);
}

/** After a delete, the scenario to make active in place of the deleted one ("" for none). */
export function successorOf(book: ScenarioBook, deleted: ScenarioRow): string {
  const others = book.scenarios.filter((s) => s.row !== deleted.row && s.name !== "");
  return others[0]?.name ?? "";
}
