/**
 * The scenarios in an Excel workbook, through Office.js. Every action costs the same few
 * `context.sync()` calls whatever the number of scenarios: two to read the table as it is now
 * (which objects exist, then their cells) and one to write. Writes touch only the cells and rows
 * the action changes, so a co-author's edits to other rows survive.
 */
import { columnLetters, sheetPrefix } from "../core/a1";
import { asCellText } from "../core/cellText";
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
  definedNameFormula,
  formulaText,
  initialValues,
  columnsOf,
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
  scenarioColumns,
  successorOf,
  updateWrites,
} from "./actions";
import {
  appendRowChecked,
  deleteRowChecked,
  writeRowChecked,
  type ExtraWrite,
} from "./checkedRowWrite";
import { PLAN_TABLE, planInputsFrom, type PlanInputs } from "../core/planSheet";
import { type SheetSpec } from "../core/sheetSpec";
import { loadNameFormulas, queueNameRepairs } from "./nameRepair";
import { reenterPPFormulas } from "./reenterFormulas";
import { shareAsValues } from "./shareAsValues";
import { openPaneWithDocument, type DocumentSettings } from "./documentSettings";
import { writeSheetSpec } from "./officeSheetWriter";
import { replaceOwnSheet } from "./ownSheet";
import {
  foundElsewhereError,
  loadTablesAndSheet,
  sameFind,
  searchScenarioTable,
} from "./scenarioTableSearch";
import {
  ScenarioActionError,
  type FoundScenarioTable,
  type SetUpOptions,
  type InsertedSheet,
  type ScenarioChanges,
  planTablesInOrder,
  type PlanTable,
  type ScenarioStore,
  type SheetNames,
  type UpdateOptions,
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

/** Text as Excel should keep it: never parsed as a formula, number, date or boolean. */
const literal = asCellText;
const literalRow = <T>(cells: readonly T[]): (T | string)[] => cells.map(literal);

/** Where the add-in lays out a new scenario sheet. */
const LAYOUT = {
  labelCell: "A1",
  activeCell: "B1",
  headerRow: 3,
  firstColumn: "A",
} as const;

/** The header row and first data row a new table takes, e.g. A3:H4. */
const tableAddress = (): string =>
  `${LAYOUT.firstColumn}${LAYOUT.headerRow}:${columnLetters(COLUMN_HEADERS.length - 1)}${LAYOUT.headerRow + 1}`;

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
  /** Whether the cells a new table would take already hold something (set-up only). */
  readonly tableCellsUsed?: boolean;
  /** Every table, by name (set-up only), to look for the scenarios under another name. */
  readonly tables: readonly Excel.Table[];
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
    private readonly settings: () => DocumentSettings = () => Office.context.document.settings,
    /**
     * Excel.run for reads the pane makes in response to events: a batch run while the planner is
     * editing a cell fails, unless it asks to wait for the edit to end (delayForCellEdit,
     * ExcelApi 1.11: https://learn.microsoft.com/javascript/api/excel/excel.runoptions).
     */
    private readonly runReading: ExcelRun = (batch) => Excel.run({ delayForCellEdit: true }, batch)
  ) {}

  async read(): Promise<ScenarioBook> {
    return this.runReading(async (context) => {
      const { found } = await this.locate(context, false);
      return found === null ? MISSING_BOOK : readScenarioTable(found);
    });
  }

  async setUp(options: SetUpOptions = {}): Promise<void> {
    await this.run(async (context) => {
      if (options.use !== undefined) await this.adopt(context, options.use);
      const located = await this.locate(context, true);
      if (located.table === null) {
        // The scenarios may be there under another name, or as a range: never a second table.
        // Looked for before anything is queued, so a refusal leaves the workbook as it was.
        const elsewhere = await searchScenarioTable(context, located.tables, located.sheet);
        if (elsewhere !== null) throw foundElsewhereError(elsewhere);
      }
      const names = context.workbook.names;
      const present = located.names;
      let sheet = located.sheet;
      if (sheet === null) sheet = context.workbook.worksheets.add(SCENARIO_SHEET);

      let firstName = located.found === null ? FIRST_SCENARIO : "";
      if (located.table === null) {
        if (located.tableCellsUsed === true) {
          // The table was renamed or converted to a range, or the cells are someone's: never
          // written over.
          throw new ScenarioActionError(
            `The ${SCENARIO_SHEET} sheet has no table called ${SCENARIO_TABLE}, and cells ${tableAddress()} already hold something (a renamed table, or a table converted to a range?). Nothing was changed: rename the table back to ${SCENARIO_TABLE}, or move those cells, then set up again.`
          );
        }
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
      const written = loadNameFormulas(context, present);
      await context.sync();
      if (queueNameRepairs(written)) await context.sync();
    });
    // The workbook now depends on the add-in: have Office open it for the next person.
    await openPaneWithDocument(this.settings());
  }

  async findScenarioTable(): Promise<FoundScenarioTable | null> {
    return this.run(async (context) => {
      const { tables, sheet } = await loadTablesAndSheet(context);
      return searchScenarioTable(context, tables, sheet);
    });
  }

  /**
   * Uses the scenarios where the planner agreed they are, when they are still there as found:
   * the table renamed PP_Scenarios, or the range made a table again. Two or three syncs.
   */
  private async adopt(context: Excel.RequestContext, use: FoundScenarioTable): Promise<void> {
    const { tables, sheet } = await loadTablesAndSheet(context);
    const now = await searchScenarioTable(context, tables, sheet);
    if (now === null || !sameFind(now, use)) {
      throw new ScenarioActionError(
        "The scenario table changed since it was found (perhaps a co-author renamed or moved it). Nothing was changed: look again and set up."
      );
    }
    if (now.kind === "table") {
      const table = tables.find((t) => t.name.toLowerCase() === now.table.toLowerCase());
      if (table !== undefined) table.name = SCENARIO_TABLE;
    } else if (sheet !== null) {
      // A table made over cells keeps them: they become its header row and rows
      // (TableCollection.add: https://learn.microsoft.com/en-us/javascript/api/excel/excel.tablecollection#excel-excel-tablecollection-add-member(1)).
      const table = sheet.tables.add(`${sheetPrefix(SCENARIO_SHEET)}${now.address}`, true);
      table.name = SCENARIO_TABLE;
    }
    await context.sync();
  }

  async add(scenario: Scenario): Promise<void> {
    await this.run(async (context) => {
      const located = await this.locate(context, false);
      const { found, book } = requireTable(located.found);
      const table = located.table as Excel.Table;
      const name = requireNewName(book, scenario.name);
      const cells = addedRow(found, { ...scenario, name });
      const empty = emptyRowIndex(found);
      const extra: ExtraWrite[] =
        book.scenarios.length === 0 && book.active === "" && located.activeCell !== null
          ? [{ range: located.activeCell, value: literal(name) }]
          : [];
      if (empty >= 0) {
        // Only the scenario's own columns: the planner's columns in that row keep their cells.
        const writes = scenarioColumns(found).map((column) => ({
          column,
          value: literal(cells[column] ?? ""),
        }));
        await writeRowChecked(context, table, found, empty, writes, extra);
        return;
      }
      await appendRowChecked(context, table, found, literalRow(cells), extra);
    });
  }

  async update(
    name: string,
    changes: ScenarioChanges,
    expected?: ScenarioChanges,
    options?: UpdateOptions
  ): Promise<void> {
    await this.run(async (context) => {
      const located = await this.locate(context, false);
      const { found, book } = requireTable(located.found);
      const scenario = requireScenario(book, name);
      const writes = updateWrites(found, scenario, changes, expected, options);
      if (writes.length === 0) return;
      await writeRowChecked(
        context,
        located.table as Excel.Table,
        found,
        scenario.row,
        writes.map((w) => ({ column: w.column, value: literal(w.value) }))
      );
    });
  }

  async rename(from: string, to: string): Promise<void> {
    await this.run(async (context) => {
      const located = await this.locate(context, false);
      const { found, book } = requireTable(located.found);
      const scenario = requireScenario(book, from);
      const name = requireNewName(book, to, scenario.name);
      const column = columnsOf(found).name ?? 0;
      const extra: ExtraWrite[] =
        located.activeCell !== null && sameName(book.active, scenario.name)
          ? [{ range: located.activeCell, value: literal(name) }]
          : [];
      await writeRowChecked(
        context,
        located.table as Excel.Table,
        found,
        scenario.row,
        [{ column, value: literal(name) }],
        extra
      );
    });
  }

  async duplicate(from: string, to: string): Promise<void> {
    await this.run(async (context) => {
      const located = await this.locate(context, false);
      const { found, book } = requireTable(located.found);
      const scenario = requireScenario(book, from);
      const name = requireNewName(book, to);
      // Formulas go in as formulas (Excel reads a value starting "=" as one); text that only
      // looks like a formula keeps its apostrophe.
      const formulas = found.formulas?.[scenario.row] ?? [];
      const values = found.rows[scenario.row] ?? [];
      const cells = duplicatedRow(found, scenario, name).map((cell, i) =>
        formulaText(formulas[i], values[i]) !== null ? cell : literal(cell)
      );
      await appendRowChecked(context, located.table as Excel.Table, found, cells);
    });
  }

  async remove(name: string): Promise<void> {
    await this.run(async (context) => {
      const located = await this.locate(context, false);
      const { found, book } = requireTable(located.found);
      const scenario = requireScenario(book, name);
      const table = located.table as Excel.Table;
      const extra: ExtraWrite[] =
        located.activeCell !== null && sameName(book.active, scenario.name)
          ? [{ range: located.activeCell, value: literal(successorOf(book, scenario)) }]
          : [];
      // A table keeps at least one data row: the last one's scenario cells are emptied rather
      // than deleted; the planner's own columns in it keep their cells.
      if (found.rows.length === 1) {
        const writes = scenarioColumns(found).map((column) => ({ column, value: "" }));
        await writeRowChecked(context, table, found, 0, writes, extra);
      } else {
        await deleteRowChecked(context, table, found, scenario.row, extra);
      }
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
      located.activeCell.values = [[literal(scenario.name)]];
      await context.sync();
    });
  }

  /**
   * Changes to the watched sheets, and also selection changes on them and any sheet activated:
   * on Excel on the web a choice from a cell's drop-down (PP_Active) raises no onChanged
   * (OfficeDev/office-js#3888, #4066), so the pane re-reads when the planner moves on.
   */
  async subscribe(listener: () => void): Promise<() => void> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const ours = (event: { worksheetId: string }): boolean =>
        this.watched.size === 0 || this.watched.has(event.worksheetId);
      const handlers = [
        sheets.onChanged.add(async (event) => {
          if (ours(event)) listener();
        }),
        sheets.onSelectionChanged.add(async (event) => {
          if (ours(event)) listener();
        }),
        sheets.onActivated.add(async () => listener()),
      ];
      await context.sync();
      // A handler is removed through the context it was added with.
      return () => {
        void this.runIn(handlers[0]?.context as Excel.RequestContext, async (ctx) => {
          for (const handler of handlers) handler.remove();
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
    // See ownSheet.ts: the add-in's own sheet is rewritten in place, a kept copy left alone.
    return this.run((context) => replaceOwnSheet(context, this.settings(), names, build));
  }

  /** In chunks under Excel on the web's payload limit: see shareAsValues.ts for its syncs. */
  async shareAsValues(made: string): Promise<Snapshot> {
    return this.run((context) => shareAsValues(context, made));
  }

  /** In a bounded number of syncs: see reenterFormulas.ts. */
  async reenterPPFormulas(): Promise<{ readonly cells: number }> {
    return this.run((context) => reenterPPFormulas(context));
  }

  async readPlan(name: string = PLAN_TABLE): Promise<PlanInputs[] | null> {
    return this.runReading(async (context) => {
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
    const nameItems = DEFINED_NAMES.map((n) =>
      workbook.names.getItemOrNullObject(n).load("type, formula")
    );
    const layoutItem = workbook.names.getItemOrNullObject(LAYOUT_NAME).load("value");
    const tables = forSetUp ? workbook.tables.load("items/name") : null;
    await context.sync();

    const names = DEFINED_NAMES.filter((_, i) => !nameItems[i]?.isNullObject);
    const activeItem = nameItems[DEFINED_NAMES.indexOf(ACTIVE_NAME)];
    const activeCell =
      activeItem && !activeItem.isNullObject && activeItem.type === "Range"
        ? activeItem.getRange().load("values")
        : null;
    const header = table.isNullObject ? null : table.getHeaderRowRange().load("address, values");
    const body = table.isNullObject ? null : table.getDataBodyRange().load("values, formulas");
    const tableSheet = table.isNullObject ? null : table.worksheet.load("id");
    const layout = forSetUp && !sheet.isNullObject ? sheet.getRange("A1:B1").load("values") : null;
    // Where a new table would go, when the sheet is there but the table is not.
    const tableCells =
      forSetUp && !sheet.isNullObject && table.isNullObject
        ? sheet.getRange(tableAddress()).load("formulas")
        : null;
    if (header !== null || activeCell !== null || layout !== null) {
      try {
        await context.sync();
      } catch (error) {
        // The table went between the two syncs (a co-author deleted it or converted it to a
        // range): Excel reports ItemNotFound for the queued loads.
        if (header === null) throw error;
        throw new ScenarioActionError(
          "The scenario table changed while it was being read (perhaps a co-author converted or deleted it). Nothing was changed: try again."
        );
      }
    }

    if (tableSheet !== null) this.watched.add(tableSheet.id);
    const found: FoundTable | null =
      header === null || body === null
        ? null
        : {
            headerAddress: header.address,
            headers: header.values[0] ?? [],
            rows: body.values,
            formulas: body.formulas,
            active: activeCell?.values[0]?.[0] ?? "",
            names,
            layout: layoutItem.isNullObject ? null : layoutItem.value,
            nameFormulas: Object.fromEntries(
              DEFINED_NAMES.flatMap((n, i) => {
                const item = nameItems[i];
                return item && !item.isNullObject && item.type !== "Range"
                  ? [[n, item.formula]]
                  : [];
              })
            ),
          };
    return {
      found,
      table: table.isNullObject ? null : table,
      sheet: sheet.isNullObject ? null : sheet,
      activeCell,
      names,
      layoutItem: layoutItem.isNullObject ? null : layoutItem,
      layoutCells: layout?.values[0] ?? null,
      tableCellsUsed:
        tableCells?.formulas.some((row) => row.some((c) => c !== "" && c !== null)) ?? false,
      tables: tables?.items ?? [],
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
