/**
 * "Share as values" in Excel, within Excel on the web's 5 MB limit on each request and each
 * response ("Excel add-ins" in
 * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization).
 * Reading every sheet's used range in one request fails on a workbook with a large data sheet,
 * so the copy finds the sheets with formulas cheaply first and moves cells in chunks:
 *
 * - 1 sync: the sheets, the tables and the PP_Active name;
 * - 1 sync: each sheet's used range (its address) and how many formula cells it has
 *   (getSpecialCellsOrNullObject("Formulas"), ExcelApi 1.9): a sheet without formulas (a plain
 *   data sheet of any size) is never read;
 * - 1 sync per group of chunks, each group at most CELL_BUDGET cells of formulas and as many of
 *   values, over the sheets with formulas and the scenario sheet: which call a PP function, and
 *   what they show;
 * - 1 sync per WRITE_BUDGET bytes of values written over the copies, the last one with the cover
 *   sheet (at least one).
 *
 * So a workbook of a few thousand cells costs 4 syncs, and the count grows only with the cells of
 * the sheets holding formulas, by one sync a chunk. A group that still comes back over the limit
 * (long text) is read again in halves.
 */
import { cellAddress, columnLetters, parseRangeAddress } from "../core/a1";
import { ACTIVE_NAME, SCENARIO_SHEET, cellText } from "../core/scenarios";
import { freeSheetName } from "../core/sheetSpec";
import {
  COVER_SHEET,
  coverSpec,
  snapshotName,
  snapshotValue,
  usesPPFunction,
  type SnapshotCopy,
} from "../core/snapshot";
import { writeSheetSpec } from "./officeSheetWriter";
import { ScenarioActionError, type Snapshot } from "./store";

/** Cells of formulas (and as many of values) read in one sync: well under 5 MB for usual cells. */
export const CELL_BUDGET = 20_000;
/** Bytes of values written in one sync, as their JSON text: under half the 5 MB limit. */
export const WRITE_BUDGET = 2_000_000;

/** Rows `top` (0-based, within the used range) to top + rows - 1 of one sheet's used range. */
export interface Chunk {
  readonly sheet: number;
  readonly top: number;
  readonly rows: number;
}

