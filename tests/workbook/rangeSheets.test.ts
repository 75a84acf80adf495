/**
 * The PP Ranges and PP Sensitivity sheets as the Excel layer writes them (over office-addin-mock),
 * evaluated by a formula engine running their PP formulas: the values match the pane's own
 * computation, a changed input recalculates, each carries its native chart, and "share as values"
 * copies both with every PP formula replaced by what it shows. The engine rounds results to
 * about ten significant digits, as Excel shows fifteen: comparisons allow for that.
 */
import type { HyperFormula } from "hyperformula";
import { columnLetters } from "../../src/core/a1";
import type { PlanInputs } from "../../src/core/planSheet";
import {
  RANGES_SHEET,
  SENSITIVITY_SHEET,
  bandTop,
  rangesSpec,
  sensitivitySpec,
} from "../../src/core/rangeSheets";
import type { Scenario, ScenarioValues } from "../../src/core/scenarios";
import { usesPPFunction } from "../../src/core/snapshot";
import {
  isBand,
  isSensitivity,
  planTotals,
  scenarioBand,
  sensitivity,
  type ScenarioBand,
} from "../../src/core/sensitivity";
import { FakeExcel, type FakeSheet, officeStore } from "../support/excelFake";
import { engineFromWorkbook, valueAt } from "../support/formulaEngine";

const ROWS: PlanInputs[] = [
  { area: "CYP", group: "Psychologists", baseline: 120, inPost: 118, pipeline: 12, leavers: 4 },
  { area: "IAPT", group: "Therapists", baseline: 300, inPost: 290, pipeline: 10, leavers: 8 },
];
const CENTRAL: ScenarioValues = {
  share: 0.02,
  uplift: 0.05,
  minGrowth: 0.6,
  horizon: 4,
  startYear: 2025,
  attrition: 0.12,
  completion: 0.9,
  attritionLow: 0.1,
  attritionHigh: 0.18,
  completionLow: 0.8,
  completionHigh: 0.95,
};
const SCENARIOS: Scenario[] = [
  { name: "Central", values: CENTRAL, notes: "" },
  // No range: its band is PP.SUPPLY's line.
  { name: "Point", values: { ...CENTRAL, share: 0.025, attritionLow: null, attritionHigh: null, completionLow: null, completionHigh: null }, notes: "" }, // prettier-ignore
];
const totals = planTotals(ROWS)!;
const bands = SCENARIOS.map((s) => scenarioBand(totals, s)).filter(isBand);

function workbook() {
  const excel = new FakeExcel();
  const store = officeStore(excel);
  return { excel, store, syncs: jest.spyOn(excel.context, "sync") };
}

const value = (hf: HyperFormula, sheet: string, address: string): number => {
  const v = valueAt(hf, sheet, address);
  if (typeof v !== "number") throw new Error(`${address} shows ${String(v)}`);
  return v;
};

describe("the PP Ranges sheet", () => {
  it("computes each scenario's band, chance and confident intake with PP formulas, in 2 syncs", async () => {
    const { excel, store, syncs } = workbook();
    await store.insertSheet(RANGES_SHEET, (n) => rangesSpec(bands, "now", n.sheet, n.table));
    expect(syncs).toHaveBeenCalledTimes(2);
    expect(excel.tableValues("PP_Ranges").rows.map((r) => r[0])).toEqual(["Central", "Point"]);
    const hf = engineFromWorkbook(excel, { horizon: 4 });
    const at = (a: string) => value(hf, "PP Ranges", a);
    const top = bandTop(bands.length);
    bands.forEach((b: ScenarioBand, i) => {
      const r = 6 + i;
      expect(at(`K${r}`)).toBeCloseTo(b.intake, 6);
      expect(at(`L${r}`)).toBeCloseTo(b.chance, 9);
      expect(at(`M${r}`)).toBeCloseTo(b.intake90!, 6);
      [b.p10, b.p50, b.p90].forEach((row, j) =>
        row.forEach((v, k) =>
          expect(at(`${columnLetters(1 + k)}${top + 3 * i + j}`)).toBeCloseTo(v, 6)
        )
      );
    });
    // The ranged scenario's band is a band; the point one a line that ends on its target.
    expect(at(`F${top + 2}`) - at(`F${top}`)).toBeGreaterThan(5);
    expect(at(`F${top + 5}`)).toBeCloseTo(at(`F${top + 3}`), 6);
    expect(at(`F${top + 4}`)).toBeCloseTo(bands[1]!.target, 6);
    expect(excel.log).toContain(
      `PP Ranges charts.add("Line", 'PP Ranges'!A${top}:F${top + 5}, "Rows")`
    );
  });

  it("recalculates when a shaded value is changed", async () => {
    const { excel, store } = workbook();
    await store.insertSheet(RANGES_SHEET, (n) => rangesSpec(bands, "now", n.sheet, n.table));
    const hf = engineFromWorkbook(excel, { horizon: 4 });
    const before = value(hf, "PP Ranges", `F${bandTop(2)}`);
    // Attrition high of Central (G6) from 18% to 25%: the P10 falls.
    hf.setCellContents({ sheet: hf.getSheetId("PP Ranges")!, row: 5, col: 6 }, 0.25);
    const wider = scenarioBand(totals, {
      name: "Central",
      values: { ...CENTRAL, attritionHigh: 0.25 },
      notes: "",
    }) as ScenarioBand;
    const after = value(hf, "PP Ranges", `F${bandTop(2)}`);
    expect(after).toBeLessThan(before);
    expect(after).toBeCloseTo(wider.p10[4]!, 6);
  });
});

