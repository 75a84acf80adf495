/**
 * The in-memory workbook behind preview mode: the scenario sheet as plain cells, acted on with
 * the same checks and cell changes as the Excel workbook, so the pane behaves the same in both.
 * Nothing leaves the page.
 */
import {
  ACTIVE_NAME,
  COLUMN_HEADERS,
  CURRENT_LAYOUT,
  DEFINED_NAMES,
  SCENARIO_SHEET,
  SCENARIO_TABLE,
  initialValues,
  type FoundTable,
  type Scenario,
  sameName,
  locateColumns,
} from "../core/scenarios";
import { cellAddress, columnLetters } from "../core/a1";
import {
  addedRow,
  duplicatedRow,
  emptyRowIndex,
  requireNewName,
  requireScenario,
  requireTable,
  scenarioColumns,
  successorOf,
  updateWrites,
} from "./actions";
import { PLAN_TABLE, type PlanInputs } from "../core/planSheet";
import { findScenario } from "../core/scenarios";
import type { SheetSpec } from "../core/sheetSpec";
import {
  planInputsOf,
  previewGrid,
  tableCells,
  valuesCopy,
  type PreviewGrid,
  type PreviewSheet,
} from "./previewSheets";
import { freeSheetName } from "../core/sheetSpec";
import {
  COVER_SHEET,
  coverSpec,
  snapshotName,
  usesPPFunction,
  type SnapshotCopy,
} from "../core/snapshot";
import { foundElsewhereError, sameFind } from "./scenarioTableSearch";
import {
  ScenarioActionError,
  type FoundScenarioTable,
  type SetUpOptions,
  type InsertedSheet,
  type ScenarioChanges,
  type UpdateOptions,
  planTablesInOrder,
  type PlanTable,
  type ScenarioStore,
  type SelectedCell,
  type SheetNames,
  type SheetStore,
  type Snapshot,
} from "./store";
import {
  ASSUMPTIONS,
  cellText,
  MISSING_BOOK,
  readScenarioTable,
  type ScenarioBook,
  type ScenarioValues,
} from "../core/scenarios";

/** The scenario sheet's contents, as cells. */
export interface MemorySheet {
  headers: unknown[];
  rows: unknown[][];
  active: unknown;
  names: string[];
  /** The PP_Layout name's value; absent in workbooks set up before it was recorded. */
  layout?: number;
  /** The table's name when the planner renamed it from PP_Scenarios (as MyScenarios). */
  table?: string;
}

/**
 * A formula in a scenario cell: its text and the value Excel shows for it (preview mode does not
 * calculate). Read as Excel's Range.formulas and Range.values give it.
 */
export interface MemoryFormula {
  readonly formula: string;
  readonly value: unknown;
}

const isFormulaCell = (cell: unknown): cell is MemoryFormula =>
  typeof cell === "object" && cell !== null && "formula" in cell;
const shownValue = (cell: unknown): unknown => (isFormulaCell(cell) ? cell.value : cell);
const formulaOf = (cell: unknown): unknown => (isFormulaCell(cell) ? cell.formula : cell);

/** The table's header row sits at A3, under the active-scenario cell, as the add-in lays it out. */
const HEADER_ROW = 3;

export interface MemoryWorkbookOptions {
  /** Milliseconds each call waits, as a round trip to Excel would; lets the busy state show. */
  readonly latency?: number;
}

/** Where preview mode puts a formula inserted "into the selected cell". */
export const PREVIEW_FORMULA_SHEET = "Sheet1";

export class MemoryWorkbook implements ScenarioStore, SheetStore {
  readonly mode = "preview" as const;
  private sheet: MemorySheet | null;
  private readonly inserted: PreviewSheet[] = [];
  /** Formulas inserted at the "selection", which moves down a row after each, as Enter does. */
  private readonly formulas: string[] = [];
  /** The selected cell's row in column A of the formula sheet. */
  private selected = 0;
  private readonly listeners = new Set<() => void>();
  private readonly latency: number;

  constructor(sheet: MemorySheet | null, options: MemoryWorkbookOptions = {}) {
    this.sheet = sheet === null ? null : cloneSheet(sheet);
    this.latency = options.latency ?? 0;
  }

