/**
 * Reference, tracker and comparison sheets as the Excel layer writes them (over
 * office-addin-mock), the comparison's totals against the plan sheet evaluated by a formula
 * engine, and preview mode's view of the same sheets.
 */
import { compareScenarios } from "../../src/core/compare";
import {
  comparisonSpec,
  planFigures,
  sourcesSpec,
  referenceSpec,
  TRACKER_LEVELS,
  trackerActions,
  trackerSpec,
} from "../../src/core/insertSheets";
import { PLAN_ROWS, PLAN_SHEET, PLAN_TABLE, planSpec } from "../../src/core/planSheet";
import type { Scenario } from "../../src/core/scenarios";
import { TABLE_NAMES, tableByName } from "../../src/core/tables";
import { ACTIONS } from "../../src/data";
import { MemoryWorkbook } from "../../src/workbook/memoryWorkbook";
import { sampleSheet } from "../../src/workbook/samples";
import { FakeExcel, type FakeSheet, officeStore } from "../support/excelFake";
import { engineFromWorkbook, valueAt } from "../support/formulaEngine";

function excelWorkbook() {
  const excel = new FakeExcel();
  const store = officeStore(excel);
  return { excel, store, syncs: jest.spyOn(excel.context, "sync") };
}

describe("reference sheets", () => {
  it.each(TABLE_NAMES)("%s is written whole, with its source, in 2 syncs", async (name) => {
    const { excel, store, syncs } = excelWorkbook();
    const { sheet } = await store.insertSheet({ sheet: `PP ${name}`, table: `PP_${name}` }, (n) =>
      referenceSpec(name, n.sheet, n.table)
    );
    expect(syncs).toHaveBeenCalledTimes(2);
    const published = tableByName(name) as (string | number | boolean)[][];
    const written = excel.tableValues(`PP_${name}`);
    expect([written.headers, ...written.rows]).toEqual(published);
    const s = excel.findSheet(sheet) as FakeSheet;
    expect(String(s.get(2, 0))).toMatch(/^Source: /);
  });
});

describe("the action tracker", () => {
  it.each(TRACKER_LEVELS)(
    "for %s holds that level's actions with inputs to fill",
    async (level) => {
      const { excel, store, syncs } = excelWorkbook();
      await store.insertSheet({ sheet: "PP Actions", table: "PP_Actions" }, (n) =>
        trackerSpec(level, n.sheet, n.table)
      );
      expect(syncs).toHaveBeenCalledTimes(2);
      const rows = excel.tableValues("PP_Actions").rows;
      const expected = trackerActions(level);
      expect(rows).toHaveLength(expected.length);
      expect(rows.map((r) => r[3])).toEqual(expected.map((a) => a.text));
      expect(rows.every((r) => r[4] === "Not started")).toBe(true);
      const sheet = excel.findSheet("PP Actions") as FakeSheet;
      expect(sheet.validations.get("5,4")).toEqual({
        list: { inCellDropDown: true, source: "Not started,In progress,Done,Not applicable" },
      });
      expect(sheet.numberFormats.get("5,6")).toBe("dd/mm/yyyy");
    }
  );

  it("filters by the plan's implementation columns", () => {
    expect(trackerActions("ICS").every((a) => a.ics)).toBe(true);
    expect(trackerActions("Employer/HEI").every((a) => a.employersHeis)).toBe(true);
    const union = new Set(TRACKER_LEVELS.flatMap((l) => trackerActions(l)));
    expect(union.size).toBe(ACTIONS.filter((a) => a.heeNhsei || a.ics || a.employersHeis).length);
  });
});

