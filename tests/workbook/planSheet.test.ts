/**
 * The one-click planning sheet as the Excel layer writes it (over office-addin-mock), evaluated by
 * a real formula engine with the PP functions registered: targets, gaps, growth, intake and
 * trajectories against values worked by hand, and against the preview's own computation.
 */
import fc from "fast-check";
import {
  PLAN_ROWS,
  PLAN_SHEET,
  PLAN_TABLE,
  planRowValues,
  planSpec,
} from "../../src/core/planSheet";
import { PlanError } from "../../src/core/errors";
import type { ScenarioValues } from "../../src/core/scenarios";
import { displayText, previewGrid } from "../../src/workbook/previewSheets";
import { FakeExcel, type FakeSheet, officeStore } from "../support/excelFake";
import { engineFromWorkbook, valueAt } from "../support/formulaEngine";

const CENTRAL: ScenarioValues = {
  share: 0.02,
  uplift: 0,
  minGrowth: 0.6,
  horizon: 4,
  attrition: 0.1,
  completion: 0.9,
  startYear: 2025,
};

async function plannedWorkbook(values: ScenarioValues = CENTRAL) {
  const excel = new FakeExcel();
  const store = officeStore(excel);
  await store.setUp();
  await store.update("Central", values);
  const syncs = jest.spyOn(excel.context, "sync");
  const logFrom = excel.log.length;
  const inserted = await store.insertSheet({ sheet: PLAN_SHEET, table: PLAN_TABLE }, (n) =>
    planSpec(n.sheet, n.table, values.horizon ?? 4)
  );
  const sheet = excel.findSheet(inserted.sheet) as FakeSheet;
  return { excel, store, sheet, syncs, inserted, logFrom };
}

/** Row on the sheet of a plan row (area and group), 1-based. */
const rowOf = (area: string, group: string): number =>
  6 + PLAN_ROWS.findIndex((r) => r.area === area && r.group === group);

/** Types the inputs (baseline, in post, pipeline, leavers) into a row, as a planner would. */
function enter(sheet: FakeSheet, row: number, inputs: (number | "")[]): void {
  inputs.forEach((v, i) => sheet.set(row, 2 + i, v));
}

