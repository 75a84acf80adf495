/**
 * Set-up when the PP_Scenarios table is not there by name: a table the planner renamed is found
 * by its columns and used only when the planner agrees (renamed back to PP_Scenarios); a table
 * converted to a range is made a table again in place, its cells kept. Without the planner's
 * agreement set-up refuses, naming what it found, and never writes a second table.
 */
import { columnLetters } from "../../src/core/a1";
import { COLUMN_HEADERS, DEFINED_NAMES, initialValues } from "../../src/core/scenarios";
import { MemoryWorkbook } from "../../src/workbook/memoryWorkbook";
import type { ScenarioStore } from "../../src/workbook/store";
import { coAuthorMoves, officeStore, scenarioWorkbook, type FakeExcel } from "../support/excelFake";

/** The scenario table's last column, from A. */
const LAST_COLUMN = columnLetters(COLUMN_HEADERS.length - 1);

const central = ["Central", 0.02, 0, 0.6, 4, 0.12, 0.9, "Agreed"];
const high = ["High", 0.03, 0.1, 0.6, 4, 0.1, 0.9, ""];

function book(): FakeExcel {
  return scenarioWorkbook({
    headers: [...COLUMN_HEADERS],
    rows: [central, high],
    active: "Central",
    names: DEFINED_NAMES,
  }).excel;
}

const cellsOf = (excel: FakeExcel): [string, unknown][] =>
  excel.sheets.flatMap((s) =>
    [...s.cells].map(([k, v]): [string, unknown] => [`${s.name}!${k}`, v])
  );

describe("a table the planner renamed", () => {
  function renamed(): FakeExcel {
    const excel = book();
    const t = excel.findTable("PP_Scenarios");
    if (!t) throw new Error("table expected");
    t.name = "MyScenarios";
    return excel;
  }

  it("is found by its columns, and set-up refuses naming it until the planner agrees", async () => {
    const excel = renamed();
    const store = officeStore(excel);
    expect(await store.findScenarioTable()).toEqual({
      kind: "table",
      table: "MyScenarios",
      sheet: "PP Scenarios",
    });
    const before = cellsOf(excel);
    await expect(store.setUp()).rejects.toThrow(
      /table "MyScenarios" on the PP Scenarios sheet.*Nothing was changed: choose Use table "MyScenarios"/
    );
    expect(cellsOf(excel)).toEqual(before);
    expect(excel.written).toEqual([]);
    expect(excel.tables.map((t) => t.name)).toEqual(["MyScenarios"]);
  });

  it("is renamed back to PP_Scenarios when the planner chooses to use it, every row kept", async () => {
    const excel = renamed();
    const store = officeStore(excel);
    const found = await store.findScenarioTable();
    if (found === null) throw new Error("found expected");
    const before = cellsOf(excel);
    await store.setUp({ use: found });
    expect(excel.tables.map((t) => t.name)).toEqual(["PP_Scenarios"]);
    expect(cellsOf(excel)).toEqual(before);
    const read = await store.read();
    expect(read.scenarios.map((s) => s.name)).toEqual(["Central", "High"]);
    expect(read.active).toBe("Central");
    expect(await store.findScenarioTable()).toBeNull();
  });

  it("is found on another sheet too, and no PP Scenarios sheet is made beside it", async () => {
    const excel = renamed();
    const sheet = excel.findSheet("PP Scenarios");
    if (!sheet) throw new Error("sheet expected");
    sheet.name = "Our plan";
    const store = officeStore(excel);
    expect(await store.findScenarioTable()).toEqual({
      kind: "table",
      table: "MyScenarios",
      sheet: "Our plan",
    });
    await expect(store.setUp()).rejects.toThrow(/"MyScenarios" on the Our plan sheet/);
    expect(excel.sheets.map((s) => s.name)).toEqual(["Our plan"]);
  });

  it("is not used when it changed after it was found (a co-author renamed it again)", async () => {
    const excel = renamed();
    const store = officeStore(excel);
    const found = await store.findScenarioTable();
    if (found === null) throw new Error("found expected");
    const t = excel.findTable("MyScenarios");
    if (t) t.name = "Scenarios2026";
    await expect(store.setUp({ use: found })).rejects.toThrow(/changed since it was found/);
    expect(excel.tables.map((t) => t.name)).toEqual(["Scenarios2026"]);
    expect(excel.written).toEqual([]);
  });

  it("a planner's own table with other columns is not taken for the scenarios", async () => {
    const excel = renamed();
    const t = excel.findTable("MyScenarios");
    if (!t) throw new Error("table expected");
    // Only the name column and one other left: not the scenario table.
    for (let c = 2; c < t.width; c++) t.sheet.set(t.top, t.left + c, `Budget ${c}`);
    expect(await officeStore(excel).findScenarioTable()).toBeNull();
  });
});

