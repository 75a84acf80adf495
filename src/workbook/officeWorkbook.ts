/**
 * The scenarios in an Excel workbook, through Office.js. Every action costs the same few
 * `context.sync()` calls whatever the number of scenarios: two to read the table as it is now
 * (which objects exist, then their cells) and one to write. Writes touch only the cells and rows
 * the action changes, so a co-author's edits to other rows survive.
 */
import { columnLetters, sheetPrefix } from "../core/a1";
import {
  ACTIVE_NAME,
  ASSUMPTIONS,
  CURRENT_LAYOUT,
  LAYOUT_NAME,
  COLUMN_HEADERS,
  DEFINED_NAMES,
  LIST_FORMULA,
  LIST_NAME,
  MISSING_BOOK,
  SCENARIO_SHEET,
  SCENARIO_TABLE,
  cellText,
  definedNameFormula,
  initialValues,
  locateColumns,
  readScenarioTable,
  type FoundTable,
  type Scenario,
  type ScenarioBook,
  sameName,
} from "../core/scenarios";
import {
  addedRow,
  duplicatedRow,
  emptyRowIndex,
  requireNewName,
  requireScenario,
  requireTable,
  successorOf,
  updateWrites,
} from "./actions";
import { PLAN_TABLE, planInputsFrom, type PlanInputs } from "../core/planSheet";
import { freeSheetName, type SheetSpec } from "../core/sheetSpec";
import {
  COVER_SHEET,
  coverSpec,
  snapshotName,
  usesPPFunction,
  type SnapshotCopy,
} from "../core/snapshot";
import { openPaneWithDocument, type DocumentSettings } from "./documentSettings";
import { writeSheetSpec } from "./officeSheetWriter";
import {
  ScenarioActionError,
  type InsertedSheet,
  type ScenarioChanges,
  planTablesInOrder,
  type PlanTable,
  type ScenarioStore,
  type SheetNames,
  type SheetStore,
  type SelectedCell,
  type Snapshot,
} from "./store";

/** How many numbered copies of a sheet ("PP Plan 2" … ) the add-in looks for a free name among. */
const MAX_COPIES = 50;

/** Excel.run, or a stand-in for it in tests. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
/** Excel.run on an existing context, as removing an event handler needs. */
export type ExcelRunIn = (
  context: Excel.RequestContext,
  batch: (context: Excel.RequestContext) => Promise<void>
) => Promise<void>;

/**
 * Text as Excel should keep it: a leading apostrophe stops Excel reading "=see finance" (or +, -,
 * @) typed in a note as a formula. Excel does not store the apostrophe in the cell's value.
 */
const literal = <T>(value: T): T | string =>
  typeof value === "string" && /^[=+\-@]/.test(value) ? `'${value}` : value;
const literalRow = <T>(cells: readonly T[]): (T | string)[] => cells.map(literal);

/** Where the add-in lays out a new scenario sheet. */
const LAYOUT = {
  labelCell: "A1",
  activeCell: "B1",
  headerRow: 3,
  firstColumn: "A",
} as const;

const ACTIVE_LABEL = "Active scenario";
const FIRST_SCENARIO = "Central";
const PERCENT_FORMAT = "0.0%";

/** What one read found, with the live objects to write through in the same request context. */
interface Located {
  readonly found: FoundTable | null;
  readonly table: Excel.Table | null;
  readonly sheet: Excel.Worksheet | null;
  /** The PP_Active cell, when the name exists and refers to a range. */
  readonly activeCell: Excel.Range | null;
  /** The add-in's defined names present in the workbook. */
  readonly names: readonly string[];
  /** The PP_Layout name, when present. */
  readonly layoutItem: Excel.NamedItem | null;
  /** A1:B1 of the scenario sheet, read only when setting up. */
  readonly layoutCells: unknown[] | null;
}

export class OfficeWorkbook implements ScenarioStore, SheetStore {
  readonly mode = "excel" as const;
  /**
   * The scenario and plan sheets' ids, so change events from other sheets can be ignored; until
   * they are known, every change is passed on.
   */
  private readonly watched = new Set<string>();

  constructor(
    private readonly run: ExcelRun = (batch) => Excel.run(batch),
    private readonly runIn: ExcelRunIn = (context, batch) => Excel.run(context, batch),
    private readonly settings: () => DocumentSettings = () => Office.context.document.settings
  ) {}