export interface UsedArea {
  readonly name: string;
  /** Top-left of the used range: 1-based row, 0-based column. */
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

export const chunkAddress = (area: UsedArea, chunk: Chunk): string =>
  `${cellAddress("", area.row + chunk.top, area.column)}:${columnLetters(
    area.column + area.columns - 1
  )}${area.row + chunk.top + chunk.rows - 1}`;

const isPayloadLimit = (e: unknown): boolean =>
  /PayloadSizeLimitExceeded/.test(String((e as { code?: unknown } | null)?.code ?? ""));

/** Cuts each sheet's used range into chunks of whole rows of at most CELL_BUDGET cells. */
export function chunksOf(areas: readonly UsedArea[], sheets: readonly number[]): Chunk[] {
  const chunks: Chunk[] = [];
  for (const sheet of sheets) {
    const area = areas[sheet];
    if (area === undefined) continue;
    const step = Math.max(1, Math.floor(CELL_BUDGET / area.columns));
    for (let top = 0; top < area.rows; top += step) {
      chunks.push({ sheet, top, rows: Math.min(step, area.rows - top) });
    }
  }
  return chunks;
}

/** Groups chunks so each sync reads at most CELL_BUDGET cells. */
function groupsOf(chunks: readonly Chunk[], areas: readonly UsedArea[]): Chunk[][] {
  const groups: Chunk[][] = [];
  let group: Chunk[] = [];
  let cells = 0;
  for (const c of chunks) {
    const size = c.rows * (areas[c.sheet]?.columns ?? 1);
    if (group.length > 0 && cells + size > CELL_BUDGET) {
      groups.push(group);
      group = [];
      cells = 0;
    }
    group.push(c);
    cells += size;
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

export interface ReadChunk {
  readonly chunk: Chunk;
  readonly formulas: unknown[][];
  readonly values: unknown[][];
}

/** Reads the chunks' formulas and values, one sync a group; a group over the limit in halves. */
export async function readChunks(
  context: Excel.RequestContext,
  sheets: readonly Excel.Worksheet[],
  areas: readonly UsedArea[],
  chunks: readonly Chunk[]
): Promise<ReadChunk[]> {
  const read: ReadChunk[] = [];
  const pending = groupsOf(chunks, areas);
  while (pending.length > 0) {
    const group = pending.shift() as Chunk[];
    const ranges = group.map((chunk) => ({
      chunk,
      range: (sheets[chunk.sheet] as Excel.Worksheet)
        .getRange(chunkAddress(areas[chunk.sheet] as UsedArea, chunk))
        .load("formulas, values"),
    }));
    try {
      // One sync a chunk group is the point: each request stays under the payload limit.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (e) {
      const halves = group.flatMap((c) =>
        c.rows < 2
          ? []
          : [
              { ...c, rows: Math.ceil(c.rows / 2) },
              { ...c, top: c.top + Math.ceil(c.rows / 2), rows: Math.floor(c.rows / 2) },
            ]
      );
      if (!isPayloadLimit(e) || halves.length < group.length * 2) throw e;
      pending.unshift(...halves.map((h) => [h]));
      continue;
    }
    for (const { chunk, range } of ranges) {
      read.push({ chunk, formulas: range.formulas, values: range.values });
    }
  }
  return read;
}

/**
 * One sync: each sheet's used range and whether it holds any formula
 * (getSpecialCellsOrNullObject("Formulas"), ExcelApi 1.9), without reading its cells.
 */
export async function probeSheets(
  context: Excel.RequestContext,
  sheets: readonly Excel.Worksheet[]
): Promise<{ areas: UsedArea[]; hasFormulas: boolean[] }> {
  const probes = sheets.map((sheet) => ({
    used: sheet.getUsedRangeOrNullObject(true).load("address, rowCount, columnCount"),
    formulaCells: sheet.getRange().getSpecialCellsOrNullObject("Formulas").load("cellCount"),
  }));
  await context.sync();
  const areas = sheets.map((sheet, i): UsedArea => {
    const used = probes[i]?.used;
    if (used === undefined || used.isNullObject) {
      return { name: sheet.name, row: 1, column: 0, rows: 0, columns: 0 };
    }
    const at = parseRangeAddress(used.address);
    return {
      name: sheet.name,
      row: at.row,
      column: at.column,
      rows: used.rowCount,
      columns: used.columnCount,
    };
  });
  return { areas, hasFormulas: probes.map((p) => !p.formulaCells.isNullObject) };
}

export async function shareAsValues(
  context: Excel.RequestContext,
  made: string
): Promise<Snapshot> {
  const workbook = context.workbook;
  workbook.worksheets.load("items/name");
  workbook.tables.load("items/name");
  const activeItem = workbook.names.getItemOrNullObject(ACTIVE_NAME).load("type");
  await context.sync();

  const sheets = workbook.worksheets.items;
  const activeCell =
    !activeItem.isNullObject && activeItem.type === "Range"
      ? activeItem.getRange().load("values")
      : null;
  const { areas, hasFormulas } = await probeSheets(context, sheets);
  const candidates = sheets
    .map((sheet, i) => ({ sheet, i }))
    .filter(
      ({ sheet, i }) =>
        (areas[i]?.rows ?? 0) > 0 && (sheet.name === SCENARIO_SHEET || hasFormulas[i] === true)
    )
    .map(({ i }) => i);
  const read = await readChunks(context, sheets, areas, chunksOf(areas, candidates));

  const chosen = candidates.filter(
    (i) =>
      sheets[i]?.name === SCENARIO_SHEET ||
      read.some((r) => r.chunk.sheet === i && r.formulas.some((row) => row.some(usesPPFunction)))
  );
  if (!chosen.some((i) => sheets[i]?.name !== SCENARIO_SHEET)) {
    throw new ScenarioActionError(
      "No sheet in this workbook uses a PP function yet, so there is nothing to turn into values."
    );
  }

  const takenSheets = sheets.map((s) => s.name);
  const copies: SnapshotCopy[] = [];
  const copySheets = new Map<number, Excel.Worksheet>();
  for (const i of chosen) {
    const original = sheets[i] as Excel.Worksheet;
    const name = snapshotName(original.name, takenSheets);
    takenSheets.push(name);
    const copy = original.copy("End");
    copy.name = name;
    copySheets.set(i, copy);
    copies.push({ original: original.name, copy: name });
  }

  // What each original shows, spills included, written over the copy's formulas in chunks.
  let bytes = 0;
  for (const r of read) {
    const copy = copySheets.get(r.chunk.sheet);
    if (copy === undefined) continue;
    const values = r.values.map((row) => row.map(snapshotValue));
    const size = JSON.stringify(values).length;
    if (bytes > 0 && bytes + size > WRITE_BUDGET) {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request a chunk
      await context.sync();
      bytes = 0;
    }
    if (bytes === 0) {
      context.application.suspendApiCalculationUntilNextSync();
      context.application.suspendScreenUpdatingUntilNextSync();
    }
    copy.getRange(chunkAddress(areas[r.chunk.sheet] as UsedArea, r.chunk)).values = values;
    bytes += size;
  }

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
}