describe("comparing scenarios", () => {
  const scenarios: Scenario[] = [
    {
      name: "Central",
      notes: "",
      values: {
        share: 0.02,
        uplift: 0,
        minGrowth: 0.6,
        horizon: 4,
        attrition: 0.1,
        completion: 0.9,
        startYear: 2025,
      },
    },
    {
      name: "High demand",
      notes: "",
      values: {
        share: 0.02,
        uplift: 0.1,
        minGrowth: 0.6,
        horizon: 4,
        attrition: 0.1,
        completion: 0.9,
        startYear: 2025,
      },
    },
    {
      name: "Cautious",
      notes: "",
      values: {
        share: 0.018,
        uplift: 0,
        minGrowth: 0.6,
        horizon: 5,
        attrition: 0.15,
        completion: 0.85,
        startYear: 2025,
      },
    },
    {
      name: "No share yet",
      notes: "",
      values: {
        share: null,
        uplift: 0,
        minGrowth: 0.6,
        horizon: 4,
        attrition: null,
        completion: null,
        startYear: 2025,
      },
    },
  ];

  it("totals match the plan sheet's own totals with each scenario active", async () => {
    const { excel, store } = excelWorkbook();
    await store.setUp();
    await store.update("Central", scenarios[0]!.values);
    for (const s of scenarios.slice(1)) await store.add(s);
    await store.insertSheet({ sheet: PLAN_SHEET, table: PLAN_TABLE }, (n) =>
      planSpec(n.sheet, n.table, 4)
    );
    const sheet = excel.findSheet("PP Plan") as FakeSheet;
    const inputs: [number, number, number, number][] = [
      [40, 42, 3, 2],
      [120, 118, 12, 4],
      [200, 190, 10, 8],
      [300, 310, 0, 20],
      [90, 85, 6, 5],
      [150, 150, 4, 6],
      [20, 18, 2, 1],
      [3, 2, 1, 0],
      [30, 20, 5, 0],
    ];
    inputs.forEach((row, i) => row.forEach((v, c) => sheet.set(6 + i, 2 + c, v)));
    const plan = await store.readPlan();
    expect(plan).toHaveLength(PLAN_ROWS.length);
    const totals = compareScenarios(scenarios, plan ?? []);

    for (const [i, s] of scenarios.entries()) {
      await store.setActive(s.name);
      const hf = engineFromWorkbook(excel, { horizon: s.values.horizon ?? 4 });
      const shown = (a: string) => valueAt(hf, "PP Plan", a);
      const t = totals[i]!;
      if (s.values.share === null) {
        expect(shown("H15")).toBe("#N/A");
        expect(t).toMatchObject({ target: null, gap: null, intake: null });
        expect(t.notes.join(" ")).toMatch(
          /Local share is empty in this scenario, so PP_Share gives #N\/A/
        );
        continue;
      }
      expect(t.target).toBeCloseTo(shown("H15") as number, 6);
      expect(t.gap).toBeCloseTo(shown("I15") as number, 6);
      expect(t.intake).toBeCloseTo(shown("L15") as number, 6);
    }
    // Worked by hand for Central: target = 953 baselines + 2% of the 10,640 posts.
    expect(totals[0]!.target).toBeCloseTo(953 + 0.02 * 10640, 9);
  });

  it("writes a snapshot with a clustered column chart, in 2 syncs whatever the number of scenarios", async () => {
    for (const n of [2, 4]) {
      const { excel, store, syncs } = excelWorkbook();
      const totals = compareScenarios(scenarios.slice(0, n), []);
      await store.insertSheet({ sheet: "PP Comparison", table: "PP_Comparison" }, (names) =>
        comparisonSpec(totals, "21/11/2026 10:00", names.sheet, names.table)
      );
      expect(syncs).toHaveBeenCalledTimes(2);
      expect(excel.tableValues("PP_Comparison").rows.map((r) => r[0])).toEqual(
        scenarios.slice(0, n).map((s) => s.name)
      );
      expect(excel.log).toContain(
        `PP Comparison charts.add("ColumnClustered", 'PP Comparison'!A4:D${4 + n}, "Columns")`
      );
      // Each scenario's own financial years, from its start year over its horizon.
      expect(excel.tableValues("PP_Comparison").rows.map((r) => r[4])).toEqual(
        [
          "Plans 2025/26 to 2029/30. The plan has no rows with a baseline yet.",
          "Plans 2025/26 to 2029/30. The plan has no rows with a baseline yet.",
          "Plans 2025/26 to 2030/31. The plan has no rows with a baseline yet.",
          "Plans 2025/26 to 2029/30. The plan has no rows with a baseline yet.",
        ].slice(0, n)
      );
    }
  });
});

