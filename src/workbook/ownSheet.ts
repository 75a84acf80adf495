/**
 * Rewrites one of the add-in's own sheets (PP Sources) without losing what the planner added.
 *
 * The add-in recognises its sheet by more than a name: after each write it keeps, in the
 * workbook's document settings, the id of the sheet it wrote, the table's name and the text of
 * the title and note cells it wrote. A worksheet's id stays the same when the sheet is renamed
 * ("Returns a value that uniquely identifies the worksheet in a given workbook. The value of the
 * identifier remains the same even if the worksheet is renamed or moved":
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheet#excel-excel-worksheet-id-member).
 *
 * - Its table on its sheet is rewritten in place: only the table's rows change (rows added or
 *   removed at the end to fit, then the spec's columns written); every cell outside the table,
 *   such as a note beside it, is kept, and the title and note cells are rewritten only while
 *   they still hold what the add-in wrote there.
 * - A sheet renamed to keep a version (its table goes with it) is left alone: a fresh sheet is
 *   written under the name, with the next free table name (PP_Sources2).
 * - A sheet of that name the add-in did not write is refused.
 *
 * Syncs: one to list sheets and tables, one to read the table's place when it exists, one to
 * write; whatever the number of rows.
 */
import { cellAddress, columnLetters, parseRangeAddress } from "../core/a1";
import type { SheetSpec } from "../core/sheetSpec";
import type { DocumentSettings } from "./documentSettings";
import { cellFormula, writeSheetSpec } from "./officeSheetWriter";
import { ScenarioActionError, type InsertedSheet, type SheetNames } from "./store";

/** The document setting holding, per sheet name, what the add-in last wrote there. */
export const OWN_SHEETS_SETTING = "PP.OwnSheets";

/** What the add-in wrote under one sheet name. */
export interface OwnSheetMark {
  /** Worksheet.id of the sheet it wrote. */
  readonly sheetId: string;
  readonly table: string;
  /** The title and notes, A1 down, as written. */
  readonly cells: readonly string[];
}

type Marks = Record<string, OwnSheetMark>;

function marksOf(settings: DocumentSettings): Marks {
  try {
    const value: unknown = settings.get(OWN_SHEETS_SETTING);
    return value !== null && typeof value === "object" ? (value as Marks) : {};
  } catch {
    return {};
  }
}

