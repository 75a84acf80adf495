/**
 * The plan's totals, each scenario's band of total staff in post, and what moves the result most,
 * against computations made directly from the definitions (PP.INTAKE's closed form, the plan
 * sheet's own row values, PP.SUPPLYRANGE and PP.SUPPLY called as Excel calls them); and the
 * scenario table's range columns: order checks and the names' fallback to the value.
 */
import { compareScenarios } from "../../src/core/compare";
import type { PlanInputs } from "../../src/core/planSheet";
import {
  ASSUMPTIONS,
  COLUMN_HEADERS,
  DEFINED_NAMES,
  definedNameFormula,
  rangeProblems,
  readScenarioTable,
  type ScenarioValues,
} from "../../src/core/scenarios";
import {
  FACTORS,
  isBand,
  isSensitivity,
  planTotals,
  scenarioBand,
  sensitivity,
  type ScenarioBand,
} from "../../src/core/sensitivity";
import { call } from "../support/pp";

/** Every row needs an intake, so the totals' intake is the rows' sum (see sensitivity.ts). */
const ROWS: PlanInputs[] = [
  { area: "CYP", group: "Psychologists", baseline: 120, inPost: 118, pipeline: 12, leavers: 4 },
  { area: "Perinatal", group: "Therapists", baseline: 40, inPost: 38, pipeline: 2, leavers: 1 },
  { area: "IAPT", group: "Therapists", baseline: 300, inPost: 290, pipeline: "", leavers: null },
  // Left out: no WTE in post yet.
  { area: "SMHP", group: "Psychologists", baseline: 50, inPost: "", pipeline: 3, leavers: 0 },
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

/** PP.INTAKE's definition: in_post (1-a)^n + I c sum_{k<n} (1-a)^k = target. */
function intakeByHand(target: number, inPost: number, a: number, n: number, c: number): number {
  let kept = 0;
  for (let k = 0; k < n; k++) kept += (1 - a) ** k;
  return Math.max(0, (target - inPost * (1 - a) ** n) / kept / c);
}

describe("the plan's totals", () => {
  it("sum the rows with a baseline and WTE in post, with the national figures of Table 1", () => {
    const t = planTotals(ROWS);
    expect(t).toEqual({
      baseline: 460,
      // Table 1: CYP psychologists 1,360; perinatal therapists and IAPT therapists as published.
      national: expect.any(Number) as number,
      inPost: 446,
      pipeline: 14,
      leavers: 5,
      rows: 3,
    });
    // The targets and gaps add up to what the comparison sums row by row.
    const [compared] = compareScenarios(
      [{ name: "C", values: CENTRAL, notes: "" }],
      ROWS.slice(0, 3)
    );
    const target = t!.baseline + t!.national * 0.02 * 1.05;
    expect(target).toBeCloseTo(compared!.target!, 9);
    expect(target - 446 - 14 + 5).toBeCloseTo(compared!.gap!, 9);
    expect(intakeByHand(target, 446, 0.12, 4, 0.9)).toBeCloseTo(compared!.intake!, 9);
  });

  it("are null without any complete row", () => {
    expect(planTotals([ROWS[3]!])).toBeNull();
    expect(planTotals([])).toBeNull();
  });
});

describe("a scenario's band of total staff in post", () => {
  const t = planTotals(ROWS)!;

  it("is PP.SUPPLYRANGE on the totals with the intake PP.INTAKE gives at the scenario's values", () => {
    const band = scenarioBand(t, { name: "Central", values: CENTRAL, notes: "" }) as ScenarioBand;
    expect(isBand(band)).toBe(true);
    const target = t.baseline + t.national * 0.02 * 1.05;
    expect(band.target).toBeCloseTo(target, 9);
    expect(band.intake).toBeCloseTo(intakeByHand(target, t.inPost, 0.12, 4, 0.9), 9);
    const excel = call("SUPPLYRANGE", t.inPost, band.intake, 0.1, 0.18, 4, 0.8, 0.95);
    expect([band.p10, band.p50, band.p90]).toEqual(excel);
    expect(band.chance).toBe(
      call("CHANCE", target, t.inPost, band.intake, 0.1, 0.18, 4, 0.8, 0.95)[0]![0]
    );
    expect(band.intake90).toBe(
      call("INTAKECONFIDENT", target, t.inPost, 0.1, 0.18, 4, 0.8, 0.95, 0.9)[0]![0]
    );
    // The band widens year by year and holds its middle between its edges.
    for (let k = 1; k <= 4; k++) {
      expect(band.p10[k]!).toBeLessThan(band.p50[k]!);
      expect(band.p50[k]!).toBeLessThan(band.p90[k]!);
      expect(band.p90[k]! - band.p10[k]!).toBeGreaterThan(band.p90[k - 1]! - band.p10[k - 1]!);
    }
  });

  it("is PP.SUPPLY's line when the scenario gives no range", () => {
    const values = { ...CENTRAL, attritionLow: null, attritionHigh: null, completionLow: null, completionHigh: null }; // prettier-ignore
    const band = scenarioBand(t, { name: "Point", values, notes: "" }) as ScenarioBand;
    expect(band.ranged).toBe(false);
    const path = call("SUPPLY", t.inPost, band.intake * 0.9, 0.12, 4)[0] as number[];
    band.p10.forEach((v, k) => expect(v).toBeCloseTo(path[k]!, 9));
    expect(band.p90).toEqual(band.p10);
    // The plan's intake at its own values reaches the target exactly.
    expect(band.p50[4]).toBeCloseTo(band.target, 9);
  });

  it("names what is missing rather than guess", () => {
    const values = { ...CENTRAL, share: null, attrition: null, attritionLow: null };
    expect(scenarioBand(t, { name: "Empty", values, notes: "" })).toEqual({
      name: "Empty",
      missing: ["Local share", "Annual attrition"],
    });
  });
});

describe("what moves the result most", () => {
  const t = planTotals(ROWS)!;
  const result = sensitivity(t, CENTRAL);
  if (!isSensitivity(result)) throw new Error("Central is complete");

  it("moves each assumption to its low and its high, the others kept, as computed directly", () => {
    const target = (s: number, u: number): number => t.baseline + t.national * s * (1 + u);
    const gap = (s: number, u: number): number => target(s, u) - t.inPost - t.pipeline + t.leavers;
    const intake = (v: Partial<Record<"s" | "u" | "a" | "c", number>>): number =>
      intakeByHand(target(v.s ?? 0.02, v.u ?? 0.05), t.inPost, v.a ?? 0.12, 4, v.c ?? 0.9);
    expect(result.gap).toBeCloseTo(gap(0.02, 0.05), 9);
    expect(result.intake).toBeCloseTo(intake({}), 9);
    const by = Object.fromEntries(result.factors.map((f) => [f.factor, f]));
    // Attrition and completion: the scenario's 80% range.
    expect(by.attrition).toMatchObject({ low: 0.1, high: 0.18, basis: "range" });
    expect(by.attrition!.intakeAtLow).toBeCloseTo(intake({ a: 0.1 }), 9);
    expect(by.attrition!.intakeAtHigh).toBeCloseTo(intake({ a: 0.18 }), 9);
    expect(by.attrition!.gapAtLow).toBeCloseTo(result.gap, 9);
    expect(by.completion).toMatchObject({ low: 0.8, high: 0.95, basis: "range" });
    expect(by.completion!.intakeAtLow).toBeCloseTo(intake({ c: 0.8 }), 9);
    // Share and uplift: ±20% of the value.
    expect(by.share!.basis).toBe("plus-minus");
    expect(by.share!.low).toBeCloseTo(0.016, 12);
    expect(by.share!.high).toBeCloseTo(0.024, 12);
    expect(by.share!.gapAtHigh).toBeCloseTo(gap(0.024, 0.05), 9);
    expect(by.share!.intakeAtHigh).toBeCloseTo(intake({ s: 0.024 }), 9);
    expect(by.uplift!.low).toBeCloseTo(0.04, 12);
    expect(by.uplift!.intakeAtLow).toBeCloseTo(intake({ u: 0.04 }), 9);
    expect(by.uplift!.gapAtLow).toBeCloseTo(gap(0.02, 0.04), 9);
  });

  it("lists the largest effect on the intake first", () => {
    const swings = result.factors.map((f) => f.intakeSwing);
    expect([...swings].sort((a, b) => b - a)).toEqual(swings);
    expect(result.factors.map((f) => f.factor).sort()).toEqual([...FACTORS].sort());
    expect(swings.every((s) => s > 0)).toBe(true);
    // A wider attrition range moves the intake more than anything else does.
    const wide = sensitivity(t, { ...CENTRAL, attritionLow: 0.05, attritionHigh: 0.3 });
    expect(isSensitivity(wide) && wide.factors[0]?.factor).toBe("attrition");
    // Without any range, ±20% everywhere: completion's 0.72–1 moves it more than share's.
    const none = sensitivity(t, { ...CENTRAL, attritionLow: null, attritionHigh: null, completionLow: null, completionHigh: null }); // prettier-ignore
    if (!isSensitivity(none)) throw new Error("complete");
    expect(none.factors.every((f) => f.basis === "plus-minus")).toBe(true);
    expect(none.factors.find((f) => f.factor === "completion")?.high).toBe(1);
  });

  it("puts an assumption that moves nothing last, and names what is missing", () => {
    const flat = sensitivity(t, { ...CENTRAL, uplift: 0 });
    if (!isSensitivity(flat)) throw new Error("complete");
    expect(flat.factors[flat.factors.length - 1]).toMatchObject({
      factor: "uplift",
      intakeSwing: 0,
    });
    expect(sensitivity(t, { ...CENTRAL, completion: null })).toEqual({
      missing: ["Training completion"],
    });
  });
});

describe("the scenario table's range columns", () => {
  it("check low ≤ value ≤ high where given", () => {
    expect(rangeProblems(CENTRAL)).toEqual({});
    expect(rangeProblems({ ...CENTRAL, attritionLow: 0.13 })).toEqual({
      attritionLow: "Attrition low (13%) must not be above the attrition itself (12%).",
    });
    expect(rangeProblems({ ...CENTRAL, completionHigh: 0.85 })).toEqual({
      completionHigh: "Completion high (85%) must not be below the completion itself (90%).",
    });
    // Without the value, the ends are checked against each other.
    expect(rangeProblems({ ...CENTRAL, attrition: null, attritionLow: 0.2 })).toEqual({
      attritionHigh: "Attrition high (18%) must not be below attrition low (20%).",
    });
  });

  it("report an end out of order at its cell, and leave it out of the values", () => {
    const headers = [...COLUMN_HEADERS];
    const row = headers.map((h) => {
      const a = ASSUMPTIONS.find((x) => x.header === h);
      if (h === "Scenario") return "A";
      if (h === "Attrition low") return 0.2;
      return a ? (CENTRAL[a.key] ?? "") : "";
    });
    const book = readScenarioTable({
      headerAddress: "'PP Scenarios'!A3",
      headers,
      rows: [row],
      active: "A",
      names: DEFINED_NAMES,
    });
    expect(book.problems).toEqual([
      {
        address: "'PP Scenarios'!I4",
        message: "Attrition low (20%) must not be above the attrition itself (12%).",
      },
    ]);
    expect(book.scenarios[0]?.values.attritionLow).toBeNull();
    expect(book.scenarios[0]?.values.attritionHigh).toBe(0.18);
    expect(book.scenarios[0]?.invalid.attritionLow).toMatch(/must not be above/);
  });

  it("have names that fall back to the value while empty, and #N/A only when both are", () => {
    const low = ASSUMPTIONS.find((a) => a.definedName === "PP_AttritionLow")!;
    const cell = (h: string) =>
      `INDEX(PP_Scenarios[${h}],MATCH(PP_Active,PP_Scenarios[Scenario],0))`;
    expect(definedNameFormula(low)).toBe(
      `=IF(ISBLANK(${cell("Attrition low")}),IF(ISBLANK(${cell("Annual attrition")}),NA(),${cell("Annual attrition")}),${cell("Attrition low")})`
    );
  });
});
