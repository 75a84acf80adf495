/**
 * The Excel layer against behaviours of real Excel (on the web first) that the test double models
 * in tests/support/excelWeb.ts: typed-input parsing of written text, whole-column autofit, and
 * conditional format rules that must be formulas.
 */
import { trackerSpec } from "../../src/core/insertSheets";
import { PLAN_SHEET, PLAN_TABLE, planSpec } from "../../src/core/planSheet";
import { initialValues } from "../../src/core/scenarios";
import { ppFormula, usesPPFunction } from "../../src/core/snapshot";
import type { SheetSpec } from "../../src/core/sheetSpec";
import { FakeExcel, type FakeSheet, officeStore } from "../support/excelFake";
import { typedInput } from "../support/excelWeb";
import { engineFromWorkbook } from "../support/formulaEngine";

function excelWorkbook() {
  const excel = new FakeExcel();
  return { excel, store: officeStore(excel) };
}

describe("the double parses written strings as typed input", () => {
  it("turns number-, date- and boolean-like text into those types, and keeps text after an apostrophe", () => {
    expect(typedInput("12")).toBe(12);
    expect(typedInput("5%")).toBe(0.05);
    expect(typedInput("TRUE")).toBe(true);
    expect(typeof typedInput("March 2025")).toBe("number");
    expect(typeof typedInput("1/2")).toBe("number");
    expect(typedInput("'1/2")).toBe("'1/2");
    expect(typedInput("Central")).toBe("Central");
  });
});

describe("text written by the add-in stays text", () => {
  it("keeps a tracker's and a sheet's text cells as written, whatever they look like", async () => {
    const { excel, store } = excelWorkbook();
    const spec = (sheet: string, table: string): SheetSpec => {
      const base = trackerSpec("ICS", sheet, table);
      return {
        ...base,
        title: "2025",
        notes: ["March 2025", "TRUE"],
        table: {
          ...base.table,
          rows: base.table.rows.map((r, i) =>
            i === 0 ? r.map((c, j) => (j === 3 ? "1/2" : c)) : r
          ),
        },
      };
    };
    await store.insertSheet({ sheet: "PP Actions", table: "PP_Actions" }, (n) =>
      spec(n.sheet, n.table)
    );
    const sheet = excel.findSheet("PP Actions") as FakeSheet;
    expect([sheet.get(1, 0), sheet.get(2, 0), sheet.get(3, 0)]).toEqual([
      "2025",
      "March 2025",
      "TRUE",
    ]);
    expect(excel.tableValues("PP_Actions").rows[0]?.[3]).toBe("1/2");
  });

  it('keeps a scenario called "March 2025" as text in the table and the active cell', async () => {
    const { excel, store } = excelWorkbook();
    await store.setUp();
    await store.add({ name: "March 2025", values: initialValues(), notes: "1/2" });
    await store.setActive("March 2025");
    const book = await store.read();
    expect(book.scenarios.map((s) => s.name)).toContain("March 2025");
    expect(book.active).toBe("March 2025");
    expect(excel.tableValues("PP_Scenarios").rows[1]?.slice(-1)).toEqual(["1/2"]);
  });
});

describe("a values copy keeps text as text and errors as errors", () => {
  it('copies a scenario called "March 2025" and a #N/A as they show', async () => {
    const { excel, store } = excelWorkbook();
    await store.setUp();
    await store.add({ name: "March 2025", values: initialValues(), notes: "1/2" });
    const mine = excel.addSheet("Mine");
    mine.set(1, 0, '=PP.LTP("CYP")');
    excel.calculator = (sheet, row, column) =>
      sheet === "Mine" ? "#N/A" : (excel.findSheet(sheet) as FakeSheet).get(row, column);
    await store.shareAsValues("now");
    const copy = excel.tableValues("PP_Scenarios2").rows;
    expect(copy[1]?.[0]).toBe("March 2025");
    expect(copy[1]?.slice(-1)).toEqual(["1/2"]);
    const values = excel.findSheet("Mine (values)") as FakeSheet;
    expect(values.get(1, 0)).toBe("#N/A");
    expect(values.textCells.has("1,0")).toBe(false);
  });
});

describe("column widths", () => {
  it("are set from each table's own cells, not fitted to the title and note lines", async () => {
    const { excel, store } = excelWorkbook();
    await store.setUp();
    await store.insertSheet({ sheet: PLAN_SHEET, table: PLAN_TABLE }, (n) =>
      planSpec(n.sheet, n.table, 4)
    );
    const sheet = excel.findSheet(PLAN_SHEET) as FakeSheet;
    const notes = [2, 3, 4].map((r) => String(sheet.get(r, 0)).length);
    const width = sheet.columnWidths.get(0) ?? 0;
    expect(width).toBeGreaterThan(0);
    // Autofit would fit the longest note line (office-js #1017): about 6 points a character.
    expect(width).toBeLessThan(Math.max(...notes) * 6);
    expect(width).toBeLessThanOrEqual(240);
    for (let c = 0; c < 12; c++) expect(sheet.columnWidths.has(c)).toBe(true);
  });
});