describe("preview mode's sheets", () => {
  it("shows a plan computed with the active scenario, and updates as inputs are typed", async () => {
    const memory = new MemoryWorkbook(sampleSheet("sample"));
    await memory.insertSheet({ sheet: PLAN_SHEET, table: PLAN_TABLE }, (n) =>
      planSpec(n.sheet, n.table, 4)
    );
    expect(memory.sheetNames()).toEqual(["PP Scenarios", "PP Plan"]);
    memory.setCell("PP Plan", 1, 2, 120);
    memory.setCell("PP Plan", 1, 3, 118);
    memory.setCell("PP Plan", 1, 4, 12);
    memory.setCell("PP Plan", 1, 5, 4);
    const grid = memory.sheetGrid("PP Plan");
    expect(grid?.rows[1]?.map((c) => c.text)).toEqual([
      "CYP",
      "Psychologists",
      "120.0",
      "118.0",
      "12.0",
      "4.0",
      "1,360.0",
      "147.2",
      "21.2",
      "22.7%",
      "FALSE",
      expect.stringMatching(/^\d+\.\d$/),
    ]);
    expect(grid?.rows[1]?.[8]?.highlight).toBe(true);
    expect(grid?.totals?.[7]?.text).toBe("147.2");
    expect(grid?.trajectory?.rows[1]).toEqual(["120.0", "126.8", "133.6", "140.4", "147.2"]);
    expect(grid?.chart?.series[0]?.values).toEqual(
      [120, 126.8, 133.6, 140.4, 147.2].map((v) => expect.closeTo(v, 9))
    );
    expect(() => memory.setCell("PP Plan", 1, 7, 5)).toThrow(/shaded input cells/);
    await memory.setActive("High demand");
    expect(memory.sheetGrid("PP Plan")?.rows[1]?.[7]?.text).toBe("149.9");
  });

  it("reads the plan back as Excel does", async () => {
    const memory = new MemoryWorkbook(sampleSheet("sample"));
    expect(await memory.readPlan()).toBeNull();
    await memory.insertSheet({ sheet: PLAN_SHEET, table: PLAN_TABLE }, (n) =>
      planSpec(n.sheet, n.table, 4)
    );
    memory.setCell("PP Plan", 8, 2, 30);
    const plan = await memory.readPlan();
    expect(plan?.[8]).toEqual({
      area: "MHST",
      group: "EMHP",
      baseline: 30,
      inPost: "",
      pipeline: "",
      leavers: "",
    });
    const again = await memory.insertSheet({ sheet: PLAN_SHEET, table: PLAN_TABLE }, (n) =>
      planSpec(n.sheet, n.table, 4)
    );
    expect(again.sheet).toBe("PP Plan 2");
    expect((await memory.readPlan())?.[8]?.baseline).toBe(30);
  });

  it("puts an inserted formula at the selection and moves down", async () => {
    const memory = new MemoryWorkbook(null);
    expect(await memory.insertFormula('=PP.LTP("CYP")')).toEqual({ address: "Sheet1!A1" });
    expect(await memory.insertFormula('=PP.TABLE("Table1")')).toEqual({ address: "Sheet1!A2" });
    expect(memory.insertedFormulas()).toEqual(['=PP.LTP("CYP")', '=PP.TABLE("Table1")']);
  });
});

describe("a formula at the selection in Excel", () => {
  it("goes into the selected cell (the top-left of a range) in one sync", async () => {
    const { excel, store, syncs } = excelWorkbook();
    const sheet = excel.addSheet("Plan");
    excel.selection = { sheet: "Plan", row: 3, column: 1, rows: 2, columns: 2 };
    expect(await store.insertFormula('=PP.LTP("CYP")')).toEqual({ address: "Plan!B3" });
    expect(syncs).toHaveBeenCalledTimes(1);
    expect(sheet.get(3, 1)).toBe('=PP.LTP("CYP")');
    expect(excel.written).toEqual(["Plan!B3"]);
  });
});

