/**
 * A small Excel for the workbook layer's tests, built on office-addin-mock. The objects handed to
 * the code under test are OfficeMockObjects, so reading a property that was not loaded and synced
 * fails as it would in Excel. Commands are queued and carried out in order at `context.sync()`,
 * against a model of sheets, tables and names; loads read the model at their place in the queue.
 */
import { OfficeMockObject } from "office-addin-mock";
import { cellAddress, columnIndex, columnLetters } from "../../src/core/a1";
import { OfficeWorkbook } from "../../src/workbook/officeWorkbook";
import {
  autofitWidth,
  fixedReferences,
  keptRuleFormula,
  PAYLOAD_LIMIT,
  payloadSize,
  typedInput,
  type TablePlace,
} from "./excelWeb";

type Op = () => void;

/** What a formula cell's value reads as when no calculator is installed. */
export const NOT_CALCULATED = "(not calculated by the fake)";

export class FakeSheet {
  readonly cells = new Map<string, unknown>();
  readonly numberFormats = new Map<string, unknown>();
  readonly validations = new Map<string, unknown>();
  /** Cells holding text that starts like a formula (written with Excel's apostrophe). */
  readonly textCells = new Set<string>();
  /** Column widths in points, by 0-based column, as set or autofitted (see excelWeb.ts). */
  readonly columnWidths = new Map<number, number>();
  /** CellValue conditional formats, with formula1 as Excel keeps it (see excelWeb.ts). */
  readonly conditionalRules: { address: string; operator: string; formula1: string }[] = [];
  /** Charts, with the series Excel made or the add-in added (see FakeExcel.chartsOf). */
  readonly charts: { type: string; series: { name: string; values: string; x: string }[] }[] = [];
  /** Cells showing #NAME? until their formula is entered again (see FakeExcel.openBeforeFunctions). */
  readonly stuckCells = new Set<string>();
  constructor(
    public name: string,
    readonly id: string
  ) {}
  get(row: number, column: number): unknown {
    return this.cells.get(`${row},${column}`) ?? "";
  }
  set(row: number, column: number, value: unknown): void {
    const key = `${row},${column}`;
    this.textCells.delete(key);
    this.stuckCells.delete(key);
    if (value === "" || value === null || value === undefined) this.cells.delete(key);
    // Excel keeps text written with a leading apostrophe as text, without the apostrophe.
    else if (typeof value === "string" && value.startsWith("'")) {
      this.cells.set(key, value.slice(1));
      this.textCells.add(key);
    } else this.cells.set(key, value);
  }
}

export interface FakeTable {
  name: string;
  sheet: FakeSheet;
  /** The header row, 1-based. */
  top: number;
  /** The first column, 0-based. */
  left: number;
  width: number;
  rows: number;
  /** A totals row under the data rows. */
  totals?: boolean;
}

export type FakeName =
  | { name: string; comment: string; sheet: FakeSheet; row: number; column: number }
  | { name: string; comment: string; formula: string };

interface Rect {
  sheet: FakeSheet;
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** Excel's error when code uses an object that does not exist. */
export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message);
  }
}

