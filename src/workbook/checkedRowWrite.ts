/**
 * Writes to one scenario row so that the cells written are the ones read. Excel has no
 * transactions and an action needs a read before it knows where to write, so a co-author's sort,
 * insert, delete or edit can land between the read's sync and the write's. The write's batch
 * therefore loads the header and the target row again *before* its writes: commands in a batch
 * run in the order queued ("the queued commands are run in the order in which they were
 * queued", https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-core-concepts#sync),
 * so those loads show the row exactly as the writes found it. If it is not the row read (another
 * name, another cell changed, a column renamed or moved), the same cells are put back as they
 * were in one more sync and the action is refused: nothing the planner typed is reported saved
 * when it went elsewhere, and the other scenario gets its own cells back.
 */
import { asCellText } from "../core/cellText";
import { formulaText, type FoundTable } from "../core/scenarios";
import { ScenarioActionError } from "./store";

/** A cell of the row to write: `formula` is written through Range.formulas, else Range.values. */
export interface RowWrite {
  readonly column: number;
  readonly value: unknown;
  readonly asFormula?: boolean;
}

/** Another single cell written in the same batch (the active-scenario cell), put back alike. */
export interface ExtraWrite {
  readonly range: Excel.Range;
  readonly value: string;
}

const MOVED =
  "The scenario table changed while saving (perhaps a co-author sorted, added, deleted or edited rows). Nothing was saved: check the table and try again.";

/**
 * What to write through Range.formulas to put a cell back: its formula, or its constant; a text
 * constant goes back as text, so "1/2" or "=see HR" is not read as typed input.
 */
function restored(formula: unknown, value: unknown): unknown {
  if (formulaText(formula, value) !== null) return formula;
  return asCellText(value);
}

const same = (a: unknown, b: unknown): boolean =>
  a === b || (typeof a === "number" && typeof b === "number" && Object.is(a, b));

function sameRow(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((cell, i) => same(cell, b[i]));
}

/** Turns Excel's failure to find the table (deleted or converted to a range) into a refusal. */
async function syncOrRefuse(context: Excel.RequestContext): Promise<void> {
  try {
    await context.sync();
  } catch (error) {
    if (error instanceof ScenarioActionError) throw error;
    throw new ScenarioActionError(MOVED);
  }
}

/**
 * One sync when the row is still the one read; two, and a refusal, when it is not.
 * `found` is what the action read; `row` the data row it means.
 */
export async function writeRowChecked(
  context: Excel.RequestContext,
  table: Excel.Table,
  found: FoundTable,
  row: number,
  writes: readonly RowWrite[],
  extra: readonly ExtraWrite[] = []
): Promise<void> {
  const header = table.getHeaderRowRange().load("values");
  const body = table.getDataBodyRange();
  const before = body.getRow(row).load("formulas, values");
  const extraBefore = extra.map((e) => e.range.load("formulas, values"));
  for (const w of writes) {
    const cell = body.getCell(row, w.column);
    if (w.asFormula === true) cell.formulas = [[w.value]];
    else cell.values = [[w.value]];
  }
  for (const e of extra) e.range.values = [[e.value]];
  await syncOrRefuse(context);

  const read = found.formulas?.[row] ?? found.rows[row] ?? [];
  if (sameRow(header.values[0] ?? [], found.headers) && sameRow(before.formulas[0] ?? [], read)) {
    return;
  }
  // Put back exactly what the writes replaced, where they replaced it.
  const was = before.formulas[0] ?? [];
  const shown = before.values[0] ?? [];
  for (const w of writes) {
    body.getCell(row, w.column).formulas = [[restored(was[w.column] ?? "", shown[w.column])]];
  }
  putBack(extra, extraBefore);
  await syncOrRefuse(context);
  throw new ScenarioActionError(MOVED);
}

/**
 * Deletes one data row, checked the same way: the batch loads the row before deleting it, and a
 * row that was not the one read is put back at its place (its cells; Excel keeps the table's
 * formatting for an inserted row).
 */
export async function deleteRowChecked(
  context: Excel.RequestContext,
  table: Excel.Table,
  found: FoundTable,
  row: number,
  extra: readonly ExtraWrite[] = []
): Promise<void> {
  const header = table.getHeaderRowRange().load("values");
  const before = table.getDataBodyRange().getRow(row).load("formulas, values");
  const extraBefore = extra.map((e) => e.range.load("formulas, values"));
  table.rows.getItemAt(row).delete();
  for (const e of extra) e.range.values = [[e.value]];
  await syncOrRefuse(context);

  const read = found.formulas?.[row] ?? found.rows[row] ?? [];
  if (sameRow(header.values[0] ?? [], found.headers) && sameRow(before.formulas[0] ?? [], read)) {
    return;
  }
  const shown = before.values[0] ?? [];
  const cells = (before.formulas[0] ?? []).map((f, i) => restored(f, shown[i]));
  table.rows.add(row, [cells as (string | number | boolean)[]]);
  putBack(extra, extraBefore);
  await syncOrRefuse(context);
  throw new ScenarioActionError(MOVED);
}

function putBack(extra: readonly ExtraWrite[], before: readonly Excel.Range[]): void {
  extra.forEach((e, i) => {
    const b = before[i];
    e.range.formulas = [[restored(b?.formulas[0]?.[0] ?? "", b?.values[0]?.[0])]];
  });
}

/**
 * Appends a row laid out by the headers read, checked the same way: if the header row changed
 * before the append ran (a column renamed or moved), the appended row is deleted again.
 */
export async function appendRowChecked(
  context: Excel.RequestContext,
  table: Excel.Table,
  found: FoundTable,
  cells: readonly unknown[],
  extra: readonly ExtraWrite[] = []
): Promise<void> {
  const header = table.getHeaderRowRange().load("values");
  const extraBefore = extra.map((e) => e.range.load("formulas, values"));
  table.rows.add(undefined, [cells as (string | number | boolean)[]]);
  const after = table.getDataBodyRange().load("rowCount");
  for (const e of extra) e.range.values = [[e.value]];
  await syncOrRefuse(context);
  if (sameRow(header.values[0] ?? [], found.headers)) return;
  table.rows.getItemAt(after.rowCount - 1).delete();
  putBack(extra, extraBefore);
  await syncOrRefuse(context);
  throw new ScenarioActionError(MOVED);
}
