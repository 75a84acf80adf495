/**
 * A workbook with a second planning sheet (PP Plan 2, table PP_Plan2): both are listed, and
 * either one's entries can be read for the comparison, in Excel and in preview mode alike.
 */
import {
  PLAN_ROWS,
  PLAN_SHEET,
  PLAN_TABLE,
  planSpec,
  type PlanInputs,
} from "../../src/core/planSheet";
import { MemoryWorkbook } from "../../src/workbook/memoryWorkbook";
import { sampleSheet } from "../../src/workbook/samples";
import { planTablesInOrder } from "../../src/workbook/store";
import { FakeExcel, type FakeSheet, officeStore } from "../support/excelFake";

const BASE = { sheet: PLAN_SHEET, table: PLAN_TABLE };
/** The CYP psychologists row on a plan sheet, 1-based, and its baseline column (C). */
const CYP_ROW = 6 + PLAN_ROWS.findIndex((r) => r.area === "CYP" && r.group === "Psychologists");
const BASELINE = 2;
const cypBaseline = (inputs: PlanInputs[] | null): unknown =>
  inputs?.find((r) => r.area === "CYP" && r.group === "Psychologists")?.baseline;

describe("two plan sheets in Excel", () => {
  async function twoPlans() {
    const excel = new FakeExcel();
    const store = officeStore(excel);
    await store.setUp();
    for (let i = 0; i < 2; i++) await store.insertSheet(BASE, (n) => planSpec(n.sheet, n.table, 4));
    (excel.findSheet("PP Plan") as FakeSheet).set(CYP_ROW, BASELINE, 120);
    (excel.findSheet("PP Plan 2") as FakeSheet).set(CYP_ROW, BASELINE, 300);
    return { excel, store, syncs: jest.spyOn(excel.context, "sync") };
  }

  it("lists both plan tables with their sheets, in 2 syncs, ignoring other tables", async () => {
    const { store, syncs } = await twoPlans();
    expect(await store.listPlans()).toEqual([
      { sheet: "PP Plan", table: "PP_Plan" },
      { sheet: "PP Plan 2", table: "PP_Plan2" },
    ]);
    expect(syncs).toHaveBeenCalledTimes(2);
  });

  it("reads the chosen plan's entries, and the first one's by default", async () => {
    const { store } = await twoPlans();
    expect(cypBaseline(await store.readPlan())).toBe(120);
    expect(cypBaseline(await store.readPlan("PP_Plan2"))).toBe(300);
    expect(await store.readPlan("PP_Plan7")).toBeNull();
  });

  it("lists none in a workbook without a plan, in 1 sync", async () => {
    const excel = new FakeExcel();
    const store = officeStore(excel);
    await store.setUp();
    const syncs = jest.spyOn(excel.context, "sync");
    expect(await store.listPlans()).toEqual([]);
    expect(syncs).toHaveBeenCalledTimes(1);
  });
});

describe("two plan sheets in preview mode", () => {
  it("lists and reads each, as Excel does", async () => {
    const memory = new MemoryWorkbook(sampleSheet("sample"));
    for (let i = 0; i < 2; i++) {
      await memory.insertSheet(BASE, (n) => planSpec(n.sheet, n.table, 4));
    }
    await memory.insertSheet({ sheet: "PP Comparison", table: "PP_Comparison" }, (n) => ({
      ...planSpec(n.sheet, n.table, 4),
      sheet: n.sheet,
    }));
    const cyp = PLAN_ROWS.findIndex((r) => r.area === "CYP" && r.group === "Psychologists");
    memory.setCell("PP Plan", cyp, BASELINE, 120);
    memory.setCell("PP Plan 2", cyp, BASELINE, 300);
    expect(await memory.listPlans()).toEqual([
      { sheet: "PP Plan", table: "PP_Plan" },
      { sheet: "PP Plan 2", table: "PP_Plan2" },
    ]);
    expect(cypBaseline(await memory.readPlan())).toBe(120);
    expect(cypBaseline(await memory.readPlan("pp_plan2"))).toBe(300);
    expect(await memory.readPlan("PP_Plan7")).toBeNull();
  });
});

describe("the order of plan tables", () => {
  it("puts PP_Plan first, then by number, and leaves other tables out", () => {
    expect(
      planTablesInOrder([
        { sheet: "PP Plan 10", table: "PP_Plan10" },
        { sheet: "PP Comparison", table: "PP_Comparison" },
        { sheet: "PP Plan 2", table: "PP_Plan2" },
        { sheet: "PP Plan", table: "PP_Plan" },
        { sheet: "Mine", table: "PP_Planning" },
      ]).map((t) => t.table)
    ).toEqual(["PP_Plan", "PP_Plan2", "PP_Plan10"]);
  });
});
