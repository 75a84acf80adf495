/**
 * What the selected cell holds, read before a formula is put there (so the pane can ask before
 * replacing it), in Excel and in preview mode alike.
 */
import { MemoryWorkbook } from "../../src/workbook/memoryWorkbook";
import { FakeExcel, officeStore } from "../support/excelFake";

function excelWorkbook() {
  const excel = new FakeExcel();
  const store = officeStore(excel);
  return { excel, store, syncs: jest.spyOn(excel.context, "sync") };
}

describe("the selected cell in Excel", () => {
  it("gives its formula, its constant as text, or nothing, in one sync, writing nothing", async () => {
    const { excel, store, syncs } = excelWorkbook();
    const sheet = excel.addSheet("Plan");
    sheet.set(2, 1, "=SUM(A1:A2)");
    sheet.set(3, 1, 42);
    sheet.set(4, 1, "<b>my note</b>");
    excel.selection = { sheet: "Plan", row: 2, column: 1, rows: 3, columns: 2 };
    expect(await store.readSelectedCell()).toEqual({ address: "Plan!B2", content: "=SUM(A1:A2)" });
    expect(syncs).toHaveBeenCalledTimes(1);
    excel.selection = { sheet: "Plan", row: 3, column: 1, rows: 1, columns: 1 };
    expect(await store.readSelectedCell()).toEqual({ address: "Plan!B3", content: "42" });
    excel.selection = { sheet: "Plan", row: 4, column: 1, rows: 1, columns: 1 };
    expect(await store.readSelectedCell()).toEqual({
      address: "Plan!B4",
      content: "<b>my note</b>",
    });
    excel.selection = { sheet: "Plan", row: 9, column: 0, rows: 1, columns: 1 };
    expect(await store.readSelectedCell()).toEqual({ address: "Plan!A9", content: "" });
    expect(excel.written).toEqual([]);
  });
});

describe("the selected cell in preview mode", () => {
  it("starts empty, moves down after each formula, and can be moved back onto one", async () => {
    const memory = new MemoryWorkbook(null);
    expect(await memory.readSelectedCell()).toEqual({ address: "Sheet1!A1", content: "" });
    await memory.insertFormula('=PP.LTP("CYP")');
    expect(await memory.readSelectedCell()).toEqual({ address: "Sheet1!A2", content: "" });
    memory.selectCell(0);
    expect(await memory.readSelectedCell()).toEqual({
      address: "Sheet1!A1",
      content: '=PP.LTP("CYP")',
    });
    expect(await memory.insertFormula('=PP.TABLE("Table1")')).toEqual({ address: "Sheet1!A1" });
    expect(memory.insertedFormulas()).toEqual(['=PP.TABLE("Table1")']);
    // Past the last formula is the next empty cell, as far as the selection goes.
    memory.selectCell(7);
    expect(memory.selectedRow()).toBe(1);
  });
});