  async read(): Promise<ScenarioBook> {
    return this.run(async (context) => {
      const { found } = await this.locate(context, false);
      return found === null ? MISSING_BOOK : readScenarioTable(found);
    });
  }

  async setUp(): Promise<void> {
    await this.run(async (context) => {
      const located = await this.locate(context, true);
      const names = context.workbook.names;
      const present = located.names;
      let sheet = located.sheet;
      if (sheet === null) sheet = context.workbook.worksheets.add(SCENARIO_SHEET);

      let firstName = located.found === null ? FIRST_SCENARIO : "";
      if (located.table === null) {
        this.createTable(sheet);
      } else if (located.found !== null) {
        for (const header of readScenarioTable(located.found).missingColumns) {
          located.table.columns.add(undefined, undefined, header);
        }
        firstName =
          readScenarioTable(located.found).scenarios.find((s) => s.name !== "")?.name ?? "";
      }

      // The list name first: the active cell's drop-down refers to it.
      if (!present.includes(LIST_NAME)) {
        names.add(LIST_NAME, LIST_FORMULA, "The scenario names, for the active scenario list.");
      }
      for (const a of ASSUMPTIONS) {
        if (!present.includes(a.definedName)) {
          names.add(
            a.definedName,
            definedNameFormula(a),
            `The active scenario's ${a.header.toLowerCase()}.`
          );
        }
      }
      const layoutFormula = `=${CURRENT_LAYOUT}`;
      if (located.layoutItem === null) {
        names.add(
          LAYOUT_NAME,
          layoutFormula,
          "The layout of the planner's scenario sheet and names."
        );
      } else if (
        located.found === null ||
        readScenarioTable(located.found).layout < CURRENT_LAYOUT
      ) {
        located.layoutItem.formula = layoutFormula;
      }
      if (!present.includes(ACTIVE_NAME)) {
        const activeCell = this.placeActiveCell(sheet, located.layoutCells, firstName);
        names.add(ACTIVE_NAME, activeCell, "The active planning scenario (choose from the list).");
      }
      await context.sync();
    });
    // The workbook now depends on the add-in: have Office open it for the next person.
    await openPaneWithDocument(this.settings());
  }

  async add(scenario: Scenario): Promise<void> {
    await this.run(async (context) => {
      const located = await this.locate(context, false);
      const { found, book } = requireTable(located.found);
      const table = located.table as Excel.Table;
      const name = requireNewName(book, scenario.name);
      const cells = addedRow(found, { ...scenario, name });
      const empty = emptyRowIndex(found);
      if (empty >= 0) table.getDataBodyRange().getRow(empty).values = [literalRow(cells)];
      else table.rows.add(undefined, [literalRow(cells)]);
      if (book.scenarios.length === 0 && book.active === "" && located.activeCell !== null) {
        located.activeCell.values = [[name]];
      }
      await context.sync();
    });
  }

  async update(name: string, changes: ScenarioChanges, expected?: ScenarioChanges): Promise<void> {
    await this.run(async (context) => {
      const located = await this.locate(context, false);
      const { found, book } = requireTable(located.found);
      const writes = updateWrites(found, requireScenario(book, name), changes, expected);
      const body = (located.table as Excel.Table).getDataBodyRange();
      for (const w of writes) body.getCell(w.row, w.column).values = [[literal(w.value)]];
      await context.sync();
    });
  }

  async rename(from: string, to: string): Promise<void> {
    await this.run(async (context) => {
      const located = await this.locate(context, false);
      const { found, book } = requireTable(located.found);
      const scenario = requireScenario(book, from);
      const name = requireNewName(book, to, scenario.name);
      const column = locateColumns(found.headers).name ?? 0;
      (located.table as Excel.Table).getDataBodyRange().getCell(scenario.row, column).values = [
        [name],
      ];
      if (located.activeCell !== null && sameName(book.active, scenario.name)) {
        located.activeCell.values = [[name]];
      }
      await context.sync();
    });
  }

  async duplicate(from: string, to: string): Promise<void> {
    await this.run(async (context) => {
      const located = await this.locate(context, false);
      const { found, book } = requireTable(located.found);
      const scenario = requireScenario(book, from);
      const name = requireNewName(book, to);
      (located.table as Excel.Table).rows.add(undefined, [
        literalRow(duplicatedRow(found, scenario, name)),
      ]);
      await context.sync();
    });
  }

