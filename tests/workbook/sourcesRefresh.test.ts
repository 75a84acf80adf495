/**
 * Refresh sources rewrites the add-in's own PP Sources table in place, keeps what the planner
 * added beside it, leaves a sheet renamed to keep a version alone, and refuses a sheet of that
 * name it did not write. The add-in recognises its sheet by the id it noted (Worksheet.id stays
 * the same across renames), not by the name alone.
 */
import { planFigures, sourcesSpec } from "../../src/core/insertSheets";
import type { SheetSpec } from "../../src/core/sheetSpec";
import { OWN_SHEETS_SETTING } from "../../src/workbook/ownSheet";
import { FakeExcel, officeStore } from "../support/excelFake";

const NAMES = { sheet: "PP Sources", table: "PP_Sources" };

function excelWorkbook() {
  const excel = new FakeExcel();
  const store = officeStore(excel);
  return { excel, store, syncs: jest.spyOn(excel.context, "sync") };
}

/** The sources spec with its rows repeated `times` over, to show syncs do not grow with size. */
function sized(made: string, times: number) {
  return (n: { sheet: string; table: string }): SheetSpec => {
    const spec = sourcesSpec(made, n.sheet, n.table);
    const rows = Array.from({ length: times }, () => spec.table.rows).flat();
    return { ...spec, table: { ...spec.table, rows } };
  };
}

const figures = planFigures().length;

it("keeps a planner's note beside the table and rewrites only the table's rows", async () => {
  const { excel, store, syncs } = excelWorkbook();
  await store.replaceSheet(NAMES, (n) => sourcesSpec("first", n.sheet, n.table));
  const sheet = excel.findSheet("PP Sources");
  if (!sheet) throw new Error("no sheet");
  // Beside the table (column J) and above it, the planner's own notes.
  sheet.set(6, 9, "Checked with finance");
  sheet.set(4, 2, "Agreed at board");
  excel.written.length = 0;
  syncs.mockClear();

  await store.replaceSheet(NAMES, (n) => sourcesSpec("second", n.sheet, n.table));
  expect(syncs).toHaveBeenCalledTimes(3);
  expect(excel.structural).not.toContain("delete sheet PP Sources");
  expect(sheet.get(6, 9)).toBe("Checked with finance");
  expect(sheet.get(4, 2)).toBe("Agreed at board");
  expect(String(sheet.get(2, 0))).toContain("Written second");
  expect(excel.tableValues("PP_Sources").rows).toHaveLength(figures);
  // Neither note's cell is written, whatever the address's quoting.
  expect(excel.written.filter((a) => /!(J6|C4)$/.test(a))).toEqual([]);
  expect(excel.written.length).toBeGreaterThan(0);
  // Only the note that changed and the table's rows are written.
  expect(excel.written.every((a) => a === "'PP Sources'!A2" || /![A-H](\d+)$/.test(a))).toBe(true);
});

it("keeps a title or note cell the planner typed over", async () => {
  const { excel, store } = excelWorkbook();
  await store.replaceSheet(NAMES, (n) => sourcesSpec("first", n.sheet, n.table));
  excel.findSheet("PP Sources")?.set(3, 0, "Our own assumptions live on the Plan tab");
  await store.replaceSheet(NAMES, (n) => sourcesSpec("second", n.sheet, n.table));
  expect(excel.findSheet("PP Sources")?.get(3, 0)).toBe("Our own assumptions live on the Plan tab");
  expect(String(excel.findSheet("PP Sources")?.get(2, 0))).toContain("Written second");
});

it.each([
  ["more", 1, 3],
  ["fewer", 3, 1],
])("fits the table to %s rows in the same 3 syncs", async (_, before, after) => {
  const { excel, store, syncs } = excelWorkbook();
  await store.replaceSheet(NAMES, sized("first", before));
  const sheet = excel.findSheet("PP Sources");
  sheet?.set(5, 10, "note");
  syncs.mockClear();
  await store.replaceSheet(NAMES, sized("second", after));
  expect(syncs).toHaveBeenCalledTimes(3);
  const { rows } = excel.tableValues("PP_Sources");
  expect(rows).toHaveLength(figures * after);
  expect(rows.every((r) => r[0] !== "")).toBe(true);
  // No stale row is left under the table.
  expect(sheet?.get(5 + figures * after + 1, 0)).toBe("");
  expect(sheet?.get(5, 10)).toBe("note");
});

it("leaves a sheet renamed to keep a version alone and writes a fresh PP Sources", async () => {
  const { excel, store } = excelWorkbook();
  await store.replaceSheet(NAMES, (n) => sourcesSpec("May", n.sheet, n.table));
  const kept = excel.findSheet("PP Sources");
  if (!kept) throw new Error("no sheet");
  // The planner renames it to keep May's version: the table PP_Sources goes with it.
  kept.name = "Sources May";
  const before = new Map(kept.cells);

  await store.replaceSheet(NAMES, (n) => sourcesSpec("June", n.sheet, n.table));
  expect(kept.cells).toEqual(before);
  expect(excel.findTable("PP_Sources")?.sheet).toBe(kept);
  expect(excel.findTable("PP_Sources2")?.sheet.name).toBe("PP Sources");
  expect(String(excel.findSheet("PP Sources")?.get(2, 0))).toContain("Written June");

  // The next refresh rewrites the fresh one in place; the kept one still untouched.
  excel.findSheet("PP Sources")?.set(6, 9, "mine");
  await store.replaceSheet(NAMES, (n) => sourcesSpec("July", n.sheet, n.table));
  expect(kept.cells).toEqual(before);
  expect(excel.sheets.map((s) => s.name)).toEqual(["Sources May", "PP Sources"]);
  expect(excel.findSheet("PP Sources")?.get(6, 9)).toBe("mine");
  expect(String(excel.findSheet("PP Sources")?.get(2, 0))).toContain("Written July");
});

it("refuses a PP Sources sheet and table the add-in did not write, by its noted sheet id", async () => {
  const { excel, store } = excelWorkbook();
  await store.replaceSheet(NAMES, (n) => sourcesSpec("first", n.sheet, n.table));
  const mark = excel.settingsValues.get(OWN_SHEETS_SETTING) as Record<string, { sheetId: string }>;
  expect(mark["pp sources"]?.sheetId).toBe(excel.findSheet("PP Sources")?.id);
  // The planner deletes it, then makes a sheet of that name with a table of that name.
  excel.sheets.splice(0, excel.sheets.length);
  excel.tables.splice(0, excel.tables.length);
  const theirs = excel.addSheet("PP Sources");
  theirs.set(5, 0, "Figure");
  theirs.set(6, 0, "Ours");
  excel.tables.push({ name: "PP_Sources", sheet: theirs, top: 5, left: 0, width: 1, rows: 1 });
  await expect(
    store.replaceSheet(NAMES, (n) => sourcesSpec("second", n.sheet, n.table))
  ).rejects.toThrow(/did not write/);
  expect(theirs.get(6, 0)).toBe("Ours");
});