/** True while the fake itself sets mock properties, so those are not taken for writes. */
let internal = false;

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  readonly tables: FakeTable[] = [];
  readonly names: FakeName[] = [];
  /** Every cell written, as an address, in order. */
  readonly written: string[] = [];
  /** Row and column insertions and deletions, in order. */
  readonly structural: string[] = [];
  /** Formatting, charts, validation alerts and other commands, as "where path = value" lines. */
  readonly log: string[] = [];
  readonly context: Excel.RequestContext;
  private readonly changeHandlers = new Set<(e: { worksheetId: string }) => Promise<void>>();
  private queue: Op[] = [];
  private loads: { mock: OfficeMockObject }[] = [];
  private nextId = 1;

  constructor() {
    const mockContext = new OfficeMockObject({ sync: async () => this.flush() });
    Object.assign(mockContext, {
      application: this.recorder("application", () => "workbook"),
      workbook: {
        getSelectedRange: () => this.rangeHandle(() => this.selectionRect()),
        tables: this.collection(
          {
            getItemOrNullObject: (name: string) => this.tableHandle(() => this.findTable(name)),
          },
          () => this.tables.map((t) => this.tableHandle(() => t))
        ),
        worksheets: this.collection(
          {
            getItemOrNullObject: (name: string) => this.sheetHandle(() => this.findSheet(name)),
            add: (name: string) => {
              this.queue.push(() => {
                if (this.findSheet(name)) throw new FakeExcelError("ItemAlreadyExists", name);
                this.addSheet(name);
              });
              return this.sheetHandle(() => this.findSheet(name));
            },
            onChanged: {
              add: (handler: (e: { worksheetId: string }) => Promise<void>) => {
                this.changeHandlers.add(handler);
                return {
                  remove: () => this.changeHandlers.delete(handler),
                  context: this.context,
                };
              },
            },
            ...this.selectionEvents(),
          },
          () => this.sheets.map((sh) => this.sheetHandle(() => sh))
        ),
        names: {
          getItemOrNullObject: (name: string) => this.nameHandle(name),
          add: (name: string, reference: unknown, comment?: string) => {
            const rect = rectOf(reference);
            this.queue.push(() => {
              if (this.findName(name)) throw new FakeExcelError("ItemAlreadyExists", name);
              if (rect) {
                const r = rect();
                this.names.push({
                  name,
                  comment: comment ?? "",
                  sheet: r.sheet,
                  row: r.row,
                  column: r.column,
                });
              } else {
                // Excel on the web may fix structured references to A1 (see excelWeb.ts).
                const formula = fixedReferences(String(reference), this.tablePlaces());
                this.names.push({ name, comment: comment ?? "", formula });
              }
            });
          },
        },
      },
    });
    this.context = mockContext as unknown as Excel.RequestContext;
  }

  /** The selected cells: sheet, top-left and size. */
  selection: { sheet: string; row: number; column: number; rows: number; columns: number } | null =
    null;

  private selectionRect(): Rect {
    const s = this.selection;
    const sheet = s ? this.findSheet(s.sheet) : undefined;
    if (!s || !sheet) throw new FakeExcelError("InvalidSelection", "Nothing is selected");
    return { sheet, row: s.row, column: s.column, rows: s.rows, columns: s.columns };
  }

  addSheet(name: string): FakeSheet {
    const sheet = new FakeSheet(name, `{sheet-${this.nextId++}}`);
    this.sheets.push(sheet);
    return sheet;
  }

  findSheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  findTable(name: string): FakeTable | undefined {
    return this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  }

  findName(name: string): FakeName | undefined {
    return this.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
  }

  /** A table's header and data rows as the grid holds them. */
  tableValues(name: string): { headers: unknown[]; rows: unknown[][] } {
    const t = this.findTable(name);
    if (!t) throw new Error(`no table ${name}`);
    const row = (r: number): unknown[] =>
      Array.from({ length: t.width }, (_, c) => t.sheet.get(r, t.left + c));
    return {
      headers: row(t.top),
      rows: Array.from({ length: t.rows }, (_, i) => row(t.top + 1 + i)),
    };
  }

  /** The value of a range name's cell. */
  nameValue(name: string): unknown {
    const n = this.findName(name);
    if (!n || !("sheet" in n)) throw new Error(`no range name ${name}`);
    return n.sheet.get(n.row, n.column);
  }

  /**
   * What a formula cell shows. The fake has no calculation of its own: tests that read values of
   * formula cells install one (a formula engine over this workbook); without one, a formula
   * cell reads as NOT_CALCULATED, never as its formula's text.
   */
  calculator: ((sheet: string, row: number, column: number) => unknown) | null = null;
  /** With a calculator: how far a sheet's values reach, spilled arrays included. */
  calculatedSize: ((sheet: string) => { rows: number; columns: number }) | null = null;

  private computed(r: Rect, i: number, j: number, cell: unknown): unknown {
    // An empty cell may hold part of a spilled array, which only calculation knows.
    if (cell === "" && this.calculator !== null) {
      return this.calculator(r.sheet.name, r.row + i, r.column + j);
    }
    if (typeof cell !== "string" || !cell.startsWith("=")) return cell;
    if (r.sheet.textCells.has(`${r.row + i},${r.column + j}`)) return cell;
    if (r.sheet.stuckCells.has(`${r.row + i},${r.column + j}`)) return "#NAME?";
    if (this.calculator === null) return NOT_CALCULATED;
    return this.calculator(r.sheet.name, r.row + i, r.column + j);
  }

  /** The document's settings (Office.context.document.settings), as a mock. */
  readonly settingsValues = new Map<string, unknown>();
  readonly documentSettings = new OfficeMockObject({
    get: (name: string) => this.settingsValues.get(name) ?? null,
    set: (name: string, value: unknown) => {
      this.pendingSettings.set(name, value);
    },
    saveAsync: (callback: (result: { status: string }) => void) => {
      for (const [k, v] of this.pendingSettings) this.settingsValues.set(k, v);
      this.pendingSettings.clear();
      this.settingsSaves++;
      callback({ status: "succeeded" });
    },
  }) as unknown as Pick<Office.Settings, "get" | "set" | "saveAsync">;
  private readonly pendingSettings = new Map<string, unknown>();
  settingsSaves = 0;

  /** A co-author's edit arriving: change the model and raise the change event. */
  async editByHand(sheet: FakeSheet, edit: () => void): Promise<void> {
    edit();
    for (const handler of [...this.changeHandlers]) await handler({ worksheetId: sheet.id });
  }

  get handlerCount(): number {
    return this.changeHandlers.size + this.selectionHandlers.size + this.activatedHandlers.size;
  }

  // ---- Excel on the web: drop-down choices raise no onChanged; selection and activation do ----

  private readonly selectionHandlers = new Set<(e: { worksheetId: string }) => Promise<void>>();
  private readonly activatedHandlers = new Set<(e: { worksheetId: string }) => Promise<void>>();

  /** WorksheetCollection.onSelectionChanged and onActivated (ExcelApi 1.9). */
  private selectionEvents(): Record<string, unknown> {
    const event = (handlers: Set<(e: { worksheetId: string }) => Promise<void>>) => ({
      add: (handler: (e: { worksheetId: string }) => Promise<void>) => {
        handlers.add(handler);
        return { remove: () => handlers.delete(handler), context: this.context };
      },
    });
    return {
      onSelectionChanged: event(this.selectionHandlers),
      onActivated: event(this.activatedHandlers),
    };
  }

  /**
   * The planner picks a value from a cell's list drop-down. On Excel on the web this raises no
   * onChanged event (OfficeDev/office-js#3888, #4066; desktop: #420). The cell must have a list
   * validation, as the drop-down exists only then.
   */
  chooseFromDropDown(sheet: FakeSheet, row: number, column: number, value: string): void {
    const rule = sheet.validations.get(`${row},${column}`) as { list?: unknown } | undefined;
    if (!rule?.list) throw new Error(`No drop-down at ${cellAddress(sheet.name, row, column)}`);
    sheet.set(row, column, value);
  }

  /** The planner selects a cell: onSelectionChanged fires for its sheet. */
  async selectCell(sheet: FakeSheet, row: number, column: number): Promise<void> {
    this.selection = { sheet: sheet.name, row, column, rows: 1, columns: 1 };
    for (const handler of [...this.selectionHandlers]) await handler({ worksheetId: sheet.id });
  }

  /** The planner switches to a sheet: onActivated fires. */
  async activateSheet(sheet: FakeSheet): Promise<void> {
    for (const handler of [...this.activatedHandlers]) await handler({ worksheetId: sheet.id });
  }

  // ---- Excel: charts and their series ----

  /**
   * Worksheet.charts: add(type, source, seriesBy) makes one series per row ("Rows") or column
   * ("Columns") of the source, a first column (or row) of text giving the names
   * (https://learn.microsoft.com/javascript/api/excel/excel.chartcollection#excel-excel-chartcollection-add-member(1)).
   * chart.series.getItemAt(i) fails with ItemNotFound past the series Excel made, and a failure
   * stops the batch where it is, with the commands before it done: nothing is rolled back
   * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-error-handling).
   * series.add, setValues and setXAxisValues are ExcelApi 1.7. Other chart commands are logged.
   */
  private chartsOf(sheet: () => FakeSheet): unknown {
    const where = (): string => sheet().name;
    return {
      add: (type: string, source: unknown, seriesBy: string) => {
        const rect = rectOf(source);
        const chart: { type: string; series: { name: string; values: string; x: string }[] } = {
          type,
          series: [],
        };
        this.queue.push(() => {
          this.log.push(
            `${where()} charts.add(${describe(type)}, ${describe(source)}, ${describe(seriesBy)})`
          );
          const r = rect?.();
          if (r) {
            const byRows = seriesBy === "Rows";
            const labelled =
              typeof r.sheet.get(r.row, r.column) === "string" &&
              !String(r.sheet.get(r.row, r.column)).startsWith("=");
            const count = byRows ? r.rows : r.columns - (labelled ? 1 : 0);
            for (let i = 0; i < count; i++) chart.series.push({ name: "", values: "", x: "" });
          }
          sheet().charts.push(chart);
        });
        const base = this.recorder("charts.add()", where) as object;
        const seriesHandle = (at: () => number, label: string): unknown => {
          const entry = () => {
            const e = chart.series[at()];
            if (!e) throw new FakeExcelError("ItemNotFound", `No chart series ${label}`);
            return e;
          };
          const handle = {
            setValues: (range: unknown) =>
              this.queue.push(() => {
                entry().values = describe(range);
              }),
            setXAxisValues: (range: unknown) =>
              this.queue.push(() => {
                entry().x = describe(range);
              }),
          };
          Object.defineProperty(handle, "name", {
            set: (name: string) =>
              this.queue.push(() => {
                entry().name = name;
              }),
          });
          return handle;
        };
        const series = {
          getItemAt: (i: number) => seriesHandle(() => i, String(i)),
          add: (name?: string) => {
            let index = -1;
            this.queue.push(() => {
              index = chart.series.push({ name: name ?? "", values: "", x: "" }) - 1;
            });
            return seriesHandle(() => index, String(name));
          },
        };
        return new Proxy(base, {
          get: (target, prop, receiver) =>
            prop === "series" ? series : (Reflect.get(target, prop, receiver) as unknown),
        });
      },
    };
  }

  // ---- Excel: PP formulas stuck at #NAME? ----

  /**
   * The workbook as Excel opens it before the PP functions are registered: each PP call shows as
   * `_xldudf_PP_NAME(` and the cell as #NAME?, and stays so after the functions load and after
   * recalculation, until the formula is entered again. Sources: OfficeDev/office-js#4185
   * ("if user edit the cell, and without changing anything presses Enter, formula starts working"),
   * #6395, #6611, and #3558 (the `xldudf` form before the functions are known).
   */
  openBeforeFunctions(): void {
    for (const sheet of this.sheets) {
      for (const [key, v] of [...sheet.cells]) {
        if (typeof v !== "string" || !v.startsWith("=") || sheet.textCells.has(key)) continue;
        const stuck = v.replace(/(^|[^A-Za-z0-9_.])PP\.([A-Z]+)\s*\(/gi, "$1_xldudf_PP_$2(");
        if (stuck === v) continue;
        sheet.cells.set(key, stuck);
        sheet.stuckCells.add(key);
      }
    }
  }

  // ---- Excel: batches while the planner is editing a cell ----

  /**
   * While a cell is being edited, a batch fails with InvalidOperationInCellEditMode, unless it was
   * run with `delayForCellEdit: true`, which waits until the edit ends. Source: Excel.RunOptions
   * https://learn.microsoft.com/javascript/api/excel/excel.runoptions (ExcelApi 1.11) and
   * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events#delay-for-cell-edit
   */
  private editEnded: Promise<void> | null = null;
  private endEdit: (() => void) | null = null;
  /** True while running a batch started with delayForCellEdit. */
  private delaying = false;

  startCellEdit(): void {
    this.editEnded = new Promise((resolve) => {
      this.endEdit = resolve;
    });
  }

  finishCellEdit(): void {
    this.endEdit?.();
    this.editEnded = null;
    this.endEdit = null;
  }

  /** Excel.run(options, batch) over this workbook. */
  async runWith<T>(
    options: { delayForCellEdit?: boolean },
    batch: (context: Excel.RequestContext) => Promise<T>
  ): Promise<T> {
    this.delaying = options.delayForCellEdit === true;
    try {
      return await batch(this.context);
    } finally {
      this.delaying = false;
    }
  }

  private async waitForCellEdit(): Promise<void> {
    if (this.editEnded === null) return;
    if (!this.delaying) {
      this.queue = [];
      this.loads = [];
      throw new FakeExcelError(
        "InvalidOperationInCellEditMode",
        "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again."
      );
    }
    await this.editEnded;
  }

  // ---- Excel on the web: the 5 MB payload limit of one request and its response ----

  /**
   * Range.getSpecialCellsOrNullObject("Formulas") (ExcelApi 1.9): the formula cells within the
   * range, as a RangeAreas with its cellCount; a null object when there are none.
   * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getspecialcellsornullobject-member(1)
   */
  private formulaCellsOf(rect: () => Rect, type: string): OfficeMockObject {
    if (type !== "Formulas") throw new Error("The fake finds formula cells only");
    const count = (): number => {
      const r = rect();
      let n = 0;
      for (const [key, v] of r.sheet.cells) {
        const [row = 0, column = 0] = key.split(",").map(Number);
        if (row < r.row || row >= r.row + r.rows || column < r.column) continue;
        if (column >= r.column + r.columns || r.sheet.textCells.has(key)) continue;
        if (typeof v === "string" && v.startsWith("=")) n++;
      }
      return n;
    };
    const mock = this.mock({ cellCount: count }, {});
    this.nullable(mock, () => (count() > 0 ? true : undefined));
    return mock;
  }

  /** Bytes of cell data the next sync sends (writes) and brings back (loads). */
  private requestBytes = 0;
  private responseBytes = 0;
  /** The largest request and response any sync carried, for tests to see the budget kept. */
  largestRequest = 0;
  largestResponse = 0;

  private checkPayload(): void {
    const request = this.requestBytes;
    const response = this.responseBytes;
    this.requestBytes = 0;
    this.responseBytes = 0;
    this.largestRequest = Math.max(this.largestRequest, request);
    this.largestResponse = Math.max(this.largestResponse, response);
    if (request > PAYLOAD_LIMIT) {
      this.queue = [];
      this.loads = [];
      throw new FakeExcelError(
        "RequestPayloadSizeLimitExceeded",
        "The request payload size has exceeded the limit."
      );
    }
    if (response > PAYLOAD_LIMIT) {
      throw new FakeExcelError(
        "ResponsePayloadSizeLimitExceeded",
        "The response payload size has exceeded the limit."
      );
    }
  }

  /**
   * A co-author working in the same workbook. Excel on the web merges co-authors' edits into the
   * workbook between an add-in's requests: each context.sync() sends one batch, run in order, and
   * another person's sort, insert or delete can land before the next ("Excel ... doesn't
   * support transactions", https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-core-concepts;
   * co-authored edits arriving between syncs, OfficeDev/office-js#1383). Called once before each
   * batch runs, so it acts between any two syncs and never inside one.
   */
  coAuthor: ((excel: FakeExcel, sync: number) => void) | null = null;
  /** How many batches have run. */
  syncCount = 0;

  private async flush(): Promise<void> {
    this.coAuthor?.(this, this.syncCount);
    this.syncCount += 1;
    await this.waitForCellEdit();
    // A request over the limit is refused whole, before anything is done.
    if (this.requestBytes > PAYLOAD_LIMIT) this.checkPayload();
    internal = true;
    try {
      // Loading a collection's items queues the items' own loads: carry those out too.
      while (this.queue.length > 0) {
        const queue = this.queue;
        this.queue = [];
        for (const op of queue) op();
      }
      const loads = this.loads;
      this.loads = [];
      // Mocks only reveal values at their own sync.
      for (const { mock } of loads) await mock.sync();
      // office-addin-mock's sync finishes setting properties in callbacks it does not await:
      // let them run while those assignments are still taken as the fake's own.
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      internal = false;
    }
    this.checkPayload();
  }

  /**
   * An OfficeMockObject with loadable properties computed from the model when the load's turn
   * comes in the queue, and writable properties whose assignments are queued as commands.
   */
  private mock(
    loadable: Record<string, () => unknown>,
    methods: Record<string, unknown>,
    writable: Record<string, (value: unknown) => void> = {}
  ): OfficeMockObject {
    const placeholders: Record<string, unknown> = {};
    for (const key of Object.keys(loadable)) placeholders[key] = "";
    const mock = new OfficeMockObject(placeholders);
    Object.assign(mock, methods);
    const originalLoad = mock.load.bind(mock);
    // office-addin-mock's typings keep setValue private; it is how the mock's values are set.
    const settable = mock as unknown as { setValue(name: string, value: unknown): void };
    mock.load = (arg: unknown) => {
      const props = (Array.isArray(arg) ? arg.map(String) : String(arg ?? "").split(","))
        .map((p) => p.trim())
        .filter((p) => p !== "");
      for (const p of props) {
        if (!(p in loadable)) throw new Error(`The fake cannot load ${p}`);
      }
      this.queue.push(() => {
        for (const p of props) {
          const value = loadable[p]?.();
          if (Array.isArray(value)) this.responseBytes += payloadSize(value);
          settable.setValue(p, value);
          originalLoad(p);
        }
      });
      this.loads.push({ mock });
      return mock;
    };
    for (const [key, write] of Object.entries(writable)) {
      let shadow: unknown = (mock as unknown as Record<string, unknown>)[key];
      Object.defineProperty(mock, key, {
        configurable: true,
        enumerable: true,
        get: () => shadow,
        set: (value: unknown) => {
          shadow = value;
          if (internal) return;
          if (Array.isArray(value)) this.requestBytes += payloadSize(value);
          this.queue.push(() => write(value));
        },
      });
    }
    return mock;
  }

  /**
   * Gives `target` a collection's load("items/name") and items: handles on what exists when the
   * load's turn comes, with the named properties loaded.
   */
  private collection<T extends object>(
    target: T,
    items: () => OfficeMockObject[]
  ): T & { load(arg: string): unknown; readonly items: OfficeMockObject[] } {
    let loaded: OfficeMockObject[] | undefined;
    const load = (arg: string): unknown => {
      const props = arg
        .split(",")
        .map((p) => p.trim().replace(/^items\//, ""))
        .filter((p) => p !== "" && p !== "items");
      this.queue.push(() => {
        loaded = items();
        for (const item of loaded) if (props.length > 0) item.load(props.join(","));
      });
      return target;
    };
    Object.defineProperty(target, "load", { value: load });
    Object.defineProperty(target, "items", {
      get: () => {
        if (loaded === undefined) throw new Error("items read before load and context.sync()");
        return loaded;
      },
    });
    return target as T & { load(arg: string): unknown; readonly items: OfficeMockObject[] };
  }

  /** Lets code read isNullObject after the sync that follows the lookup, as Excel does. */
  private nullable<T>(mock: OfficeMockObject, resolve: () => T | undefined): void {
    let known: boolean | undefined;
    this.queue.push(() => {
      known = resolve() === undefined;
    });
    Object.defineProperty(mock, "isNullObject", {
      get: () => {
        if (known === undefined) throw new Error("isNullObject read before context.sync()");
        return known;
      },
    });
  }

  /**
   * Records commands the tests only need to see (formats, charts, panes): every property set and
   * method call on it, at any depth, becomes a log line when the batch is synced.
   */
  private recorder(path: string, where: () => string): unknown {
    const target = function () {} as unknown as object;
    return new Proxy(target, {
      get: (_t, prop) =>
        prop === "then" || typeof prop === "symbol"
          ? undefined
          : this.recorder(`${path}.${prop}`, where),
      set: (_t, prop, value) => {
        this.queue.push(() =>
          this.log.push(`${where()} ${path}.${String(prop)} = ${describe(value)}`)
        );
        return true;
      },
      apply: (_t, _self, args: unknown[]) => {
        this.queue.push(() =>
          this.log.push(`${where()} ${path}(${args.map(describe).join(", ")})`)
        );
        return this.recorder(`${path}()`, where);
      },
    });
  }

  private require<T>(value: T | undefined, what: string): T {
    if (value === undefined)
      throw new FakeExcelError("InvalidObjectPath", `${what} does not exist`);
    return value;
  }

  private sheetHandle(ref: () => FakeSheet | undefined): OfficeMockObject {
    const sheet = (): FakeSheet => this.require(ref(), "The worksheet");
    const mock = this.mock(
      { id: () => sheet().id, name: () => sheet().name },
      {
        getRange: (address?: string) =>
          this.rangeHandle(() =>
            address === undefined
              ? { sheet: sheet(), row: 1, column: 0, rows: 1048576, columns: 16384 }
              : parseRect(sheet(), address)
          ),
        getUsedRangeOrNullObject: () => {
          const used = (): Rect | undefined =>
            usedRect(sheet(), this.calculatedSize?.(sheet().name) ?? null);
          const range = this.rangeHandle(() => this.require(used(), "The used range"));
          this.nullable(range, used);
          return range;
        },
        copy: (position: string) => {
          let created: FakeSheet | undefined;
          this.queue.push(() => {
            if (position !== "End") throw new Error("The fake copies to the end only");
            const from = sheet();
            let n = 2;
            while (this.findSheet(`${from.name} (${n})`)) n++;
            created = this.addSheet(`${from.name} (${n})`);
            for (const [k, v] of from.cells) created.cells.set(k, v);
            for (const [k, v] of from.numberFormats) created.numberFormats.set(k, v);
            for (const [k, v] of from.validations) created.validations.set(k, v);
            for (const t of this.tables.filter((x) => x.sheet === from)) {
              let m = 2;
              while (this.findTable(`${t.name}${m}`)) m++;
              this.tables.push({ ...t, name: `${t.name}${m}`, sheet: created });
            }
            this.structural.push(`copy sheet ${from.name}`);
          });
          return this.sheetHandle(() => created);
        },
        charts: this.chartsOf(sheet),
        freezePanes: this.recorder("freezePanes", () => sheet().name),
        activate: () => this.queue.push(() => this.log.push(`${sheet().name} activate()`)),
        delete: () =>
          this.queue.push(() => {
            const gone = sheet();
            this.sheets.splice(this.sheets.indexOf(gone), 1);
            for (let i = this.tables.length - 1; i >= 0; i--) {
              if (this.tables[i]?.sheet === gone) this.tables.splice(i, 1);
            }
            this.structural.push(`delete sheet ${gone.name}`);
          }),
        tables: {
          // A table made over cells keeps them, its first row as the headers; it may not overlap
          // another table ("If the table can't be added (for example, because the address is
          // invalid, or the table would overlap with another table), an error is generated":
          // https://learn.microsoft.com/en-us/javascript/api/excel/excel.tablecollection#excel-excel-tablecollection-add-member(1),
          // https://learn.microsoft.com/en-us/graph/api/tablecollection-add).
          add: (address: string, hasHeaders: boolean) => {
            let created: FakeTable | undefined;
            this.queue.push(() => {
              const r = parseRect(sheet(), address.slice(address.lastIndexOf("!") + 1));
              if (!hasHeaders) throw new Error("The fake only makes tables with headers");
              const overlaps = this.tables.some(
                (t) =>
                  t.sheet === r.sheet &&
                  t.top < r.row + r.rows &&
                  r.row < t.top + 1 + t.rows + (t.totals ? 1 : 0) &&
                  t.left < r.column + r.columns &&
                  r.column < t.left + t.width
              );
              if (overlaps) throw new FakeExcelError("InvalidOperation", "tables overlap");
              created = {
                name: `Table${this.tables.length + 1}`,
                sheet: r.sheet,
                top: r.row,
                left: r.column,
                width: r.columns,
                rows: r.rows - 1,
              };
              this.tables.push(created);
            });
            return this.tableHandle(() => created);
          },
        },
      },
      {
        name: (value) => {
          const renamed = sheet();
          this.structural.push(`rename sheet ${renamed.name} to ${String(value)}`);
          renamed.name = String(value);
        },
      }
    );
    this.nullable(mock, ref);
    return mock;
  }

  private tableHandle(ref: () => FakeTable | undefined): OfficeMockObject {
    const table = (): FakeTable => this.require(ref(), "The table");
    const body = (): Rect => {
      const t = table();
      return { sheet: t.sheet, row: t.top + 1, column: t.left, rows: t.rows, columns: t.width };
    };
    const mock = this.mock(
      { name: () => table().name },
      {
        getHeaderRowRange: () =>
          this.rangeHandle(() => {
            const t = table();
            return { sheet: t.sheet, row: t.top, column: t.left, rows: 1, columns: t.width };
          }),
        getDataBodyRange: () => this.rangeHandle(body),
        delete: () =>
          this.queue.push(() => {
            const gone = table();
            this.tables.splice(this.tables.indexOf(gone), 1);
            this.structural.push(`delete table ${gone.name}`);
          }),
        getRange: () =>
          this.rangeHandle(() => {
            const t = table();
            return {
              sheet: t.sheet,
              row: t.top,
              column: t.left,
              rows: t.rows + 1,
              columns: t.width,
            };
          }),
        worksheet: this.sheetHandle(() => ref()?.sheet),
        rows: {
          add: (index: number | undefined, values: unknown[][]) => {
            this.requestBytes += payloadSize(values);
            this.queue.push(() => {
              const t = table();
              // TableRowCollection.add(index, values): index null/undefined appends; otherwise
              // the rows at and below it move down
              // (https://learn.microsoft.com/en-us/javascript/api/excel/excel.tablerowcollection#excel-excel-tablerowcollection-add-member(1)).
              let at = index === undefined || index === null ? t.rows : index;
              if (at < 0 || at > t.rows) throw new FakeExcelError("InvalidArgument", "row index");
              for (const cells of values) {
                if (cells.length !== t.width)
                  throw new FakeExcelError("InvalidArgument", "row width");
                coAuthorMoves.insertRow(t, at, []);
                cells.forEach((v, c) => t.sheet.set(t.top + 1 + at, t.left + c, typedInput(v)));
                this.written.push(
                  ...cells.map((_, c) => cellAddress(t.sheet.name, t.top + 1 + at, t.left + c))
                );
                at += 1;
                this.structural.push(`add row ${t.rows}`);
              }
            });
          },
          getItemAt: (index: number) => ({
            delete: () =>
              this.queue.push(() => {
                const t = table();
                if (index < 0 || index >= t.rows)
                  throw new FakeExcelError("InvalidArgument", "row");
                // Cells move up whole: text kept as text moves as text.
                coAuthorMoves.deleteRow(t, index, true);
                this.structural.push(`delete row ${index + 1}`);
              }),
          }),
        },
        columns: {
          add: (index: number | undefined, values: unknown, name: string) => {
            this.queue.push(() => {
              const t = table();
              if (index !== undefined || values !== undefined)
                throw new Error("The fake only appends empty columns");
              t.sheet.set(t.top, t.left + t.width, name);
              t.width += 1;
              this.structural.push(`add column ${name}`);
            });
          },
        },
      },
      {
        name: (value) => {
          table().name = String(value);
        },
        style: (value) => this.log.push(`${table().name} style = ${describe(value)}`),
        showTotals: (value) => {
          table().totals = value === true;
        },
      }
    );
    this.nullable(mock, ref);
    return mock;
  }

  private nameHandle(name: string): OfficeMockObject {
    const ref = (): FakeName | undefined => this.findName(name);
    const mock = this.mock(
      {
        type: () => {
          const n = ref();
          return n && "sheet" in n ? "Range" : "Formula";
        },
        formula: () => {
          const n = ref();
          if (!n) return undefined;
          return "sheet" in n
            ? `='${n.sheet.name}'!$${columnLetters(n.column)}$${n.row}`
            : n.formula;
        },
        // A constant formula such as =2 computes to its number.
        value: () => {
          const n = ref();
          if (!n || "sheet" in n) return undefined;
          const constant = /^=(-?\d+(\.\d+)?)$/.exec(n.formula);
          return constant ? Number(constant[1]) : n.formula;
        },
      },
      {
        getRange: () =>
          this.rangeHandle(() => {
            const n = this.require(ref(), `The name ${name}`);
            if (!("sheet" in n)) {
              throw new FakeExcelError("InvalidArgument", `${name} is not a range`);
            }
            return { sheet: n.sheet, row: n.row, column: n.column, rows: 1, columns: 1 };
          }),
      },
      {
        formula: (value) => {
          const n = this.require(ref(), `The name ${name}`);
          if ("sheet" in n) throw new FakeExcelError("InvalidArgument", "not a formula name");
          n.formula = String(value);
        },
      }
    );
    this.nullable(mock, ref);
    return mock;
  }

  // ---- Excel on the web: column widths and conditional formats (see excelWeb.ts) ----

  /** The tables as they are now, for names added with structured references. */
  private tablePlaces(): TablePlace[] {
    return this.tables.map((t) => ({
      name: t.name,
      sheet: t.sheet.name,
      headers: Array.from({ length: t.width }, (_, c) => String(t.sheet.get(t.top, t.left + c))),
      top: t.top,
      left: t.left,
      rows: t.rows,
    }));
  }

  /** A range's format: logged as before; column widths and autofit also change the model. */
  private widthsOf(rect: () => Rect, format: unknown, address: () => string): unknown {
    const columns = (apply: (sheet: FakeSheet, column: number) => void): void => {
      const r = rect();
      for (let c = r.column; c < r.column + r.columns; c++) apply(r.sheet, c);
    };
    return new Proxy(format as object, {
      get: (target, prop, receiver) => {
        if (prop !== "autofitColumns") return Reflect.get(target, prop, receiver) as unknown;
        return () =>
          this.queue.push(() => {
            this.log.push(`${address()} format.autofitColumns()`);
            columns((sheet, column) => {
              const cells = [...sheet.cells.entries()]
                .filter(([k]) => Number(k.split(",")[1]) === column)
                .map(([, v]) => v);
              sheet.columnWidths.set(column, autofitWidth(cells));
            });
          });
      },
      set: (target, prop, value, receiver) => {
        if (prop === "columnWidth") {
          this.queue.push(() => columns((sheet, c) => sheet.columnWidths.set(c, Number(value))));
        }
        return Reflect.set(target, prop, value, receiver);
      },
    });
  }

  /** conditionalFormats.add("CellValue"): logged, and the rule kept as Excel keeps formula1. */
  private conditionalFormatsOf(rect: () => Rect, address: () => string): unknown {
    return {
      add: (type: string) => {
        this.queue.push(() =>
          this.log.push(`${address()} conditionalFormats.add(${describe(type)})`)
        );
        const cellValue = {
          format: this.recorder("conditionalFormats.add().cellValue.format", address),
        };
        Object.defineProperty(cellValue, "rule", {
          set: (rule: { formula1: unknown; operator: string }) =>
            this.queue.push(() => {
              this.log.push(
                `${address()} conditionalFormats.add().cellValue.rule = ${describe(rule)}`
              );
              rect().sheet.conditionalRules.push({
                address: address(),
                operator: rule.operator,
                formula1: keptRuleFormula(rule.formula1),
              });
            }),
        });
        return { cellValue };
      },
    };
  }

  private rangeHandle(rect: () => Rect): OfficeMockObject {
    const values = (): unknown[][] => {
      const r = rect();
      return Array.from({ length: r.rows }, (_, i) =>
        Array.from({ length: r.columns }, (_, j) => r.sheet.get(r.row + i, r.column + j))
      );
    };
    const each = (
      visit: (sheet: FakeSheet, row: number, column: number, i: number, j: number) => void
    ): void => {
      const r = rect();
      for (let i = 0; i < r.rows; i++) {
        for (let j = 0; j < r.columns; j++) visit(r.sheet, r.row + i, r.column + j, i, j);
      }
    };
    const address = (): string => {
      const r = rect();
      const first = cellAddress(r.sheet.name, r.row, r.column);
      if (r.rows === 1 && r.columns === 1) return first;
      const last = cellAddress("", r.row + r.rows - 1, r.column + r.columns - 1);
      return `${first}:${last}`;
    };
    const sized = (value: unknown): unknown[][] => {
      const r = rect();
      const grid = value as unknown[][];
      if (
        !Array.isArray(grid) ||
        grid.length !== r.rows ||
        grid.some((row) => row.length !== r.columns)
      ) {
        throw new FakeExcelError("InvalidArgument", `The value does not fit ${address()}`);
      }
      return grid;
    };
    const mock = this.mock(
      {
        values: () => {
          const r = rect();
          return values().map((row, i) => row.map((v, j) => this.computed(r, i, j, v)));
        },
        formulas: values,
        address,
        rowCount: () => rect().rows,
        columnCount: () => rect().columns,
      },
      {
        getCell: (row: number, column: number) =>
          this.rangeHandle(() => {
            const r = rect();
            if (row >= r.rows || column >= r.columns)
              throw new FakeExcelError("InvalidArgument", "cell outside range");
            return { ...r, row: r.row + row, column: r.column + column, rows: 1, columns: 1 };
          }),
        getRow: (row: number) =>
          this.rangeHandle(() => {
            const r = rect();
            if (row >= r.rows) throw new FakeExcelError("InvalidArgument", "row outside range");
            return { ...r, row: r.row + row, rows: 1 };
          }),
        clear: (applyTo: string) =>
          this.queue.push(() => {
            if (applyTo !== "Contents") throw new Error("The fake clears contents only");
            each((sheet, row, column) => {
              sheet.set(row, column, "");
              this.written.push(cellAddress(sheet.name, row, column));
            });
          }),
        // The surrounding region of the top-left cell: "a range bounded by any combination of
        // blank rows and blank columns relative to this range" (ExcelApi 1.7,
        // https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-getsurroundingregion-member(1)),
        // as Ctrl+* or Insert > Table takes it: it grows while a non-blank cell touches it,
        // corners included.
        getSurroundingRegion: () => this.rangeHandle(() => surroundingRegion(rect())),
        getSpecialCellsOrNullObject: (type: string) => this.formulaCellsOf(rect, type),
        format: this.widthsOf(rect, this.recorder("format", address), address),
        conditionalFormats: this.conditionalFormatsOf(rect, address),
        dataValidation: this.mock(
          {},
          {
            clear: () =>
              this.queue.push(() => each((s, row, c) => s.validations.delete(`${row},${c}`))),
          },
          {
            rule: (v) => each((s, row, c) => s.validations.set(`${row},${c}`, v)),
            errorAlert: (v) =>
              this.log.push(`${address()} dataValidation.errorAlert = ${describe(v)}`),
          }
        ),
      },
      {
        values: (value) => {
          const grid = sized(value);
          each((sheet, row, column, i, j) => {
            sheet.set(row, column, typedInput(grid[i]?.[j]));
            this.written.push(cellAddress(sheet.name, row, column));
          });
        },
        formulas: (value) => {
          const grid = sized(value);
          each((sheet, row, column, i, j) => {
            sheet.set(row, column, typedInput(grid[i]?.[j]));
            this.written.push(cellAddress(sheet.name, row, column));
          });
        },
        numberFormat: (value) => {
          const grid = sized(value);
          each((sheet, row, column, i, j) =>
            sheet.numberFormats.set(`${row},${column}`, grid[i]?.[j])
          );
        },
      }
    );
    (mock as unknown as { __rect: () => Rect }).__rect = rect;
    return mock;
  }
}

/** The block around a range's top-left cell bounded by blank rows and columns. */
function surroundingRegion(from: Rect): Rect {
  const { sheet } = from;
  let [top, left, bottom, right] = [from.row, from.column, from.row, from.column];
  const filled = (row: number, column: number): boolean =>
    row >= 1 && column >= 0 && sheet.get(row, column) !== "";
  const any = (rows: [number, number], columns: [number, number]): boolean => {
    for (let r = rows[0]; r <= rows[1]; r++) {
      for (let c = columns[0]; c <= columns[1]; c++) if (filled(r, c)) return true;
    }
    return false;
  };
  for (let grew = true; grew;) {
    grew = false;
    if (any([top - 1, top - 1], [left - 1, right + 1])) [top, grew] = [top - 1, true];
    if (any([bottom + 1, bottom + 1], [left - 1, right + 1])) [bottom, grew] = [bottom + 1, true];
    if (any([top, bottom], [left - 1, left - 1])) [left, grew] = [left - 1, true];
    if (any([top, bottom], [right + 1, right + 1])) [right, grew] = [right + 1, true];
  }
  return { sheet, row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
}

/** The smallest block holding every non-empty cell, as a sheet's used range (values only). */
function usedRect(
  sheet: FakeSheet,
  calculated: { rows: number; columns: number } | null
): Rect | undefined {
  let top = Infinity;
  let left = Infinity;
  let bottom = calculated && calculated.rows > 0 ? calculated.rows : -Infinity;
  let right = calculated && calculated.columns > 0 ? calculated.columns - 1 : -Infinity;
  for (const key of sheet.cells.keys()) {
    const [r = 0, c = 0] = key.split(",").map(Number);
    top = Math.min(top, r);
    left = Math.min(left, c);
    bottom = Math.max(bottom, r);
    right = Math.max(right, c);
  }
  if (top === Infinity) return undefined;
  return { sheet, row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
}

function describe(value: unknown): string {
  const rect = rectOf(value);
  if (rect) {
    const r = rect();
    return `${cellAddress(r.sheet.name, r.row, r.column)}:${cellAddress("", r.row + r.rows - 1, r.column + r.columns - 1)}`;
  }
  return JSON.stringify(value);
}

function rectOf(reference: unknown): (() => Rect) | null {
  const rect = (reference as { __rect?: () => Rect } | null)?.__rect;
  return typeof rect === "function" ? rect : null;
}

function parseRect(sheet: FakeSheet, address: string): Rect {
  const whole = /^([A-Z]+):([A-Z]+)$/i.exec(address);
  if (whole?.[1] && whole[2]) {
    const column = columnIndex(whole[1]);
    return { sheet, row: 1, column, rows: 1048576, columns: columnIndex(whole[2]) - column + 1 };
  }
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(address);
  if (!m?.[1] || !m[2]) throw new FakeExcelError("InvalidArgument", `bad address ${address}`);
  const column = columnIndex(m[1]);
  const row = Number(m[2]);
  const lastColumn = m[3] ? columnIndex(m[3]) : column;
  const lastRow = m[4] ? Number(m[4]) : row;
  return { sheet, row, column, rows: lastRow - row + 1, columns: lastColumn - column + 1 };
}

/** A workbook laid out as the add-in lays it out, or with the table elsewhere. */
export function scenarioWorkbook(options: {
  headers: unknown[];
  rows: unknown[][];
  active?: unknown;
  names?: readonly string[];
  /** The PP_Layout name's value; left out, the workbook has no such name. */
  layout?: number;
  at?: { row: number; column: number };
}): { excel: FakeExcel; sheet: FakeSheet } {
  const excel = new FakeExcel();
  const sheet = excel.addSheet("PP Scenarios");
  const at = options.at ?? { row: 3, column: 0 };
  options.headers.forEach((h, c) => sheet.set(at.row, at.column + c, h));
  options.rows.forEach((cells, r) =>
    cells.forEach((v, c) => sheet.set(at.row + 1 + r, at.column + c, v))
  );
  excel.tables.push({
    name: "PP_Scenarios",
    sheet,
    top: at.row,
    left: at.column,
    width: options.headers.length,
    rows: Math.max(1, options.rows.length),
  });
  sheet.set(1, 0, "Active scenario");
  sheet.set(1, 1, options.active ?? "");
  for (const name of options.names ?? []) {
    if (name === "PP_Active") excel.names.push({ name, comment: "", sheet, row: 1, column: 1 });
    else excel.names.push({ name, comment: "", formula: `=${name}` });
  }
  if (options.layout !== undefined) {
    excel.names.push({ name: "PP_Layout", comment: "", formula: `=${options.layout}` });
  }
  return { excel, sheet };
}

/** The add-in's Excel workbook layer over this fake: Excel.run, event removal, document settings. */
export function officeStore(excel: FakeExcel): OfficeWorkbook {
  return new OfficeWorkbook(
    (batch) => excel.runWith({}, batch),
    (context, batch) => batch(context),
    () => excel.documentSettings,
    (batch) => excel.runWith({ delayForCellEdit: true }, batch)
  );
}

/**
 * What a co-author can do to a table between two of the add-in's syncs, on the fake's model.
 * Each is something Excel on the web lets a person do to a table: sort it, insert or delete rows,
 * type over a name, rename a header, convert it to a range, edit a cell.
 */
export const coAuthorMoves = {
  /** Data row `at` (0-based) and below move down one; the new row holds `cells`. */
  insertRow(t: FakeTable, at: number, cells: readonly unknown[]): void {
    for (let r = t.rows - 1; r >= at; r--) {
      for (let c = 0; c < t.width; c++) {
        t.sheet.set(t.top + 2 + r, t.left + c, rawCell(t.sheet, t.top + 1 + r, t.left + c));
      }
    }
    for (let c = 0; c < t.width; c++) t.sheet.set(t.top + 1 + at, t.left + c, cells[c] ?? "");
    t.rows += 1;
  },
  deleteRow(t: FakeTable, at: number, lastToo = false): void {
    if ((t.rows <= 1 && !lastToo) || at < 0 || at >= t.rows) return;
    for (let r = at; r < t.rows - 1; r++) {
      for (let c = 0; c < t.width; c++) {
        t.sheet.set(t.top + 1 + r, t.left + c, rawCell(t.sheet, t.top + 2 + r, t.left + c));
      }
    }
    for (let c = 0; c < t.width; c++) t.sheet.set(t.top + t.rows, t.left + c, "");
    t.rows -= 1;
  },
  /** Sorts the data rows on one column's text, moving whole rows (formulas move with them). */
  sortRows(t: FakeTable, column: number, descending: boolean): void {
    const rows = Array.from({ length: t.rows }, (_, r) =>
      Array.from({ length: t.width }, (_, c) => rawCell(t.sheet, t.top + 1 + r, t.left + c))
    );
    // Excel sorts on what a cell shows: text kept as text sorts without its apostrophe.
    const shown = (cell: unknown): string => {
      const text = String(cell ?? "");
      return text.startsWith("'") ? text.slice(1) : text;
    };
    rows.sort((a, b) => {
      const order = shown(a[column]).localeCompare(shown(b[column]));
      return descending ? -order : order;
    });
    rows.forEach((cells, r) => cells.forEach((v, c) => t.sheet.set(t.top + 1 + r, t.left + c, v)));
  },
  setCell(t: FakeTable, row: number, column: number, value: unknown): void {
    if (row < 0 || row >= t.rows || column < 0 || column >= t.width) return;
    t.sheet.set(t.top + 1 + row, t.left + column, value);
  },
  /**
   * Typing a new header renames the table column, and Excel rewrites every structured reference
   * to it, defined names included ("If you rename a column, structured references to it are
   * updated automatically": https://support.microsoft.com/en-us/office/using-structured-references-with-excel-tables-f5ed2452-2337-4f71-bed3-c8ae6d2b276e).
   */
  renameColumn(t: FakeTable, column: number, header: string, excel?: FakeExcel): void {
    if (column < 0 || column >= t.width) return;
    const old = String(t.sheet.get(t.top, t.left + column));
    t.sheet.set(t.top, t.left + column, header);
    const escape = (h: string): string => h.replace(/['#[\]]/g, (c) => `'${c}`);
    for (const n of excel?.names ?? []) {
      if ("formula" in n) {
        n.formula = n.formula
          .split(`${t.name}[${escape(old)}]`)
          .join(`${t.name}[${escape(header)}]`);
      }
    }
  },
  /** Table > Convert to Range: the cells stay, the table (and its name) go. */
  convertToRange(excel: FakeExcel, t: FakeTable): void {
    const at = excel.tables.indexOf(t);
    if (at >= 0) excel.tables.splice(at, 1);
  },
};

/** A cell as stored, with text that looks like a formula given back its apostrophe. */
function rawCell(sheet: FakeSheet, row: number, column: number): unknown {
  const value = sheet.get(row, column);
  return sheet.textCells.has(`${row},${column}`) ? `'${String(value)}` : value;
}