  async remove(name: string): Promise<void> {
    await this.run(async (context) => {
      const located = await this.locate(context, false);
      const { found, book } = requireTable(located.found);
      const scenario = requireScenario(book, name);
      const table = located.table as Excel.Table;
      // A table keeps at least one data row: the last one is emptied rather than deleted.
      if (found.rows.length === 1) {
        table.getDataBodyRange().getRow(0).clear("Contents");
      } else {
        table.rows.getItemAt(scenario.row).delete();
      }
      if (located.activeCell !== null && sameName(book.active, scenario.name)) {
        located.activeCell.values = [[successorOf(book, scenario)]];
      }
      await context.sync();
    });
  }

  async setActive(name: string): Promise<void> {
    await this.run(async (context) => {
      const located = await this.locate(context, false);
      const { book } = requireTable(located.found);
      const scenario = requireScenario(book, name);
      if (located.activeCell === null) {
        throw new ScenarioActionError(
          `The workbook has no ${ACTIVE_NAME} cell: choose Repair table to add it.`
        );
      }
      located.activeCell.values = [[scenario.name]];
      await context.sync();
    });
  }

  async subscribe(listener: () => void): Promise<() => void> {
    return this.run(async (context) => {
      const handler = context.workbook.worksheets.onChanged.add(async (event) => {
        if (this.watched.size === 0 || this.watched.has(event.worksheetId)) listener();
      });
      await context.sync();
      // A handler is removed through the context it was added with.
      return () => {
        void this.runIn(handler.context as Excel.RequestContext, async (ctx) => {
          handler.remove();
          await ctx.sync();
        });
      };
    });
  }

  /** Two syncs: which names are free, then the whole sheet in one batch, whatever its size. */
  async insertSheet(
    base: SheetNames,
    build: (names: SheetNames) => SheetSpec
  ): Promise<InsertedSheet> {
    return this.run(async (context) => {
      const free = await this.freeNames(context, base);
      const spec = build(free);
      writeSheetSpec(context, spec);
      await context.sync();
      return { sheet: spec.sheet };
    });
  }

  async nextSheetNames(base: SheetNames): Promise<SheetNames> {
    return this.run((context) => this.freeNames(context, base));
  }