  /** A copy of the cells, for tests and for showing what the workbook would hold. */
  snapshot(): MemorySheet | null {
    if (this.sheet === null) return null;
    const copy = cloneSheet(this.sheet);
    // What the cells show, as Excel's grid shows it: a formula's value.
    copy.rows = copy.rows.map((r) => r.map(shownValue));
    return copy;
  }

  /** Changes cells as a person typing in the sheet would, then tells subscribers. */
  editByHand(edit: (sheet: MemorySheet) => void): void {
    if (this.sheet === null) return;
    edit(this.sheet);
    this.notify();
  }

  async read(): Promise<ScenarioBook> {
    await this.pause();
    const found = this.found();
    return found === null ? MISSING_BOOK : readScenarioTable(found);
  }

  async setUp(options: SetUpOptions = {}): Promise<void> {
    await this.pause();
    // As in Excel: the scenarios under another name are used only when the planner agreed.
    const elsewhere = this.elsewhere();
    if (elsewhere !== null) {
      if (options.use === undefined || !sameFind(options.use, elsewhere)) {
        throw foundElsewhereError(elsewhere);
      }
      delete this.requireSheet().table;
    } else if (options.use !== undefined) {
      throw new ScenarioActionError(
        "The scenario table changed since it was found (perhaps a co-author renamed or moved it). Nothing was changed: look again and set up."
      );
    }
    if (this.sheet === null) {
      const first: Scenario = { name: "Central", values: initialValues(), notes: "" };
      const headers = [...COLUMN_HEADERS];
      this.sheet = {
        headers,
        rows: [addedRow({ ...emptyFound(), headers }, first)],
        active: first.name,
        names: [...DEFINED_NAMES],
        layout: CURRENT_LAYOUT,
      };
    } else {
      const sheet = this.sheet;
      const found = this.found();
      for (const header of found === null ? [] : readScenarioTable(found).missingColumns) {
        sheet.headers.push(header);
        for (const row of sheet.rows) row.push("");
      }
      for (const name of DEFINED_NAMES) if (!sheet.names.includes(name)) sheet.names.push(name);
      sheet.layout = CURRENT_LAYOUT;
    }
    this.notify();
  }

  async findScenarioTable(): Promise<FoundScenarioTable | null> {
    await this.pause();
    return this.elsewhere();
  }

  /** The renamed table, when there is one. */
  private elsewhere(): FoundScenarioTable | null {
    const table = this.sheet?.table;
    return table === undefined || table.toLowerCase() === SCENARIO_TABLE.toLowerCase()
      ? null
      : { kind: "table", table, sheet: SCENARIO_SHEET };
  }

  async add(scenario: Scenario): Promise<void> {
    await this.pause();
    const { found, book } = requireTable(this.found());
    const name = requireNewName(book, scenario.name);
    const cells = addedRow(found, { ...scenario, name });
    const sheet = this.requireSheet();
    const empty = emptyRowIndex(found);
    if (empty >= 0) sheet.rows[empty] = cells;
    else sheet.rows.push(cells);
    if (book.scenarios.length === 0 && book.active === "") sheet.active = name;
    this.notify();
  }

  async update(
    name: string,
    changes: ScenarioChanges,
    expected?: ScenarioChanges,
    options?: UpdateOptions
  ): Promise<void> {
    await this.pause();
    const { found, book } = requireTable(this.found());
    const writes = updateWrites(found, requireScenario(book, name), changes, expected, options);
    const sheet = this.requireSheet();
    for (const w of writes) {
      const row = sheet.rows[w.row];
      if (row) row[w.column] = w.value;
    }
    this.notify();
  }

  async rename(from: string, to: string): Promise<void> {
    await this.pause();
    const { found, book } = requireTable(this.found());
    const scenario = requireScenario(book, from);
    const name = requireNewName(book, to, scenario.name);
    const sheet = this.requireSheet();
    const column = locateColumns(sheet.headers).name ?? 0;
    const row = sheet.rows[scenario.row];
    if (row) row[column] = name;
    if (found.active !== undefined && sameName(book.active, scenario.name)) sheet.active = name;
    this.notify();
  }