describe("inserting the planning sheet", () => {
  it("writes the whole sheet in 2 syncs with calculation and screen updating suspended", async () => {
    const { excel, syncs, inserted, logFrom } = await plannedWorkbook();
    expect(syncs).toHaveBeenCalledTimes(2);
    expect(inserted.sheet).toBe("PP Plan");
    const log = excel.log.slice(logFrom);
    const firstWrite = log.findIndex((l) => l.startsWith("PP Plan "));
    expect(log.slice(0, 2)).toEqual([
      "workbook application.suspendApiCalculationUntilNextSync()",
      "workbook application.suspendScreenUpdatingUntilNextSync()",
    ]);
    expect(firstWrite).toBeGreaterThan(1);
  });

  it("holds one row per Table 1 cell plus MHST, a totals row, and drop-downs for area and group", async () => {
    const { excel, sheet } = await plannedWorkbook();
    const table = excel.findTable("PP_Plan");
    expect(table).toMatchObject({ top: 5, left: 0, width: 12, rows: 9, totals: true });
    expect(excel.tableValues("PP_Plan").rows.map((r) => `${r[0]}/${r[1]}`)).toEqual([
      "Perinatal/Psychologists",
      "CYP/Psychologists",
      "CYP/Therapists",
      "IAPT/Therapists",
      "SMHP/Psychologists",
      "SMHP/Therapists",
      "Inpatient/Psychologists",
      "Gambling/Psychologists",
      "MHST/EMHP",
    ]);
    expect(sheet.get(15, 0)).toBe("Total");
    expect(sheet.validations.get("6,0")).toEqual({
      list: { inCellDropDown: true, source: "Perinatal,CYP,IAPT,SMHP,Inpatient,Gambling,MHST" },
    });
    expect(sheet.validations.get("14,1")).toEqual({
      list: { inCellDropDown: true, source: "Psychologists,Therapists,EMHP" },
    });
    expect(sheet.validations.get("10,2")).toEqual({
      decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" },
    });
    expect(sheet.numberFormats.get("6,9")).toBe("0.0%");
    expect(sheet.numberFormats.get("6,7")).toBe("#,##0.0");
    // Inputs look like inputs, computed cells look locked, shortfalls are highlighted.
    expect(excel.log).toContain(`'PP Plan'!C6:C14 format.fill.color = "#FFF2CC"`);
    expect(excel.log).toContain(`'PP Plan'!H6:H14 format.fill.color = "#F2F2F2"`);
    expect(excel.log).toContain(`'PP Plan'!I6:I14 conditionalFormats.add("CellValue")`);
    expect(excel.log).toContain(
      `'PP Plan'!I6:I14 conditionalFormats.add().cellValue.rule = {"formula1":"=0","operator":"GreaterThan"}`
    );
    // Excel keeps a rule's formula1 as a formula only when it is one ("=0", not "0").
    expect(sheet.conditionalRules).toEqual([
      { address: "'PP Plan'!I6:I14", operator: "GreaterThan", formula1: "=0" },
      { address: "'PP Plan'!K6:K14", operator: "EqualTo", formula1: "=FALSE" },
    ]);
  });

  it("adds a native line chart of the total trajectory against the baseline", async () => {
    const { excel, sheet } = await plannedWorkbook();
    const chart = excel.log.filter((l) => l.startsWith("PP Plan charts"));
    expect(chart).toEqual([
      `PP Plan charts.add("Line", 'PP Plan'!N15:R15, "Rows")`,
      `PP Plan charts.add().title.text = "Planned WTE against the baseline, by financial year"`,
      `PP Plan charts.add().axes.categoryAxis.title.text = "Financial year"`,
      `PP Plan charts.add().axes.valueAxis.title.text = "WTE"`,
      `PP Plan charts.add().legend.position = "Bottom"`,
      `PP Plan charts.add().setPosition("A21", "H38")`,
    ]);
    // Each series built explicitly from its own row, named, over the years as categories.
    expect(sheet.charts).toEqual([
      {
        type: "Line",
        series: [
          { name: "Total plan", values: "'PP Plan'!N15:R15", x: "'PP Plan'!N5:R5" },
          { name: "Baseline (start year)", values: "'PP Plan'!N16:R16", x: "'PP Plan'!N5:R5" },
        ],
      },
    ]);
  });

  it("inserting again adds PP Plan 2 and leaves the first sheet's entries alone", async () => {
    const { excel, store, sheet } = await plannedWorkbook();
    enter(sheet, 7, [120, 118, 12, 4]);
    const before = [...sheet.cells.entries()];
    const again = await store.insertSheet({ sheet: PLAN_SHEET, table: PLAN_TABLE }, (n) =>
      planSpec(n.sheet, n.table, 4)
    );
    expect(again.sheet).toBe("PP Plan 2");
    expect(excel.findTable("PP_Plan2")?.sheet.name).toBe("PP Plan 2");
    expect([...sheet.cells.entries()]).toEqual(before);
    // The second plan's totals refer to its own table.
    expect(excel.findSheet("PP Plan 2")?.get(15, 7)).toBe("=SUBTOTAL(109,PP_Plan2[Target WTE])");
  });

  it("reads the plan's inputs back for the comparison", async () => {
    const { store, sheet } = await plannedWorkbook();
    enter(sheet, rowOf("CYP", "Psychologists"), [120, 118, 12, 4]);
    const inputs = await store.readPlan();
    expect(inputs).toHaveLength(9);
    expect(inputs?.[1]).toEqual({
      area: "CYP",
      group: "Psychologists",
      baseline: 120,
      inPost: 118,
      pipeline: 12,
      leavers: 4,
    });
  });
});