  async listSheets(): Promise<string[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      return sheets.items.map((s) => s.name);
    });
  }

  /** One sync: the first of "PP Plan", "PP Plan 2", … whose sheet and table names are both free. */
  private async freeNames(context: Excel.RequestContext, base: SheetNames): Promise<SheetNames> {
    const candidates = Array.from({ length: MAX_COPIES }, (_, i) => ({
      sheet: i === 0 ? base.sheet : `${base.sheet} ${i + 1}`,
      table: i === 0 ? base.table : `${base.table}${i + 1}`,
    }));
    const taken = candidates.map((c) => ({
      sheet: context.workbook.worksheets.getItemOrNullObject(c.sheet),
      table: context.workbook.tables.getItemOrNullObject(c.table),
    }));
    await context.sync();
    const free = candidates.find(
      (_, i) => taken[i]?.sheet.isNullObject && taken[i]?.table.isNullObject
    );
    if (free === undefined) {
      throw new ScenarioActionError(
        `The workbook already has ${MAX_COPIES} "${base.sheet}" sheets: delete or rename one first.`
      );
    }
    return free;
  }

  async replaceSheet(
    names: SheetNames,
    build: (names: SheetNames) => SheetSpec
  ): Promise<InsertedSheet> {
    return this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(names.sheet);
      const table = context.workbook.tables.getItemOrNullObject(names.table);
      await context.sync();
      if (!sheet.isNullObject && table.isNullObject) {
        throw new ScenarioActionError(
          `The workbook has a sheet called "${names.sheet}" that the planner did not write: rename it so the planner can write its own.`
        );
      }
      if (!sheet.isNullObject) sheet.delete();
      else if (!table.isNullObject) table.delete();
      const spec = build(names);
      // A refresh happens beside other work (a plan just inserted): it does not take the focus.
      writeSheetSpec(context, spec, { activate: false });
      await context.sync();
      return { sheet: spec.sheet };
    });
  }

  /**
   * Three syncs whatever the workbook's size: the sheets and tables, then every sheet's used
   * cells (formulas and the values they show), then the copies, their values and the cover.
   */
  async shareAsValues(made: string): Promise<Snapshot> {
    return this.run(async (context) => {
      const workbook = context.workbook;
      workbook.worksheets.load("items/name");
      workbook.tables.load("items/name");
      const activeItem = workbook.names.getItemOrNullObject(ACTIVE_NAME).load("type");
      await context.sync();

      const used = workbook.worksheets.items.map((sheet) => ({
        sheet,
        range: sheet.getUsedRangeOrNullObject(true).load("address, formulas, values"),
      }));
      const activeCell =
        !activeItem.isNullObject && activeItem.type === "Range"
          ? activeItem.getRange().load("values")
          : null;
      await context.sync();

      const chosen = used.filter(
        ({ sheet, range }) =>
          !range.isNullObject &&
          (sheet.name === SCENARIO_SHEET || range.formulas.some((row) => row.some(usesPPFunction)))
      );
      if (!chosen.some(({ sheet }) => sheet.name !== SCENARIO_SHEET)) {
        throw new ScenarioActionError(
          "No sheet in this workbook uses a PP function yet, so there is nothing to turn into values."
        );
      }
      const takenSheets = workbook.worksheets.items.map((s) => s.name);
      context.application.suspendApiCalculationUntilNextSync();
      context.application.suspendScreenUpdatingUntilNextSync();
      const copies: SnapshotCopy[] = chosen.map(({ sheet, range }) => {
        const name = snapshotName(sheet.name, takenSheets);
        takenSheets.push(name);
        const copy = sheet.copy("End");
        copy.name = name;
        // What the original shows, spills included, written over the copy's formulas.
        copy.getRange(range.address.slice(range.address.lastIndexOf("!") + 1)).values =
          range.values.map((row) => row.map(literal));
        return { original: sheet.name, copy: name };
      });
      const cover = freeSheetName(COVER_SHEET, takenSheets);
      const coverTable = freeSheetName(
        "PP_Snapshot",
        workbook.tables.items.map((t) => t.name)
      ).replace(/ /g, "");
      writeSheetSpec(
        context,
        coverSpec({ made, active: cellText(activeCell?.values[0]?.[0]), copies }, cover, coverTable)
      );
      await context.sync();
      return { cover, copies };
    });
  }

  async readPlan(name: string = PLAN_TABLE): Promise<PlanInputs[] | null> {
    return this.run(async (context) => {
      const table = context.workbook.tables.getItemOrNullObject(name);
      await context.sync();
      if (table.isNullObject) return null;
      const header = table.getHeaderRowRange().load("values");
      const body = table.getDataBodyRange().load("values");
      const sheet = table.worksheet.load("id");
      await context.sync();
      // Typing into the plan changes comparisons: pass its changes on too.
      this.watched.add(sheet.id);
      return planInputsFrom(header.values[0] ?? [], body.values);
    });
  }

  async insertFormula(formula: string): Promise<{ readonly address: string }> {
    return this.run(async (context) => {
      const cell = context.workbook.getSelectedRange().getCell(0, 0);
      cell.formulas = [[formula]];
      cell.load("address");
      await context.sync();
      return { address: cell.address };
    });
  }

  async listPlans(): Promise<PlanTable[]> {
    return this.run(async (context) => {
      const tables = context.workbook.tables.load("items/name");
      await context.sync();
      const named = tables.items.map((t) => ({ sheet: "", table: t.name }));
      const plans = planTablesInOrder(named);
      const sheets = plans.map((p) => tables.items[named.indexOf(p)]?.worksheet.load("name"));
      if (plans.length > 0) await context.sync();
      return plans.map((p, i) => ({ sheet: sheets[i]?.name ?? "", table: p.table }));
    });
  }

  async readSelectedCell(): Promise<SelectedCell> {
    return this.run(async (context) => {
      // Range.formulas gives a cell's formula, or its constant when it has none, and "" when it
      // is empty: https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-formulas-member
      const cell = context.workbook.getSelectedRange().getCell(0, 0).load("address, formulas");
      await context.sync();
      const content: unknown = cell.formulas[0]?.[0];
      return {
        address: cell.address,
        content: content === null || content === undefined ? "" : String(content),
      };
    });
  }

  /**
   * Two syncs: first which of the table, sheet and names exist; then the cells of those that do.
   * Null objects keep the first batch from failing when something is missing.
   */
  private async locate(context: Excel.RequestContext, forSetUp: boolean): Promise<Located> {
    const workbook = context.workbook;
    // isNullObject is set by the sync itself; it needs no load.
    const table = workbook.tables.getItemOrNullObject(SCENARIO_TABLE);
    const sheet = workbook.worksheets.getItemOrNullObject(SCENARIO_SHEET);
    const nameItems = DEFINED_NAMES.map((n) => workbook.names.getItemOrNullObject(n).load("type"));
    const layoutItem = workbook.names.getItemOrNullObject(LAYOUT_NAME).load("value");
    await context.sync();

    const names = DEFINED_NAMES.filter((_, i) => !nameItems[i]?.isNullObject);
    const activeItem = nameItems[DEFINED_NAMES.indexOf(ACTIVE_NAME)];
    const activeCell =
      activeItem && !activeItem.isNullObject && activeItem.type === "Range"
        ? activeItem.getRange().load("values")
        : null;
    const header = table.isNullObject ? null : table.getHeaderRowRange().load("address, values");
    const body = table.isNullObject ? null : table.getDataBodyRange().load("values");
    const tableSheet = table.isNullObject ? null : table.worksheet.load("id");
    const layout = forSetUp && !sheet.isNullObject ? sheet.getRange("A1:B1").load("values") : null;
    if (header !== null || activeCell !== null || layout !== null) await context.sync();

    if (tableSheet !== null) this.watched.add(tableSheet.id);
    const found: FoundTable | null =
      header === null || body === null
        ? null
        : {
            headerAddress: header.address,
            headers: header.values[0] ?? [],
            rows: body.values,
            active: activeCell?.values[0]?.[0] ?? "",
            names,
            layout: layoutItem.isNullObject ? null : layoutItem.value,
          };
    return {
      found,
      table: table.isNullObject ? null : table,
      sheet: sheet.isNullObject ? null : sheet,
      activeCell,
      names,
      layoutItem: layoutItem.isNullObject ? null : layoutItem,
      layoutCells: layout?.values[0] ?? null,
    };
  }

  /** The header row and a first scenario, formatted: percentages as percentages. */
  private createTable(sheet: Excel.Worksheet): void {
    const last = columnLetters(COLUMN_HEADERS.length - 1);
    const top = LAYOUT.headerRow;
    const first = addedRow(
      { headerAddress: `A${top}`, headers: COLUMN_HEADERS, rows: [], active: "", names: [] },
      { name: FIRST_SCENARIO, values: initialValues(), notes: "" }
    );
    const address = `${LAYOUT.firstColumn}${top}:${last}${top + 1}`;
    sheet.getRange(address).values = [[...COLUMN_HEADERS], first];
    const table = sheet.tables.add(`${sheetPrefix(SCENARIO_SHEET)}${address}`, true);
    table.name = SCENARIO_TABLE;
    // Assumption columns follow the name column; new rows take their format from the table.
    ASSUMPTIONS.forEach((a, i) => {
      if (a.format === "percent") {
        sheet.getRange(`${columnLetters(1 + i)}${top + 1}`).numberFormat = [[PERCENT_FORMAT]];
      }
    });
    sheet.getRange(`${LAYOUT.firstColumn}${top}:${last}${top + 1}`).format.autofitColumns();
  }

  /**
   * B1 of the scenario sheet, labelled in A1. A sheet of the add-in's layout has them free; if
   * someone has put other content there, the add-in stops rather than overwrite it.
   */
  private placeActiveCell(
    sheet: Excel.Worksheet,
    layoutCells: unknown[] | null,
    firstName: string
  ): Excel.Range {
    const [label, value] = layoutCells ?? ["", ""];
    const free = (c: unknown): boolean => c === "" || c === null || c === undefined;
    if (!(free(label) || label === ACTIVE_LABEL) || !(free(value) || typeof value === "string")) {
      throw new ScenarioActionError(
        `Cells A1:B1 of the ${SCENARIO_SHEET} sheet hold other content; move it so the active scenario cell can go there.`
      );
    }
    sheet.getRange(LAYOUT.labelCell).values = [[ACTIVE_LABEL]];
    const cell = sheet.getRange(LAYOUT.activeCell);
    if (free(value)) cell.values = [[firstName]];
    cell.format.font.bold = true;
    cell.dataValidation.clear();
    cell.dataValidation.rule = { list: { inCellDropDown: true, source: `=${LIST_NAME}` } };
    return cell;
  }
}
