/**
 * "Share as values" in Excel (over office-addin-mock), with a formula engine standing in for
 * Excel's calculation: the copies hold no PP formula, every value equals what the original
 * shows, the originals are untouched, and it stays under Excel on the web's 5 MB payload limit by
 * moving cells in chunks: four syncs for a usual workbook, one more per chunk of a large one.
 */
import type { HyperFormula } from "hyperformula";
import { columnLetters } from "../../src/core/a1";
import { PLAN_SHEET, PLAN_TABLE, planSpec } from "../../src/core/planSheet";
import { usesPPFunction } from "../../src/core/snapshot";
import { CELL_BUDGET } from "../../src/workbook/shareAsValues";
import { MemoryWorkbook } from "../../src/workbook/memoryWorkbook";
import { sampleSheet } from "../../src/workbook/samples";
import { FakeExcel, type FakeSheet, officeStore } from "../support/excelFake";
import { PAYLOAD_LIMIT } from "../support/excelWeb";
import { engineFromWorkbook, valueAt } from "../support/formulaEngine";

async function plannedWorkbook(rows: number) {
  const excel = new FakeExcel();
  const store = officeStore(excel);
  await store.setUp();
  await store.update("Central", { share: 0.02, attrition: 0.1, completion: 0.9 });
  await store.insertSheet({ sheet: PLAN_SHEET, table: PLAN_TABLE }, (n) =>
    planSpec(n.sheet, n.table, 4)
  );
  const plan = excel.findSheet("PP Plan") as FakeSheet;
  [
    [40, 42, 3, 2],
    [120, 118, 12, 4],
    [200, 190, 10, 8],
  ].forEach((inputs, i) => inputs.forEach((v, c) => plan.set(6 + i, 2 + c, v)));
  const mine = excel.addSheet("My workings");
  for (let r = 1; r <= rows; r++) {
    mine.set(r, 0, r);
    mine.set(r, 1, `=PP.LTP("CYP")*A${r}`);
  }
  excel.addSheet("Notes").set(1, 0, "No PP formulas here");
  return { excel, store };
}

/** The engine stands in for Excel's calculation, spilled arrays included. */
function calculateWith(excel: FakeExcel, hf: HyperFormula): void {
  excel.calculator = (sheet, row, column) => valueAt(hf, sheet, `${columnLetters(column)}${row}`);
  excel.calculatedSize = (sheet) => {
    const id = hf.getSheetId(sheet);
    if (id === undefined) return { rows: 0, columns: 0 };
    const { width, height } = hf.getSheetDimensions(id);
    return { rows: height, columns: width };
  };
}

/** Every cell of a sheet, as address → cell. */
const cellsOf = (sheet: FakeSheet) => new Map(sheet.cells);