  async duplicate(from: string, to: string): Promise<void> {
    await this.pause();
    const { found, book } = requireTable(this.found());
    const scenario = requireScenario(book, from);
    const name = requireNewName(book, to);
    const sheet = this.requireSheet();
    const source = sheet.rows[scenario.row] ?? [];
    // Formulas are copied as formulas, as Excel's duplicate writes them.
    sheet.rows.push(
      duplicatedRow(found, scenario, name).map((cell, i) =>
        isFormulaCell(source[i]) ? source[i] : cell
      )
    );
    this.notify();
  }

  async remove(name: string): Promise<void> {
    await this.pause();
    const { found, book } = requireTable(this.found());
    const scenario = requireScenario(book, name);
    const sheet = this.requireSheet();
    // A table keeps at least one data row: the last one's scenario cells are emptied rather than
    // removed; the planner's own columns keep what they hold.
    const last = sheet.rows[0];
    if (sheet.rows.length === 1 && last) for (const c of scenarioColumns(found)) last[c] = "";
    else sheet.rows.splice(scenario.row, 1);
    if (sameName(book.active, scenario.name)) sheet.active = successorOf(book, scenario);
    this.notify();
  }

  async setActive(name: string): Promise<void> {
    await this.pause();
    const { book } = requireTable(this.found());
    this.requireSheet().active = requireScenario(book, name).name;
    this.notify();
  }

  async insertSheet(
    base: SheetNames,
    build: (names: SheetNames) => SheetSpec
  ): Promise<InsertedSheet> {
    await this.pause();
    const spec = build(this.freeNames(base));
    const kind = spec.table.name.toLowerCase().startsWith(PLAN_TABLE.toLowerCase())
      ? "plan"
      : "values";
    this.inserted.push({ spec, kind, inputs: new Map() });
    this.notify();
    return { sheet: spec.sheet };
  }

  async nextSheetNames(base: SheetNames): Promise<SheetNames> {
    await this.pause();
    return this.freeNames(base);
  }

  async listSheets(): Promise<string[]> {
    await this.pause();
    return this.sheetNames();
  }

  private freeNames(base: SheetNames): SheetNames {
    const sheets = new Set(this.sheetNames().map((n) => n.toLowerCase()));
    const tables = new Set(this.inserted.map((s) => s.spec.table.name.toLowerCase()));
    for (let i = 0; ; i++) {
      const names = {
        sheet: i === 0 ? base.sheet : `${base.sheet} ${i + 1}`,
        table: i === 0 ? base.table : `${base.table}${i + 1}`,
      };
      if (!sheets.has(names.sheet.toLowerCase()) && !tables.has(names.table.toLowerCase())) {
        return names;
      }
    }
  }

  async replaceSheet(
    names: SheetNames,
    build: (names: SheetNames) => SheetSpec
  ): Promise<InsertedSheet> {
    await this.pause();
    const at = this.inserted.findIndex(
      (s) => s.spec.sheet.toLowerCase() === names.sheet.toLowerCase()
    );
    if (at < 0 && this.sheetNames().some((n) => n.toLowerCase() === names.sheet.toLowerCase())) {
      throw new ScenarioActionError(
        `The workbook has a sheet called "${names.sheet}" that the planner did not write: rename it so the planner can write its own.`
      );
    }
    const spec = build(names);
    const sheet: PreviewSheet = { spec, kind: "values", inputs: new Map() };
    if (at >= 0) this.inserted.splice(at, 1, sheet);
    else this.inserted.push(sheet);
    this.notify();
    return { sheet: spec.sheet };
  }

  /** Preview mode calculates PP formulas itself: none is ever stuck, so this only counts them. */
  async reenterPPFormulas(): Promise<{ readonly cells: number }> {
    await this.pause();
    const cells = this.inserted
      .filter((s) => !s.shown)
      .flatMap((s) => [
        ...s.spec.table.rows,
        ...(s.spec.table.totals ? [s.spec.table.totals] : []),
        ...s.spec.blocks.flatMap((b) => b.cells),
      ])
      .flat()
      .filter(usesPPFunction).length;
    return { cells };
  }