describe("a table converted to a range", () => {
  function converted(): FakeExcel {
    const excel = book();
    const t = excel.findTable("PP_Scenarios");
    if (!t) throw new Error("table expected");
    coAuthorMoves.convertToRange(excel, t);
    return excel;
  }

  it("is found where it was, and set-up refuses saying how to make it a table again", async () => {
    const excel = converted();
    const store = officeStore(excel);
    expect(await store.findScenarioTable()).toEqual({
      kind: "range",
      sheet: "PP Scenarios",
      address: `A3:${LAST_COLUMN}5`,
    });
    const before = cellsOf(excel);
    await expect(store.setUp()).rejects.toThrow(
      /Cells A3:[A-Z]5 of the PP Scenarios sheet hold the scenario columns but are not a table.*Insert > Table, and name the table PP_Scenarios/
    );
    expect(cellsOf(excel)).toEqual(before);
    expect(excel.written).toEqual([]);
  });

  it("is made a table again in place when the planner agrees, its cells kept", async () => {
    const excel = converted();
    const store = officeStore(excel);
    const found = await store.findScenarioTable();
    if (found === null) throw new Error("found expected");
    const before = cellsOf(excel);
    await store.setUp({ use: found });
    expect(excel.tables.map((t) => [t.name, t.top, t.rows, t.width])).toEqual([
      ["PP_Scenarios", 3, 2, COLUMN_HEADERS.length],
    ]);
    expect(cellsOf(excel)).toEqual(before);
    expect((await store.read()).scenarios.map((s) => s.name)).toEqual(["Central", "High"]);
  });
});

describe("preview mode finds and uses a renamed table as Excel does", () => {
  it("gives the same finds, refusals and outcome", async () => {
    const excel = book();
    const t = excel.findTable("PP_Scenarios");
    if (t) t.name = "MyScenarios";
    const memory = new MemoryWorkbook({
      headers: [...COLUMN_HEADERS],
      rows: [central, high],
      active: "Central",
      names: [...DEFINED_NAMES],
      table: "MyScenarios",
    });
    const stores: ScenarioStore[] = [officeStore(excel), memory];
    const outcomes = await Promise.all(
      stores.map(async (store) => {
        const found = await store.findScenarioTable();
        const missing = (await store.read()).status;
        const refusal = await store.setUp().then(
          () => "done",
          (e: Error) => e.message
        );
        if (found !== null) await store.setUp({ use: found });
        const after = await store.read();
        await store.add({ name: "Low", values: initialValues(), notes: "" });
        return {
          found,
          missing,
          refusal,
          after: after.scenarios.map((s) => s.name),
          added: (await store.read()).scenarios.map((s) => s.name),
        };
      })
    );
    expect(outcomes[0]?.missing).toBe("missing");
    expect(outcomes[0]?.added).toEqual(["Central", "High", "Low"]);
    expect(outcomes[1]).toEqual(outcomes[0]);
  });
});
