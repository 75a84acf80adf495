/**
 * The task pane's only door to the workbook's scenarios. Two implementations keep the same
 * contract: Excel (Office.js) and an in-memory workbook for preview mode in a plain browser.
 * Each action re-reads what it changes from the workbook, so it acts on the rows as they are now,
 * including a co-author's edits, and writes only the cells it changes.
 */
import type { PlanInputs } from "../core/planSheet";
import type { Scenario, ScenarioBook, ScenarioValues } from "../core/scenarios";
import type { SheetSpec } from "../core/sheetSpec";
import type { SnapshotCopy } from "../core/snapshot";

export type ScenarioChanges = Partial<ScenarioValues> & { readonly notes?: string };

/**
 * A field whose cell holds a formula is refused unless listed in `replaceFormulas`: the planner
 * confirmed their value should replace it.
 */
export interface UpdateOptions {
  readonly replaceFormulas?: readonly (keyof ScenarioChanges)[];
}

/**
 * The scenarios found without a PP_Scenarios table: a table of the scenario columns under another
 * name, or the cells of one converted to a range on the PP Scenarios sheet (address on it).
 */
export type FoundScenarioTable =
  | { readonly kind: "table"; readonly table: string; readonly sheet: string }
  | { readonly kind: "range"; readonly sheet: string; readonly address: string };

export interface SetUpOptions {
  /**
   * What findScenarioTable found and the planner agreed to use: the table is renamed
   * PP_Scenarios, or the range made a table again in place (its cells kept), before set-up.
   */
  readonly use?: FoundScenarioTable;
}

export interface ScenarioStore {
  /** "excel" when connected to a workbook, "preview" for the in-memory one. */
  readonly mode: "excel" | "preview";
  /** Reads the table as found; never writes. */
  read(): Promise<ScenarioBook>;
  /**
   * Creates what is missing: the sheet, the table with a first scenario, the active-scenario
   * cell with its drop-down, columns the table lacks and the defined names. Existing rows and
   * cells are left as they are. When the scenarios are found elsewhere (see findScenarioTable)
   * and `options.use` is not that find, refuses, saying what it found: never writes a second table.
   */
  setUp(options?: SetUpOptions): Promise<void>;
  /**
   * When there is no PP_Scenarios table: a table the planner renamed, found by its columns, or a
   * table converted to a range on the PP Scenarios sheet; null otherwise. Never writes.
   */
  findScenarioTable(): Promise<FoundScenarioTable | null>;
  add(scenario: Scenario): Promise<void>;
  /**
   * Writes only the given fields of the named scenario. With `expected` (the values the pane
   * showed), refuses if any changed field's cell no longer holds that value, so a co-author's
   * edit made meanwhile is never overwritten. A formula cell is written only when its field is
   * in `options.replaceFormulas`. The cell written is the one read: if the row moved or changed
   * between the read and the write, the write is undone and refused.
   */
  update(
    name: string,
    changes: ScenarioChanges,
    expected?: ScenarioChanges,
    options?: UpdateOptions
  ): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  duplicate(from: string, to: string): Promise<void>;
  remove(name: string): Promise<void>;
  setActive(name: string): Promise<void>;
  /** Calls `listener` when the scenario sheet changes (by hand, by a co-author, by formulas). */
  subscribe(listener: () => void): Promise<() => void>;
}

/** A refused action, worded for the planner; the workbook is unchanged. */
export class ScenarioActionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ScenarioActionError";
  }
}

/** What "share as values" made: the cover note's sheet and each copy. */
export interface Snapshot {
  readonly cover: string;
  readonly copies: readonly SnapshotCopy[];
}

/** A sheet the add-in inserted, by its name. */
export interface InsertedSheet {
  readonly sheet: string;
}

/** A sheet's proposed name and its table's; taken names get a number: "PP Plan 2", PP_Plan2. */
export interface SheetNames {
  readonly sheet: string;
  readonly table: string;
}

/** Inserted sheets: plan, comparison, reference tables, tracker; and formulas at the selection. */
export interface SheetStore {
  /**
   * Adds a new sheet built by `build` under the first free name from `base`; never replaces or
   * changes an existing sheet, so inserting twice keeps the first sheet's entries.
   */
  insertSheet(base: SheetNames, build: (names: SheetNames) => SheetSpec): Promise<InsertedSheet>;
  /**
   * Writes one of the add-in's own sheets (e.g. PP Sources) under exactly these names, rewriting
   * the table it wrote before in place (cells the planner added beside it are kept); a sheet it
   * wrote and the planner renamed is left alone. A sheet of that name it did not write: refused.
   */
  replaceSheet(names: SheetNames, build: (names: SheetNames) => SheetSpec): Promise<InsertedSheet>;
  /**
   * A copy for readers without the add-in: each sheet holding PP formulas, and the scenario
   * sheet, copied as values and formats (charts keep their data), with a cover note. The copies
   * are new sheets in this workbook; the original sheets are not changed.
   */
  shareAsValues(made: string): Promise<Snapshot>;
  /** The names insertSheet would use for `base` now, so the pane can say them beforehand. */
  nextSheetNames(base: SheetNames): Promise<SheetNames>;
  /** The workbook's sheets, in tab order. */
  listSheets(): Promise<string[]>;
  /**
   * The input cells of a plan sheet's table (PP_Plan unless `table` names another, such as
   * PP_Plan2), or null when there is none.
   */
  readPlan(table?: string): Promise<PlanInputs[] | null>;
  /** The plan sheets' tables (PP_Plan, PP_Plan2, ...) with their sheets, in that order. */
  listPlans?(): Promise<PlanTable[]>;
  /** Puts a formula in the selected cell (the top-left one of a selected range). */
  insertFormula(formula: string): Promise<{ readonly address: string }>;
  /**
   * Enters every formula that calls a PP function again, in its `PP.` form, so cells stuck at
   * #NAME? (shown as `_xldudf_PP_…`) calculate; no other cell is touched. Returns how many.
   */
  reenterPPFormulas(): Promise<{ readonly cells: number }>;
  /**
   * What the selected cell (the top-left one of a selected range) holds, read before a formula
   * is put there, so the pane can ask before replacing it. In one sync.
   */
  readSelectedCell?(): Promise<SelectedCell>;
}

/** A plan sheet and its table, as "PP Plan 2" and PP_Plan2. */
export interface PlanTable {
  readonly sheet: string;
  readonly table: string;
}

/** PP_Plan and the numbered ones inserted beside it (PP_Plan2, ...), in that order. */
export function planTablesInOrder(tables: readonly PlanTable[]): PlanTable[] {
  const number = (t: PlanTable): number => Number(/^PP_Plan(\d*)$/i.exec(t.table)?.[1] || 1);
  return tables.filter((t) => /^PP_Plan\d*$/i.test(t.table)).sort((a, b) => number(a) - number(b));
}

/** A cell by its address, with what it holds as the formula bar shows it. */
export interface SelectedCell {
  readonly address: string;
  /** Its formula, or its constant as text when it holds none; "" when it is empty. */
  readonly content: string;
}