describe("the Sources sheet", () => {
  it("is written in 2 syncs and refreshed in place, never doubled", async () => {
    const { excel, store, syncs } = excelWorkbook();
    const names = { sheet: "PP Sources", table: "PP_Sources" };
    await store.replaceSheet(names, (n) => sourcesSpec("first", n.sheet, n.table));
    expect(syncs).toHaveBeenCalledTimes(2);
    await store.replaceSheet(names, (n) => sourcesSpec("second", n.sheet, n.table));
    expect(excel.sheets.map((s) => s.name)).toEqual(["PP Sources"]);
    expect(excel.tables.map((t) => t.name)).toEqual(["PP_Sources"]);
    expect(String(excel.findSheet("PP Sources")?.get(2, 0))).toContain("Written second");
    expect(excel.tableValues("PP_Sources").rows).toHaveLength(planFigures().length);
    // Written beside other work, it leaves the active sheet alone.
    expect(excel.log.some((l) => l.endsWith("activate()"))).toBe(false);
  });

  it("leaves alone a sheet of that name the planner did not write", async () => {
    const { excel, store } = excelWorkbook();
    excel.addSheet("PP Sources").set(1, 0, "my notes");
    await expect(
      store.replaceSheet({ sheet: "PP Sources", table: "PP_Sources" }, (n) =>
        sourcesSpec("x", n.sheet, n.table)
      )
    ).rejects.toThrow(/did not write/);
    expect(excel.findSheet("PP Sources")?.get(1, 0)).toBe("my notes");
  });

  it("is refreshed the same way in preview mode", async () => {
    const memory = new MemoryWorkbook(null);
    const names = { sheet: "PP Sources", table: "PP_Sources" };
    await memory.replaceSheet(names, (n) => sourcesSpec("first", n.sheet, n.table));
    await memory.replaceSheet(names, (n) => sourcesSpec("second", n.sheet, n.table));
    expect(memory.sheetNames()).toEqual(["PP Sources"]);
    expect(memory.sheetGrid("PP Sources")?.notes[0]).toContain("Written second");
  });
});

describe("naming and listing sheets", () => {
  it("says beforehand which names an insert will use, in one sync", async () => {
    const { excel, store, syncs } = excelWorkbook();
    const base = { sheet: PLAN_SHEET, table: PLAN_TABLE };
    expect(await store.nextSheetNames(base)).toEqual(base);
    expect(syncs).toHaveBeenCalledTimes(1);
    await store.insertSheet(base, (n) => planSpec(n.sheet, n.table, 4));
    expect(await store.nextSheetNames(base)).toEqual({ sheet: "PP Plan 2", table: "PP_Plan2" });
    expect(await store.listSheets()).toEqual(excel.sheets.map((s) => s.name));
    const memory = new MemoryWorkbook(sampleSheet("sample"));
    await memory.insertSheet(base, (n) => planSpec(n.sheet, n.table, 4));
    expect(await memory.nextSheetNames(base)).toEqual({ sheet: "PP Plan 2", table: "PP_Plan2" });
    expect(await memory.listSheets()).toEqual(["PP Scenarios", "PP Plan"]);
  });

  it("passes on changes to the plan once read, as well as to the scenarios", async () => {
    const { excel, store } = excelWorkbook();
    await store.setUp();
    await store.insertSheet({ sheet: PLAN_SHEET, table: PLAN_TABLE }, (n) =>
      planSpec(n.sheet, n.table, 4)
    );
    const other = excel.addSheet("Elsewhere");
    await store.read();
    await store.readPlan();
    const listener = jest.fn();
    await store.subscribe(listener);
    const plan = excel.findSheet("PP Plan") as FakeSheet;
    await excel.editByHand(plan, () => plan.set(6, 2, 40));
    await excel.editByHand(other, () => other.set(1, 0, 1));
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("shows a preview sheet's formulas as its cells hold them", async () => {
    const memory = new MemoryWorkbook(sampleSheet("sample"));
    await memory.insertSheet({ sheet: PLAN_SHEET, table: PLAN_TABLE }, (n) =>
      planSpec(n.sheet, n.table, 4)
    );
    memory.setCell("PP Plan", 1, 2, 120);
    const formulas = memory.sheetFormulas("PP Plan");
    expect(formulas?.[0]?.[0]).toBe("Service area");
    expect(formulas?.[2]?.slice(0, 3)).toEqual(["CYP", "Psychologists", "120"]);
    expect(formulas?.[2]?.[6]).toBe("=PP.LTP(A7,B7)");
    expect(memory.sheetFormulas("nope")).toBeNull();
  });
});