describe("scenario names follow the table after set-up", () => {
  it("rewrites names Excel stored as fixed ranges, so a scenario added later is listed and resolves", async () => {
    const { excel, store } = excelWorkbook();
    await store.setUp();
    await store.add({ name: "Stretch", values: { ...initialValues(), share: 0.03 }, notes: "" });
    await store.setActive("Stretch");
    const hf = engineFromWorkbook(excel, { horizon: 4 });
    const sheet = hf.getSheetId("PP Scenarios") ?? 0;
    expect(hf.calculateFormula("=COUNTA(PP_ScenarioNames)", sheet)).toBe(2);
    expect(hf.calculateFormula("=PP_Share", sheet)).toBe(0.03);
  });
});

describe("a choice from the PP_Active drop-down on the web", () => {
  it("raises no change event, so the pane re-reads when the planner selects a cell or switches sheet", async () => {
    const { excel, store } = excelWorkbook();
    await store.setUp();
    await store.add({ name: "Stretch", values: initialValues(), notes: "" });
    const scenarios = excel.findSheet("PP Scenarios") as FakeSheet;
    await store.read();
    const listener = jest.fn();
    const unsubscribe = await store.subscribe(listener);

    excel.chooseFromDropDown(scenarios, 1, 1, "Stretch");
    expect(listener).not.toHaveBeenCalled();
    await excel.selectCell(scenarios, 5, 2);
    expect(listener).toHaveBeenCalledTimes(1);
    expect((await store.read()).active).toBe("Stretch");

    await excel.activateSheet(excel.addSheet("Elsewhere"));
    expect(listener).toHaveBeenCalledTimes(2);
    // Selections on other sheets are not the scenarios' business.
    await excel.selectCell(excel.findSheet("Elsewhere") as FakeSheet, 1, 0);
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
    expect(excel.handlerCount).toBe(0);
  });
});

describe("reading while the planner edits a cell", () => {
  it("waits for the edit to end instead of failing, for reads made in response to events", async () => {
    const { excel, store } = excelWorkbook();
    await store.setUp();
    excel.startCellEdit();
    const reading = store.read();
    let done = false;
    void reading.then(() => {
      done = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(done).toBe(false);
    excel.finishCellEdit();
    expect((await reading).scenarios.map((s) => s.name)).toEqual(["Central"]);
  });

  it("a write during the edit fails as Excel fails it, and changes nothing", async () => {
    const { excel, store } = excelWorkbook();
    await store.setUp();
    excel.startCellEdit();
    await expect(store.update("Central", { share: 0.5 })).rejects.toThrow(/cell-editing mode/);
    excel.finishCellEdit();
    expect((await store.read()).scenarios[0]?.values.share).toBeNull();
  });
});

describe("PP formulas stuck at #NAME? (shown as _xldudf_PP_…)", () => {
  async function stuckPlan() {
    const { excel, store } = excelWorkbook();
    await store.setUp();
    await store.insertSheet({ sheet: PLAN_SHEET, table: PLAN_TABLE }, (n) =>
      planSpec(n.sheet, n.table, 4)
    );
    const plan = excel.findSheet(PLAN_SHEET) as FakeSheet;
    const ppCells = [...plan.cells].filter(([, v]) => usesPPFunction(v)).map(([k]) => k);
    excel.openBeforeFunctions();
    return { excel, store, plan, ppCells };
  }

  it("are still recognised as PP formulas, so share as values copies their sheet", async () => {
    const { excel, store, plan, ppCells } = await stuckPlan();
    expect(ppCells.length).toBeGreaterThan(0);
    expect(String(plan.cells.get(ppCells[0] ?? ""))).toContain("_xldudf_PP_");
    expect([...plan.cells.values()].some((v) => String(v).includes("PP."))).toBe(false);
    excel.calculator = () => 0;
    const snapshot = await store.shareAsValues("now");
    expect(snapshot.copies.map((c) => c.original)).toContain(PLAN_SHEET);
  });

  it("are entered again in their PP. form, and nothing else is written, in 4 syncs", async () => {
    const { excel, store, plan, ppCells } = await stuckPlan();
    const before = new Map(plan.cells);
    const writtenBefore = excel.written.length;
    const syncs = jest.spyOn(excel.context, "sync");
    const { cells } = await store.reenterPPFormulas();
    expect(syncs).toHaveBeenCalledTimes(4);
    expect(cells).toBe(ppCells.length);
    expect(plan.stuckCells.size).toBe(0);
    for (const [key, v] of plan.cells) {
      const was = before.get(key);
      expect(v).toBe(typeof was === "string" ? ppFormula(was) : was);
      expect(String(v)).not.toContain("_xldudf_");
    }
    expect(excel.written.length - writtenBefore).toBe(ppCells.length);
  });

  it("rewrites only the function names, not text in quotes", () => {
    expect(ppFormula('=_xldudf_PP_GAP(A1,B1)+_xldudf_PP_LTP("_xldudf_PP_X(")')).toBe(
      '=PP.GAP(A1,B1)+PP.LTP("_xldudf_PP_X(")'
    );
    expect(usesPPFunction("=_xldudf_PP_TARGET(1,2,3,4)")).toBe(true);
    expect(usesPPFunction("=SUM(A1:A3)")).toBe(false);
  });
});