describe("a values copy in Excel", () => {
  it("copies the PP sheets and the scenarios as values equal to what the originals show", async () => {
    const { excel, store } = await plannedWorkbook(20);
    const hf = engineFromWorkbook(excel, { horizon: 4 });
    calculateWith(excel, hf);
    const before = new Map(excel.sheets.map((s) => [s.name, cellsOf(s)]));
    const syncs = jest.spyOn(excel.context, "sync");

    const snapshot = await store.shareAsValues("21/11/2026, 10:00:00");

    // Sheets, then used ranges and formula counts, then one chunk of cells, then the copies.
    expect(syncs).toHaveBeenCalledTimes(4);
    expect(snapshot.copies).toEqual([
      { original: "PP Scenarios", copy: "PP Scenarios (values)" },
      { original: "PP Plan", copy: "PP Plan (values)" },
      { original: "My workings", copy: "My workings (values)" },
    ]);
    expect(snapshot.cover).toBe("PP Snapshot");
    // The originals are as they were.
    for (const [name, cells] of before)
      expect(cellsOf(excel.findSheet(name) as FakeSheet)).toEqual(cells);

    for (const { original, copy } of snapshot.copies) {
      const o = excel.findSheet(original) as FakeSheet;
      const c = excel.findSheet(copy) as FakeSheet;
      for (const [key, cell] of c.cells) {
        expect(usesPPFunction(cell) && !c.textCells.has(key)).toBe(false);
        const [row = 0, column = 0] = key.split(",").map(Number);
        const shown = o.get(row, column);
        const expected =
          // Formulas, and the empty cells their arrays spill into, show what Excel calculates.
          shown === "" ||
          (typeof shown === "string" && shown.startsWith("=") && !o.textCells.has(key))
            ? valueAt(hf, original, `${columnLetters(column)}${row}`)
            : shown;
        expect({ key, value: cell }).toEqual({ key, value: expected });
      }
    }
    const plan = excel.findSheet("PP Plan (values)") as FakeSheet;
    expect(plan.get(7, 7)).toBeCloseTo(147.2, 9); // CYP psychologists' target
    expect(plan.get(7, 13)).toBe(120); // the spilled trajectory's first year
    expect(plan.get(7, 17)).toBeCloseTo(147.2, 9); // and its last
    const cover = excel.findSheet("PP Snapshot") as FakeSheet;
    const coverText = [...cover.cells.values()].join("\n");
    expect(coverText).toContain("Active scenario when it was made: Central.");
    expect(coverText).toContain("made 21/11/2026, 10:00:00 by version 1.0.0");
    expect(coverText).toContain("The original sheets are unchanged.");
    expect(excel.findSheet("Notes (values)")).toBeUndefined();
  });

  it("costs four syncs for a workbook under one chunk", async () => {
    const { excel, store } = await plannedWorkbook(500);
    const hf = engineFromWorkbook(excel, { horizon: 4 });
    calculateWith(excel, hf);
    const syncs = jest.spyOn(excel.context, "sync");
    await store.shareAsValues("now");
    expect(syncs).toHaveBeenCalledTimes(4);
    expect((excel.findSheet("My workings (values)") as FakeSheet).get(500, 1)).toBe(3910 * 500);
  });

  it("never reads a large plain data sheet, so a 300,000-cell one does not break the 5 MB limit", async () => {
    const { excel, store } = await plannedWorkbook(20);
    calculateWith(excel, engineFromWorkbook(excel, { horizon: 4 }));
    const data = excel.addSheet("Data");
    for (let r = 1; r <= 30_000; r++) {
      for (let c = 0; c < 10; c++) data.set(r, c, r * 1000 + c + 0.789);
    }
    const syncs = jest.spyOn(excel.context, "sync");
    const snapshot = await store.shareAsValues("now");
    expect(syncs).toHaveBeenCalledTimes(4);
    expect(snapshot.copies.map((c) => c.original)).toEqual([
      "PP Scenarios",
      "PP Plan",
      "My workings",
    ]);
    expect(excel.largestResponse).toBeLessThan(PAYLOAD_LIMIT);
  });

  it("moves a large PP sheet in chunks, one sync each, every request and response under the limit", async () => {
    const rows = CELL_BUDGET;
    const { excel, store } = await plannedWorkbook(rows);
    const mine = excel.findSheet("My workings") as FakeSheet;
    // A long note on every row: formulas and values together would be well over 5 MB at once.
    for (let r = 1; r <= rows; r++)
      mine.set(r, 2, `Checked against ESR extract ${"x".repeat(140)}`);
    excel.calculator = (sheet, row, column) =>
      sheet === "My workings" && column === 1
        ? 3910 * row
        : (excel.findSheet(sheet) as FakeSheet).get(row, column);
    excel.calculatedSize = null;
    const syncs = jest.spyOn(excel.context, "sync");
    await store.shareAsValues("now");
    const copy = excel.findSheet("My workings (values)") as FakeSheet;
    expect(copy.get(rows, 1)).toBe(3910 * rows);
    expect([...copy.cells.values()].some(usesPPFunction)).toBe(false);
    expect(excel.largestRequest).toBeLessThan(PAYLOAD_LIMIT);
    expect(excel.largestResponse).toBeLessThan(PAYLOAD_LIMIT);
    // 2 to find the sheets; 5 reads: the scenarios and plan, then My workings' 20,000 rows of
    // 3 columns in 4 chunks of at most CELL_BUDGET cells; 3 writes of at most WRITE_BUDGET bytes
    // (about 1.2 MB a chunk of this sheet), the cover in the last.
    expect(syncs).toHaveBeenCalledTimes(2 + 5 + 3);
  });

  it("says there is nothing to copy when no sheet uses a PP function", async () => {
    const excel = new FakeExcel();
    const store = officeStore(excel);
    await store.setUp();
    await expect(store.shareAsValues("now")).rejects.toThrow(/nothing to turn into values/);
    expect(excel.sheets.map((s) => s.name)).toEqual(["PP Scenarios"]);
  });
});

describe("a values copy in preview mode", () => {
  it("shows exactly what the original showed, with no formulas", async () => {
    const memory = new MemoryWorkbook(sampleSheet("sample"));
    await memory.insertSheet({ sheet: PLAN_SHEET, table: PLAN_TABLE }, (n) =>
      planSpec(n.sheet, n.table, 4)
    );
    [120, 118, 12, 4].forEach((v, c) => memory.setCell("PP Plan", 1, 2 + c, v));
    const original = memory.sheetGrid("PP Plan");
    const snapshot = await memory.shareAsValues("now");
    expect(snapshot.copies.map((c) => c.copy)).toEqual([
      "PP Scenarios (values)",
      "PP Plan (values)",
    ]);
    const copy = memory.sheetGrid("PP Plan (values)");
    expect(copy?.rows.map((r) => r.map((c) => c.text))).toEqual(
      original?.rows.map((r) => r.map((c) => c.text))
    );
    expect(copy?.totals?.map((c) => c.text)).toEqual(original?.totals?.map((c) => c.text));
    // Changing the original afterwards leaves the snapshot as it was.
    memory.setCell("PP Plan", 1, 2, 200);
    expect(memory.sheetGrid("PP Plan (values)")?.rows[1]?.[7]?.text).toBe("147.2");
    expect(memory.sheetGrid("PP Snapshot")?.notes.join(" ")).toContain(
      "Active scenario when it was made: Central."
    );
  });
});

it("a preview snapshot holds no formula in any cell", async () => {
  const memory = new MemoryWorkbook(sampleSheet("sample"));
  await memory.insertSheet({ sheet: PLAN_SHEET, table: PLAN_TABLE }, (n) =>
    planSpec(n.sheet, n.table, 4)
  );
  const { copies } = await memory.shareAsValues("now");
  expect(memory.sheetFormulas("PP Plan")?.flat().some(usesPPFunction)).toBe(true);
  for (const { copy } of copies) {
    expect(
      memory
        .sheetFormulas(copy)
        ?.flat()
        .some((c) => c.startsWith("="))
    ).toBe(false);
  }
});