  async shareAsValues(made: string): Promise<Snapshot> {
    await this.pause();
    const active = this.activeValues();
    const formulaSheets = this.inserted.filter(
      (s) => !s.shown && s.spec.table.rows.some((r) => r.some(usesPPFunction))
    );
    if (formulaSheets.length === 0) {
      throw new ScenarioActionError(
        "No sheet in this workbook uses a PP function yet, so there is nothing to turn into values."
      );
    }
    const taken = this.sheetNames();
    const tables = this.inserted.map((s) => s.spec.table.name);
    const fresh = (base: string): { sheet: string; table: string } => {
      const sheet = snapshotName(base, taken);
      taken.push(sheet);
      const table = freeSheetName(`${base.replace(/[^A-Za-z0-9_]/g, "_")}_values`, tables);
      tables.push(table);
      return { sheet, table };
    };
    const copies: SnapshotCopy[] = [];
    const scenarios = this.scenarioCopy();
    if (scenarios !== null) {
      const names = fresh(SCENARIO_SHEET);
      this.inserted.push({
        spec: {
          ...scenarios,
          sheet: names.sheet,
          table: { ...scenarios.table, name: names.table },
        },
        kind: "values",
        inputs: new Map(),
      });
      copies.push({ original: SCENARIO_SHEET, copy: names.sheet });
    }
    for (const sheet of formulaSheets) {
      const names = fresh(sheet.spec.sheet);
      this.inserted.push(valuesCopy(sheet, active, names.sheet, names.table));
      copies.push({ original: sheet.spec.sheet, copy: names.sheet });
    }
    const cover = freeSheetName(COVER_SHEET, taken);
    const coverTable = freeSheetName("PP_Snapshot", tables).replace(/ /g, "");
    const found = this.found();
    const activeName = found === null ? "" : readScenarioTable(found).active;
    this.inserted.push({
      spec: coverSpec({ made, active: activeName, copies }, cover, coverTable),
      kind: "values",
      inputs: new Map(),
    });
    this.notify();
    return { cover, copies };
  }

  /** The scenario table as a values sheet, for a snapshot. */
  private scenarioCopy(): SheetSpec | null {
    const sheet = this.sheet;
    if (sheet === null) return null;
    const cells = (v: unknown): string | number | boolean =>
      typeof v === "number" || typeof v === "boolean" ? v : typeof v === "string" ? v : "";
    const columns = locateColumns(sheet.headers);
    const percentColumns = ASSUMPTIONS.filter((a) => a.format === "percent").map(
      (a) => columns[a.key]
    );
    return {
      sheet: SCENARIO_SHEET,
      title: "Planning scenarios",
      notes: [`Active scenario: ${cellText(sheet.active)}`],
      table: {
        name: "PP_Scenarios_values",
        headerRow: 3,
        // Shown as the scenario sheet shows them: fractions as percentages.
        columns: sheet.headers.map((h, i) => ({
          header: String(h),
          role: "label" as const,
          numberFormat: percentColumns.includes(i) ? "0.0%" : "General",
        })),
        rows: sheet.rows.map((r) => r.map(cells)),
      },
      blocks: [],
      freezeRows: 3,
    };
  }

  async readPlan(table: string = PLAN_TABLE): Promise<PlanInputs[] | null> {
    await this.pause();
    const plan = this.inserted.find((s) => s.spec.table.name.toLowerCase() === table.toLowerCase());
    return plan === undefined ? null : planInputsOf(plan);
  }

  async listPlans(): Promise<PlanTable[]> {
    await this.pause();
    return planTablesInOrder(
      this.inserted
        .filter((s) => s.kind === "plan")
        .map((s) => ({ sheet: s.spec.sheet, table: s.spec.table.name }))
    );
  }

  async insertFormula(formula: string): Promise<{ readonly address: string }> {
    await this.pause();
    const row = this.selected;
    this.formulas[row] = formula;
    this.selected = row + 1;
    this.notify();
    return { address: `${PREVIEW_FORMULA_SHEET}!A${row + 1}` };
  }

  async readSelectedCell(): Promise<SelectedCell> {
    await this.pause();
    return {
      address: `${PREVIEW_FORMULA_SHEET}!A${this.selected + 1}`,
      content: this.formulas[this.selected] ?? "",
    };
  }

  /** Selects a cell of column A (0 for A1), as clicking it in Excel would: one holding a formula, or the next empty one. */
  selectCell(row: number): void {
    this.selected = Math.max(0, Math.min(Math.floor(row), this.formulas.length));
    this.notify();
  }