describe("the PP Sensitivity sheet", () => {
  const result = sensitivity(totals, CENTRAL);
  if (!isSensitivity(result)) throw new Error("Central is complete");
  const values = { share: 0.02, uplift: 0.05, horizon: 4, attrition: 0.12, completion: 0.9 };

  it("moves each assumption in its own row of formulas, largest first, with a tornado chart", async () => {
    const { excel, store, syncs } = workbook();
    await store.insertSheet(SENSITIVITY_SHEET, (n) =>
      sensitivitySpec(result, totals, values, "Central", "now", n.sheet, n.table)
    );
    expect(syncs).toHaveBeenCalledTimes(2);
    const hf = engineFromWorkbook(excel, { horizon: 4 });
    const at = (a: string) => value(hf, "PP Sensitivity", a);
    expect(at("B15")).toBeCloseTo(result.gap, 6);
    expect(at("B16")).toBeCloseTo(result.intake!, 6);
    const rows = excel.tableValues("PP_Sensitivity").rows;
    expect(rows.map((r) => r[0])).toEqual(result.factors.map((f) => f.name));
    result.factors.forEach((f, i) => {
      const r = 20 + i;
      expect(at(`G${r}`)).toBeCloseTo(f.gapAtLow, 6);
      expect(at(`H${r}`)).toBeCloseTo(f.gapAtHigh, 6);
      expect(at(`I${r}`)).toBeCloseTo(f.intakeAtLow!, 6);
      expect(at(`J${r}`)).toBeCloseTo(f.intakeAtHigh!, 6);
      expect(at(`B${r}`)).toBeCloseTo(f.intakeAtLow! - result.intake!, 6);
      expect(at(`C${r}`)).toBeCloseTo(f.intakeAtHigh! - result.intake!, 6);
    });
    expect(rows[0]?.[5]).toBe("The scenario's 80% range");
    expect(rows.find((r) => r[0] === "Local share")?.[5]).toBe(
      "±20% of the value (no range given)"
    );
    const last = 19 + result.factors.length;
    expect(excel.log).toContain(
      `PP Sensitivity charts.add("BarClustered", 'PP Sensitivity'!A19:C${last}, "Columns")`
    );
    expect(excel.log.some((l) => l.includes("categoryAxis.reversePlotOrder = true"))).toBe(true);
  });
});

describe("sharing as values", () => {
  it("copies both sheets with every PP formula replaced by what it shows", async () => {
    const { excel, store } = workbook();
    await store.setUp();
    await store.insertSheet(RANGES_SHEET, (n) => rangesSpec(bands, "now", n.sheet, n.table));
    const result = sensitivity(totals, CENTRAL);
    if (!isSensitivity(result)) throw new Error("complete");
    await store.insertSheet(
      SENSITIVITY_SHEET,
      (n) =>
      sensitivitySpec(result, totals, { share: 0.02, uplift: 0.05, horizon: 4, attrition: 0.12, completion: 0.9 }, "Central", "now", n.sheet, n.table) // prettier-ignore
    );
    const hf = engineFromWorkbook(excel, { horizon: 4 });
    excel.calculator = (sheet, row, column) => valueAt(hf, sheet, `${columnLetters(column)}${row}`);
    excel.calculatedSize = (sheet) => {
      const id = hf.getSheetId(sheet);
      if (id === undefined) return { rows: 0, columns: 0 };
      const { width, height } = hf.getSheetDimensions(id);
      return { rows: height, columns: width };
    };
    const snapshot = await store.shareAsValues("now");
    expect(snapshot.copies.map((c) => c.original)).toEqual(
      expect.arrayContaining(["PP Ranges", "PP Sensitivity"])
    );
    const copy = excel.findSheet("PP Ranges (values)") as FakeSheet;
    expect([...copy.cells.values()].some((c) => usesPPFunction(c))).toBe(false);
    expect(copy.get(6, 11)).toBeCloseTo(bands[0]!.chance, 9);
    const top = bandTop(bands.length);
    expect(copy.get(top, 5)).toBeCloseTo(bands[0]!.p10[4]!, 6);
    const moves = excel.findSheet("PP Sensitivity (values)") as FakeSheet;
    expect(moves.get(16, 1)).toBeCloseTo(result.intake!, 6);
  });
});