const key = (sheet: string): string => sheet.toLowerCase();
const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** The first of base, base2, base3, … no table in the workbook has. */
function freeTableName(base: string, taken: readonly string[]): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base}${n}`;
    if (!taken.some((t) => same(t, name))) return name;
  }
}

/**
 * Without a mark (a sheet written before marks were kept), a title or note cell counts as the
 * add-in's when it reads as the new text does once numbers (dates, versions) are set aside.
 */
const shape = (text: string): string => text.replace(/\d+/g, "#");

function remember(settings: DocumentSettings, sheet: string, mark: OwnSheetMark): Promise<void> {
  const marks = { ...marksOf(settings), [key(sheet)]: mark };
  settings.set(OWN_SHEETS_SETTING, marks);
  return new Promise<void>((resolve) => {
    settings.saveAsync((result) => {
      // Best effort: without the mark the next refresh still recognises the sheet by its table
      // and by the text of its title and notes.
      if (String(result.status) !== "succeeded") {
        console.warn(`The planner could not note which sheet it wrote: ${result.error?.message}`);
      }
      resolve();
    });
  });
}

export async function replaceOwnSheet(
  context: Excel.RequestContext,
  settings: DocumentSettings,
  names: SheetNames,
  build: (names: SheetNames) => SheetSpec
): Promise<InsertedSheet> {
  const mark = marksOf(settings)[key(names.sheet)];
  const sheets = context.workbook.worksheets.load("items/name, items/id");
  const tables = context.workbook.tables.load("items/name");
  await context.sync();

  const tableNames = tables.items.map((t) => t.name);
  const named = sheets.items.find((s) => same(s.name, names.sheet));
  const refuse = (): never => {
    throw new ScenarioActionError(
      `The workbook has a sheet called "${names.sheet}" that the planner did not write: rename it so the planner can write its own.`
    );
  };
  const tableName = mark?.table ?? names.table;
  const tableAt = tableNames.findIndex((t) => same(t, tableName));
  const table = tableAt < 0 ? undefined : tables.items[tableAt];

  if (table !== undefined) {
    const tableSheet = table.worksheet.load("id, name");
    const header = table.getHeaderRowRange().load("address, values, columnCount");
    const body = table.getDataBodyRange().load("rowCount");
    const spec = build({ sheet: names.sheet, table: table.name });
    const top = named?.getRange(`A1:A${1 + spec.notes.length}`).load("values");
    await context.sync();
    if (same(tableSheet.name, names.sheet)) {
      if (mark !== undefined && mark.sheetId !== tableSheet.id) refuse();
      const { cells } = rewriteInPlace(context, tableSheet, table, spec, {
        header: header.address,
        headers: header.values[0] ?? [],
        width: header.columnCount,
        rows: body.rowCount,
        top: (top?.values ?? []).map((r) => r[0]),
        written: mark?.cells ?? null,
      });
      await context.sync();
      await remember(settings, names.sheet, { sheetId: tableSheet.id, table: table.name, cells });
      return { sheet: tableSheet.name };
    }
    // The table is on a sheet renamed to keep a version: that sheet stays as it is.
  }
  if (named !== undefined) refuse();

  const fresh = { sheet: names.sheet, table: freeTableName(names.table, tableNames) };
  const spec = build(fresh);
  // A refresh happens beside other work (a plan just inserted): it does not take the focus.
  const sheet = writeSheetSpec(context, spec, { activate: false }).load("id");
  await context.sync();
  await remember(settings, fresh.sheet, {
    sheetId: sheet.id,
    table: fresh.table,
    cells: [spec.title, ...spec.notes].map(String),
  });
  return { sheet: spec.sheet };
}

interface FoundPlace {
  readonly header: string;
  readonly headers: readonly unknown[];
  readonly width: number;
  readonly rows: number;
  /** A1 down, as they are now. */
  readonly top: readonly unknown[];
  /** What the add-in wrote there last time, when it kept a mark. */
  readonly written: readonly string[] | null;
}

/**
 * Queues the rewrite of the table's rows where the table is now (the planner may have moved it),
 * and of the title and note cells still holding the add-in's text. Returns the title and note
 * cells as they will be after the write.
 */
function rewriteInPlace(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  table: Excel.Table,
  spec: SheetSpec,
  found: FoundPlace
): { cells: string[] } {
  context.application.suspendApiCalculationUntilNextSync();
  const wanted = [spec.title, ...spec.notes].map(String);
  const cells = wanted.map((text, i) => {
    const now = found.top[i];
    const nowText = now === null || now === undefined ? "" : String(now);
    const ours =
      nowText === "" ||
      nowText === text ||
      (found.written !== null ? nowText === found.written[i] : shape(nowText) === shape(text));
    if (!ours) return nowText;
    if (nowText !== text) sheet.getRange(`A${1 + i}`).values = [[cellFormula(text)]];
    return text;
  });

  const { columns, rows } = spec.table;
  const at = parseRangeAddress(found.header);
  let width = found.width;
  // Columns the planner deleted from the table come back at its right.
  for (const column of columns.slice(found.width)) {
    table.columns.add(undefined, undefined, column.header);
    width += 1;
  }
  const headersChanged = columns.some((c, i) => found.headers[i] !== c.header);
  if (headersChanged) {
    sheet.getRange(
      `${cellAddress("", at.row, at.column)}:${cellAddress("", at.row, at.column + columns.length - 1)}`
    ).values = [columns.map((c) => cellFormula(c.header))];
  }
  // The table keeps its own rows: extra ones go from the end, missing ones are added at the end.
  for (let r = found.rows - 1; r >= rows.length && r >= 1; r--) table.rows.getItemAt(r).delete();
  if (rows.length > found.rows) {
    const added = rows
      .slice(found.rows)
      .map(() => Array.from({ length: width }, (): string | number | boolean => ""));
    table.rows.add(undefined, added);
  }
  if (rows.length > 0) {
    const first = `${columnLetters(at.column)}${at.row + 1}`;
    const last = `${columnLetters(at.column + columns.length - 1)}${at.row + rows.length}`;
    const body = sheet.getRange(`${first}:${last}`);
    body.formulas = rows.map((r) => columns.map((_, i) => cellFormula(r[i] ?? "")));
    body.numberFormat = rows.map(() => columns.map((c) => c.numberFormat));
  }
  return { cells };
}