  /** The selected cell's row in column A (0 for A1). */
  selectedRow(): number {
    return this.selected;
  }

  /** The workbook's sheets, in order, as preview mode lists them. */
  sheetNames(): string[] {
    return [
      ...(this.sheet === null ? [] : [SCENARIO_SHEET]),
      ...this.inserted.map((s) => s.spec.sheet),
      ...(this.formulas.length > 0 ? [PREVIEW_FORMULA_SHEET] : []),
    ];
  }

  /** An inserted sheet as Excel would show it, computed with the active scenario. */
  sheetGrid(name: string): PreviewGrid | null {
    const found = this.inserted.find((s) => s.spec.sheet === name);
    if (found === undefined) return null;
    return previewGrid(found, this.activeValues());
  }

  /**
   * An inserted sheet's table as its cells hold it, formulas as text (Excel's Show Formulas):
   * header row, data rows with what was typed, then the totals row.
   */
  sheetFormulas(name: string): string[][] | null {
    const found = this.inserted.find((s) => s.spec.sheet === name);
    if (found === undefined) return null;
    const text = (c: unknown): string => (c === null || c === undefined ? "" : String(c));
    return [
      found.spec.table.columns.map((c) => c.header),
      ...tableCells(found).map((r) => r.map(text)),
      ...(found.spec.table.totals ? [found.spec.table.totals.map(text)] : []),
      ...found.spec.blocks.flatMap((b) => b.cells.map((r) => r.map(text))),
    ];
  }

  /** The formulas inserted at the selection, in the order they were put there. */
  insertedFormulas(): readonly string[] {
    return [...this.formulas];
  }

  /** Types into an input cell of an inserted sheet's table (data row and column, 0-based). */
  setCell(name: string, row: number, column: number, value: string | number): void {
    const found = this.inserted.find((s) => s.spec.sheet === name);
    const role = found?.spec.table.columns[column]?.role;
    if (found === undefined || role !== "input" || row >= found.spec.table.rows.length) {
      throw new ScenarioActionError("Only the shaded input cells can be typed into.");
    }
    found.inputs.set(`${row},${column}`, value);
    this.notify();
  }

  private activeValues(): ScenarioValues | null {
    const found = this.found();
    if (found === null) return null;
    const book = readScenarioTable(found);
    return book.scenarios[findScenario(book.scenarios, book.active)]?.values ?? null;
  }

  async subscribe(listener: () => void): Promise<() => void> {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  private found(): FoundTable | null {
    const sheet = this.sheet;
    if (sheet === null || this.elsewhere() !== null) return null;
    const last = columnLetters(Math.max(0, sheet.headers.length - 1));
    return {
      headerAddress: `${cellAddress(SCENARIO_SHEET, HEADER_ROW, 0)}:${last}${HEADER_ROW}`,
      headers: sheet.headers,
      rows: sheet.rows.map((r) => r.map(shownValue)),
      formulas: sheet.rows.map((r) => r.map(formulaOf)),
      active: sheet.names.includes(ACTIVE_NAME) ? sheet.active : "",
      names: sheet.names,
      layout: sheet.layout ?? null,
    };
  }

  private requireSheet(): MemorySheet {
    if (this.sheet === null) throw new Error("The scenario sheet is missing.");
    return this.sheet;
  }

  private notify(): void {
    // Excel raises change events after the write, not inside it.
    for (const listener of [...this.listeners]) setTimeout(listener, 0);
  }

  private pause(): Promise<void> {
    return this.latency > 0
      ? new Promise((resolve) => setTimeout(resolve, this.latency))
      : Promise.resolve();
  }
}

function emptyFound(): FoundTable {
  return {
    headerAddress: `${cellAddress(SCENARIO_SHEET, HEADER_ROW, 0)}`,
    headers: [],
    rows: [],
    active: "",
    names: [],
  };
}

function cloneSheet(sheet: MemorySheet): MemorySheet {
  return {
    headers: [...sheet.headers],
    rows: sheet.rows.map((r) => [...r]),
    active: sheet.active,
    names: [...sheet.names],
    ...(sheet.layout === undefined ? {} : { layout: sheet.layout }),
    ...(sheet.table === undefined ? {} : { table: sheet.table }),
  };
}