describe("the plan's formulas, evaluated", () => {
  it("compute targets, gaps, growth, intake and the trajectory as worked by hand", async () => {
    const { excel, sheet } = await plannedWorkbook();
    const r = rowOf("CYP", "Psychologists");
    enter(sheet, r, [120, 118, 12, 4]);
    const hf = engineFromWorkbook(excel, { horizon: 4 });
    const at = (col: string, row = r) => valueAt(hf, "PP Plan", `${col}${row}`);

    expect(at("G")).toBe(1360); // Table 1: CYP psychologists
    expect(at("H")).toBeCloseTo(147.2, 10); // 120 + 2% of 1,360
    expect(at("I")).toBeCloseTo(21.2, 10); // 147.2 - 118 - 12 + 4
    expect(at("J")).toBeCloseTo(27.2 / 120, 9); // growth on the baseline
    expect(at("K")).toBe(false); // 22.7% is short of 60%
    // Intake: (147.2 - 118 * 0.9^4) / (1 + 0.9 + 0.81 + 0.729) / 0.9
    expect(at("L")).toBeCloseTo((147.2 - 118 * 0.6561) / 3.439 / 0.9, 8);
    expect(["N", "O", "P", "Q", "R"].map((c) => at(c))).toEqual([120, 126.8, 133.6, 140.4, 147.2]);
    // The years are financial years from the scenario's start year (2025 is 2025/26).
    expect(["N", "O", "P", "Q", "R"].map((c) => at(c, 5))).toEqual([
      "2025/26",
      "2026/27",
      "2027/28",
      "2028/29",
      "2029/30",
    ]);
    // A row without a baseline waits for it rather than showing errors.
    expect(at("H", r + 1)).toBe("");
    expect(at("N", r + 1)).toBe("");
    expect(at("G", r + 1)).toBe(2550);
    // The active scenario's name is shown.
    expect(valueAt(hf, "PP Plan", "B4")).toBe("Central");
  });

  it("totals the rows, and the chart's lines follow the totals", async () => {
    const { excel, sheet } = await plannedWorkbook();
    enter(sheet, rowOf("CYP", "Psychologists"), [120, 118, 12, 4]);
    enter(sheet, rowOf("MHST", "EMHP"), [30, 20, 5, ""]);
    const hf = engineFromWorkbook(excel, { horizon: 4 });
    const at = (a: string) => valueAt(hf, "PP Plan", a);
    // MHST: 30 + 2% of 2,500 = 80; gap 80 - 20 - 5 + 0 = 55.
    expect(at("C15")).toBe(150);
    expect(at("H15")).toBeCloseTo(147.2 + 80, 10);
    expect(at("I15")).toBeCloseTo(21.2 + 55, 10);
    expect(at("J15")).toBeCloseTo((227.2 - 150) / 150, 9);
    expect(at("N15")).toBe(150);
    expect(at("R15")).toBeCloseTo(227.2, 10);
    expect(["N16", "P16", "R16"].map(at)).toEqual([150, 150, 150]);
  });

  it("label the years from the active scenario's start year and horizon, and follow them", async () => {
    const { excel, store } = await plannedWorkbook({ ...CENTRAL, startYear: 2098, horizon: 2 });
    let hf = engineFromWorkbook(excel, { horizon: 2 });
    expect(["N5", "O5", "P5"].map((a) => valueAt(hf, "PP Plan", a))).toEqual([
      "2098/99",
      "2099/00",
      "2100/01",
    ]);
    await store.update("Central", { startYear: 2019, horizon: 4 });
    hf = engineFromWorkbook(excel, { horizon: 4 });
    expect(["N5", "O5", "P5", "Q5", "R5"].map((a) => valueAt(hf, "PP Plan", a))).toEqual([
      "2019/20",
      "2020/21",
      "2021/22",
      "2022/23",
      "2023/24",
    ]);
    // The published national figures keep their own period, whatever the plan's years.
    expect(valueAt(hf, "PP Plan", "G5")).toBe(
      "National LTP additional WTE, 2019/20 to 2023/24 (published)"
    );
  });

  it("show #N/A over the years while the start year is not set", async () => {
    const { excel } = await plannedWorkbook({ ...CENTRAL, startYear: null });
    const hf = engineFromWorkbook(excel, { horizon: 4 });
    expect(valueAt(hf, "PP Plan", "N5")).toBe("#N/A");
  });

  it("show a service starting from 0 (MHST, gambling) as a new service, not #DIV/0!", async () => {
    const { excel, sheet } = await plannedWorkbook();
    const mhst = rowOf("MHST", "EMHP");
    const gambling = rowOf("Gambling", "Psychologists");
    enter(sheet, mhst, [0, 0, 0, 0]);
    enter(sheet, gambling, [0, 1, 0, 0]);
    let hf = engineFromWorkbook(excel, { horizon: 4 });
    const at = (a: string) => valueAt(hf, "PP Plan", a);
    expect([at(`J${mhst}`), at(`K${mhst}`)]).toEqual(["New service", "New service"]);
    expect([at(`J${gambling}`), at(`K${gambling}`)]).toEqual(["New service", "New service"]);
    // MHST: 0 + 2% of 2,500 = 50 WTE to recruit; the path still runs from 0.
    expect(at(`H${mhst}`)).toBeCloseTo(50, 10);
    expect(at(`N${mhst}`)).toBe(0);
    expect(at(`R${mhst}`)).toBeCloseTo(50, 10);
    // Totals: a plan of new services only is a new service too; not a #DIV/0!.
    expect([at("J15"), at("K15")]).toEqual(["New service", "New service"]);
    // With an established service in the plan, the totals show growth and the minimum again.
    enter(sheet, rowOf("CYP", "Psychologists"), [120, 118, 12, 4]);
    hf = engineFromWorkbook(excel, { horizon: 4 });
    const gamblingTarget = 0.02 * Number(at(`G${gambling}`));
    expect(at("J15")).toBeCloseTo((147.2 + 50 + gamblingTarget - 120) / 120, 9);
    expect(at("K15")).toBe(true);
  });

  it("show total shortfall and total surplus apart, and the net, under the totals", async () => {
    const { excel, sheet } = await plannedWorkbook();
    enter(sheet, rowOf("CYP", "Psychologists"), [120, 118, 12, 4]); // shortfall 21.2
    enter(sheet, rowOf("MHST", "EMHP"), [30, 20, 5, ""]); // shortfall 55
    enter(sheet, rowOf("Perinatal", "Psychologists"), [10, 40, 0, 0]); // 10 + 2% of 210 - 40 = -25.8
    const hf = engineFromWorkbook(excel, { horizon: 4 });
    const at = (a: string) => valueAt(hf, "PP Plan", a);
    expect(["H17", "H18", "H19"].map(at)).toEqual(["Total shortfall", "Total surplus", "Net gap"]);
    expect(at("I17")).toBeCloseTo(21.2 + 55, 9);
    expect(at("I18")).toBeCloseTo(25.8, 9);
    expect(at("I19")).toBeCloseTo(21.2 + 55 - 25.8, 9);
    expect(at("I15")).toBeCloseTo(21.2 + 55 - 25.8, 9);
    // Over the table's column by name, so a row the planner adds to the table counts.
    expect(sheet.get(17, 8)).toBe('=IF(ISERROR(I15),I15,SUMIF(PP_Plan[Gap WTE],">0"))');
  });

  it("show an unset assumption's #N/A in the shortfall and surplus, never a shortfall of 0", async () => {
    const { excel, sheet } = await plannedWorkbook({ ...CENTRAL, share: null });
    enter(sheet, rowOf("CYP", "Psychologists"), [120, 118, 12, 4]);
    const hf = engineFromWorkbook(excel, { horizon: 4 });
    expect(["I17", "I18", "I19"].map((a) => valueAt(hf, "PP Plan", a))).toEqual([
      "#N/A",
      "#N/A",
      "#N/A",
    ]);
  });

  it("recalculate when another scenario is made active", async () => {
    const { excel, store, sheet } = await plannedWorkbook();
    await store.add({ name: "High demand", values: { ...CENTRAL, uplift: 0.1 }, notes: "" });
    await store.setActive("High demand");
    enter(sheet, rowOf("CYP", "Psychologists"), [120, 118, 12, 4]);
    const hf = engineFromWorkbook(excel, { horizon: 4 });
    expect(valueAt(hf, "PP Plan", "H7")).toBeCloseTo(120 + 0.022 * 1360, 10);
    expect(valueAt(hf, "PP Plan", "B4")).toBe("High demand");
  });

  it("show #N/A where the active scenario leaves an assumption empty", async () => {
    const { excel, sheet } = await plannedWorkbook({ ...CENTRAL, attrition: null });
    enter(sheet, rowOf("CYP", "Psychologists"), [120, 118, 12, 4]);
    const hf = engineFromWorkbook(excel, { horizon: 4 });
    expect(valueAt(hf, "PP Plan", "L7")).toBe("#N/A");
    expect(valueAt(hf, "PP Plan", "H7")).toBeCloseTo(147.2, 10);
  });

  it("show a gap a hair under a half as Excel does, from its first 15 significant digits", async () => {
    const values = { ...CENTRAL, share: 0.002, uplift: 0.01 };
    const { excel, sheet } = await plannedWorkbook(values);
    // The target is 2048.05; in doubles the gap, 2048.05 - 1567 - 482, is -0.94999999999982.
    enter(sheet, rowOf("MHST", "EMHP"), [2043, 1567, 482, ""]);
    const hf = engineFromWorkbook(excel, { horizon: 4 });
    const gap = valueAt(hf, "PP Plan", "I15");
    expect(gap).toBeCloseTo(-0.95, 9);
    expect(gap).toBeGreaterThan(-0.95);
    expect(displayText(gap, "#,##0.0")).toBe("-0.9");
    // A value past 15 digits is shown as its 15-digit form is.
    expect(displayText(0.14999999999999997, "#,##0.0")).toBe("0.2");
    expect(displayText(0.14999999999999997, "General")).toBe("0.15");
  });

  it("agree with the preview's computation for any inputs and scenario", async () => {
    const { excel, store, sheet } = await plannedWorkbook();
    const wte = fc.oneof(fc.constant<"">(""), fc.integer({ min: 0, max: 5000 }));
    const scenario = fc.record({
      share: fc.option(
        fc.integer({ min: 0, max: 100 }).map((n) => n / 1000),
        { nil: null }
      ),
      uplift: fc.integer({ min: 0, max: 50 }).map((n) => n / 100),
      minGrowth: fc.integer({ min: 0, max: 100 }).map((n) => n / 100),
      horizon: fc.constant(4),
      attrition: fc.option(
        fc.integer({ min: 0, max: 40 }).map((n) => n / 100),
        { nil: null }
      ),
      completion: fc.integer({ min: 50, max: 100 }).map((n) => n / 100),
      startYear: fc.integer({ min: 2019, max: 2100 }),
    });
    await fc.assert(
      fc.asyncProperty(
        scenario,
        fc.array(fc.tuple(wte, wte, wte, wte), { minLength: 9, maxLength: 9 }),
        async (values, inputs) => {
          await store.update("Central", values);
          inputs.forEach((row, i) => enter(sheet, 6 + i, row));
          const hf = engineFromWorkbook(excel, { horizon: 4 });
          PLAN_ROWS.forEach((key, i) => {
            const [baseline, inPost, pipeline, leavers] = inputs[i] ?? [];
            const expected = planRowValues({ ...key, baseline, inPost, pipeline, leavers }, values);
            // HyperFormula rounds results to 10 significant digits: numbers agree to that.
            const shown = (v: unknown) =>
              v instanceof PlanError
                ? v.code
                : typeof v === "number"
                  ? expect.closeTo(v, Math.max(0, 8 - Math.ceil(Math.log10(Math.abs(v) + 1))))
                  : v;
            const cells = ["G", "H", "I", "J", "K", "L"].map((c) =>
              valueAt(hf, "PP Plan", `${c}${6 + i}`)
            );
            expect(cells).toEqual(
              [
                expected.national,
                expected.target,
                expected.gap,
                expected.growth,
                expected.meets,
                expected.intake,
              ].map(shown)
            );
          });
          // The preview's totals, the rows under them and the year labels show the same.
          const grid = previewGrid(
            {
              spec: planSpec(PLAN_SHEET, PLAN_TABLE, 4),
              kind: "plan",
              inputs: new Map<string, unknown>(
                inputs.flatMap((row: readonly (number | "")[], r: number) =>
                  row.map((v, i): [string, unknown] => [`${r},${2 + i}`, v])
                )
              ),
            },
            values
          );
          const text = (a: string): string => {
            const v = valueAt(hf, "PP Plan", a);
            return typeof v === "number"
              ? displayText(v, a.startsWith("J") ? "0.0%" : "#,##0.0")
              : displayText(v, "General");
          };
          expect(["C15", "H15", "I15", "J15", "K15"].map(text)).toEqual(
            [2, 7, 8, 9, 10].map((c) => grid.totals?.[c]?.text)
          );
          expect(["I17", "I18", "I19"].map(text)).toEqual(grid.summary.map((l) => l.cell.text));
          expect(["N5", "O5", "P5", "Q5", "R5"].map(text)).toEqual(grid.trajectory?.years);
        }
      ),
      {
        numRuns: 25,
        examples: [
          [
            {
              share: 0.002,
              uplift: 0.01,
              minGrowth: 0,
              horizon: 4,
              attrition: null,
              completion: 0.5,
              startYear: 2019,
            },
            [
              ["", "", "", ""],
              ["", "", "", ""],
              ["", 0, 0, 0],
              [0, "", "", ""],
              ["", 0, 0, ""],
              ["", "", "", ""],
              ["", "", 0, ""],
              ["", "", "", 0],
              [2043, 1567, 482, ""],
            ],
          ],
        ],
      }
    );
  });
});
