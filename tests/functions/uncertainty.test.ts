/**
 * PP.SUPPLYRANGE, PP.INTAKECONFIDENT and PP.CHANCE: exact cases checked against PP.SUPPLY and
 * PP.INTAKE, closed forms, errors per cell and whole columns.
 */
import { interpolatedCdf, normalCdf, normalQuantile, Z90 } from "../../src/core/normal";
import { call, expectError, one } from "../support/pp";

const row = (r: unknown[] | undefined) => r as number[];

describe("the normal distribution behind the ranges", () => {
  it("gives textbook values of the cumulative probability (within 1e-7) and its inverse", () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 6);
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 6);
    expect(normalCdf(-Z90)).toBeCloseTo(0.1, 6);
    expect(normalQuantile(0.9)).toBeCloseTo(Z90, 8);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232306167813, 6);
    for (const p of [1e-6, 0.02, 0.1, 0.3, 0.5, 0.77, 0.98, 0.999999]) {
      expect(normalCdf(normalQuantile(p))).toBeCloseTo(p, 6);
    }
  });
});

describe("the interpolated normal the range functions' loops read", () => {
  it("is within 1.1e-8 of the closed form everywhere, and exactly 0 and 1 beyond 8 sds", () => {
    let worst = 0;
    for (let z = -8.5; z <= 8.5; z += 0.000731) {
      worst = Math.max(worst, Math.abs(interpolatedCdf(z) - normalCdf(z)));
    }
    expect(worst).toBeLessThan(1.1e-8);
    expect(interpolatedCdf(-8)).toBe(0);
    expect(interpolatedCdf(8)).toBe(1);
  });
});

describe("PP.SUPPLYRANGE", () => {
  it("with a zero-width range gives PP.SUPPLY's path exactly, in all three rows", () => {
    const supply = call("SUPPLY", 100, 20, 0.1)[0];
    expect(call("SUPPLYRANGE", 100, 20, 0.1, 0.1)).toEqual([supply, supply, supply]);
    const withCompletion = call("SUPPLY", 250, 30 * 0.8, 0.15, 6)[0];
    expect(call("SUPPLYRANGE", 250, 30, 0.15, 0.15, 6, 0.8, 0.8)).toEqual([
      withCompletion,
      withCompletion,
      withCompletion,
    ]);
  });

  it("with attrition uncertain only, P10 is PP.SUPPLY at the high rate and P90 at the low rate", () => {
    const [p10, p50, p90] = call("SUPPLYRANGE", 100, 20, 0.1, 0.18);
    expect(p10).toEqual(call("SUPPLY", 100, 20, 0.18)[0]);
    expect(p50).toEqual(call("SUPPLY", 100, 20, 0.14)[0]);
    expect(p90).toEqual(call("SUPPLY", 100, 20, 0.1)[0]);
  });

  it("with completion uncertain only, P10 is PP.SUPPLY at the low completion", () => {
    const [p10, , p90] = call("SUPPLYRANGE", 100, 20, 0.1, 0.1, 4, 0.7, 0.9);
    const at = (c: number) => row(call("SUPPLY", 100, 20 * c, 0.1)[0]);
    row(p10).forEach((v, k) => expect(v).toBeCloseTo(at(0.7)[k]!, 10));
    row(p90).forEach((v, k) => expect(v).toBeCloseTo(at(0.9)[k]!, 10));
  });

  it("with both uncertain, keeps P10 <= P50 <= P90 and lies inside the one-rate extremes", () => {
    const [p10, p50, p90] = call("SUPPLYRANGE", 100, 20, 0.1, 0.18, 5, 0.7, 0.9).map(row);
    const worst = row(call("SUPPLY", 100, 20 * 0.7, 0.18, 5)[0]);
    const best = row(call("SUPPLY", 100, 20 * 0.9, 0.1, 5)[0]);
    expect(p10![0]).toBe(100);
    for (let k = 1; k <= 5; k++) {
      expect(p10![k]).toBeLessThan(p50![k]!);
      expect(p50![k]).toBeLessThan(p90![k]!);
      // Both rates at their own P10/P90 together is rarer than 10%: the band is inside them.
      expect(p10![k]).toBeGreaterThan(worst[k]!);
      expect(p90![k]).toBeLessThan(best[k]!);
    }
  });

  it("solves a plan of millionths of a WTE as finely as one of hundreds: the same band, scaled", () => {
    // The same plan at two scales: percentiles scale with in post and intake together.
    const big = call("SUPPLYRANGE", 0, 20, 0, 0.08, 10, 0.9, 1).map(row);
    const tiny = call("SUPPLYRANGE", 0, 20e-9, 0, 0.08, 10, 0.9, 1).map(row);
    for (let j = 0; j < 3; j++) {
      for (let k = 1; k <= 10; k++) expect(tiny[j]![k]! / 1e-9).toBeCloseTo(big[j]![k]!, 4);
    }
    for (let k = 1; k <= 10; k++) {
      expect(tiny[0]![k]).toBeLessThan(tiny[1]![k]!);
      expect(tiny[1]![k]).toBeLessThan(tiny[2]![k]!);
    }
  });

  it("keeps P10 <= P50 <= P90 on a band far narrower than the solver's precision", () => {
    // Found by fast-check: ranges a few units of the last place wide, so the three percentiles are
    // one value to 15 digits and the solver's 1e-7 could put P10 above P50.
    const band = call("SUPPLYRANGE", 0, 0.020811115920647914, 0, 1e-323, 4, 0.3, 0.3 + 7.6e-15) as number[][]; // prettier-ignore
    for (let k = 0; k <= 4; k++) {
      expect(band[0]![k]).toBeLessThanOrEqual(band[1]![k]!);
      expect(band[1]![k]).toBeLessThanOrEqual(band[2]![k]!);
      expect(band[2]![k]! - band[0]![k]!).toBeLessThan(1e-8);
    }
  });

  it("stacks three rows per row of a column, padding shorter horizons", () => {
    const result = call("SUPPLYRANGE", [[100], [50]], 10, 0.1, 0.2, [[2], [1]]);
    expect(result).toHaveLength(6);
    expect(result.every((r) => r.length === 3)).toBe(true);
    expect(result[3]).toEqual([...call("SUPPLY", 50, 10, 0.2, 1)[0]!, ""]);
  });

  it("gives #NUM! where low is above high, a rate is out of range or attrition is 1", () => {
    expectError(call("SUPPLYRANGE", 100, 20, 0.2, 0.1)[0]![0], "#NUM!");
    expectError(call("SUPPLYRANGE", 100, 20, 0.1, 1)[0]![0], "#NUM!");
    expectError(call("SUPPLYRANGE", 100, 20, -0.1, 0.1)[0]![0], "#NUM!");
    expectError(call("SUPPLYRANGE", 100, 20, 0.1, 0.2, 4, 0.9, 0.8)[0]![0], "#NUM!");
    expectError(call("SUPPLYRANGE", 100, 20, 0.1, 0.2, 4, 0.9, 1.2)[0]![0], "#NUM!");
  });

  it("keeps a bad row to its own three rows, and one error for a row of inputs", () => {
    const result = call("SUPPLYRANGE", [[100], ["tbc"], [80]], 10, 0.1, 0.2, 1);
    expect(result[0]![0]).toBe(100);
    expectError(result[3]![0], "#VALUE!", /in_post holds the text 'tbc'/);
    expectError(result[5]![0], "#VALUE!");
    expect(result[6]![0]).toBe(80);
    expectError(one("SUPPLYRANGE", [[100, 200]], 10, 0.1, 0.2), "#VALUE!", /one column/);
  });
});

describe("PP.INTAKECONFIDENT", () => {
  it("with zero-width ranges gives PP.INTAKE's intake exactly", () => {
    expect(one("INTAKECONFIDENT", 160, 100, 0.1, 0.1)).toBe(one("INTAKE", 160, 100, 0.1));
    expect(one("INTAKECONFIDENT", 300, 120, 0.2, 0.2, 6, 0.8, 0.8, 0.5)).toBe(
      one("INTAKE", 300, 120, 0.2, 6, 0.8)
    );
  });

  it("with attrition uncertain only, at 90% is PP.INTAKE at the high rate", () => {
    expect(one("INTAKECONFIDENT", 160, 100, 0.1, 0.18)).toBe(one("INTAKE", 160, 100, 0.18));
    expect(one("INTAKECONFIDENT", 160, 100, 0.1, 0.18, 4, 1, 1, 0.1)).toBe(
      one("INTAKE", 160, 100, 0.1)
    );
  });

  it("with completion uncertain only, at 90% is PP.INTAKE at the low completion", () => {
    expect(one("INTAKECONFIDENT", 160, 100, 0.1, 0.1, 4, 0.7, 0.9)).toBe(
      one("INTAKE", 160, 100, 0.1, 4, 0.7)
    );
  });

  it("asks for more with more confidence, and is 0 when no intake is needed", () => {
    const at = (conf: number) =>
      one("INTAKECONFIDENT", 160, 100, 0.1, 0.18, 4, 0.7, 0.9, conf) as number;
    expect(at(0.5)).toBeLessThan(at(0.8));
    expect(at(0.8)).toBeLessThan(at(0.95));
    // 100 x 0.82^4 = 45 stay even at the high rate; a rate that leaves under 40 is rarer than 10%.
    expect(one("INTAKECONFIDENT", 40, 100, 0.1, 0.18, 4, 0.7, 0.9)).toBe(0);
  });

  it("gives the chance it promises: PP.CHANCE with that intake is the confidence", () => {
    for (const conf of [0.6, 0.9, 0.97]) {
      const intake = one("INTAKECONFIDENT", 200, 100, 0.08, 0.2, 5, 0.6, 0.95, conf);
      const p = one("CHANCE", 200, 100, intake, 0.08, 0.2, 5, 0.6, 0.95) as number;
      expect(p).toBeGreaterThanOrEqual(conf - 1e-9);
      expect(p).toBeCloseTo(conf, 6);
    }
  });

  it("past a jump in the chance, gives the intake beyond it, not one just short", () => {
    // Completion 83%-100%: the draws above 100% count as 100%, so the chance jumps as the
    // intake grows; 75.4% lies inside such a jump here. An intake a millionth less falls short.
    const args = [338.18, 373.81, 0.121, 0.3372, 5, 0.8328, 1] as const;
    const intake = one("INTAKECONFIDENT", ...args, 0.754) as number;
    const chance = (x: number) => one("CHANCE", args[0], args[1], x, ...args.slice(2)) as number;
    expect(chance(intake)).toBeGreaterThanOrEqual(0.754);
    expect(chance(intake * (1 - 1e-6))).toBeLessThan(0.754);
  });

  it("solves a plan of millionths of a WTE as finely as one of hundreds: the same intake, scaled", () => {
    for (const conf of [0.3, 0.75, 0.9]) {
      const big = one("INTAKECONFIDENT", 272.86, 236.02, 0.045, 0.265, 20, 0.867, 1, conf) as number; // prettier-ignore
      const tiny = one("INTAKECONFIDENT", 272.86e-6, 236.02e-6, 0.045, 0.265, 20, 0.867, 1, conf) as number; // prettier-ignore
      expect(tiny / 1e-6).toBeCloseTo(big, 4);
      const reached = one("CHANCE", 272.86e-6, 236.02e-6, tiny, 0.045, 0.265, 20, 0.867, 1);
      expect(reached).toBeGreaterThanOrEqual(conf - 1e-9);
    }
  });

  it("gives #NUM! for a confidence outside (0, 1) and #DIV/0! when completion may be 0", () => {
    for (const conf of [0, 1, 1.5, -0.1]) {
      expectError(one("INTAKECONFIDENT", 160, 100, 0.1, 0.2, 4, 1, 1, conf), "#NUM!");
    }
    expectError(one("INTAKECONFIDENT", 160, 100, 0.1, 0.2, 4, 0, 0), "#DIV/0!");
    expectError(one("INTAKECONFIDENT", 160, 100, 0.1, 0.2, 4, 0, 0.1), "#DIV/0!");
  });

  it("broadcasts like PP.INTAKE, errors per cell", () => {
    const result = call("INTAKECONFIDENT", [[160, 200, "x"]], 100, 0.1, 0.1);
    expect(result[0]![0]).toBe(one("INTAKE", 160, 100, 0.1));
    expect(result[0]![1]).toBe(one("INTAKE", 200, 100, 0.1));
    expectError(result[0]![2], "#VALUE!", /target holds the text 'x'/);
  });
});

describe("PP.CHANCE", () => {
  it("is 1 or 0 with no uncertainty, as PP.SUPPLY reaches the target or not", () => {
    const intake = one("INTAKE", 160, 100, 0.1) as number;
    expect(one("CHANCE", 160, 100, intake, 0.1, 0.1)).toBe(1);
    expect(one("CHANCE", 160, 100, intake * 0.999, 0.1, 0.1)).toBe(0);
  });

  it("is 90% for a target at the P10 end of PP.SUPPLYRANGE, 10% at the P90 end", () => {
    const band = call("SUPPLYRANGE", 100, 20, 0.1, 0.18).map(row);
    expect(one("CHANCE", band[0]![4], 100, 20, 0.1, 0.18)).toBeCloseTo(0.9, 6);
    expect(one("CHANCE", band[1]![4], 100, 20, 0.1, 0.18)).toBeCloseTo(0.5, 6);
    expect(one("CHANCE", band[2]![4], 100, 20, 0.1, 0.18)).toBeCloseTo(0.1, 6);
    const both = call("SUPPLYRANGE", 100, 20, 0.1, 0.18, 4, 0.6, 0.9).map(row);
    expect(one("CHANCE", both[0]![4], 100, 20, 0.1, 0.18, 4, 0.6, 0.9)).toBeCloseTo(0.9, 6);
    expect(one("CHANCE", both[2]![4], 100, 20, 0.1, 0.18, 4, 0.6, 0.9)).toBeCloseTo(0.1, 6);
  });

  it("matches the closed form when only completion is uncertain", () => {
    // S = 100 x 0.9^4 + c x 20 x (1 - 0.9^4) / 0.1, so S >= 160 needs c >= h.
    const kept = 100 * 0.9 ** 4;
    const added = (20 * (1 - 0.9 ** 4)) / 0.1;
    const h = (160 - kept) / added;
    const mean = 0.8;
    const sd = 0.1 / Z90;
    expect(one("CHANCE", 160, 100, 20, 0.1, 0.1, 4, 0.7, 0.9)).toBeCloseTo(
      1 - normalCdf((h - mean) / sd),
      9
    );
  });

  it("gives #NUM! for low above high and attrition of 1", () => {
    expectError(one("CHANCE", 160, 100, 20, 0.3, 0.1), "#NUM!");
    expectError(one("CHANCE", 160, 100, 20, 0.1, 1), "#NUM!");
    expectError(one("CHANCE", 160, 100, 20, 0.1, 0.2, 4, 0.9, 0.5), "#NUM!");
  });
});

describe("whole columns (1,048,576 rows)", () => {
  const ROWS = 1_048_576;
  const column = (values: unknown[]) =>
    Array.from({ length: ROWS }, (_, r) => [r < values.length ? values[r] : null]);

  it("PP.CHANCE and PP.INTAKECONFIDENT give a value per row, blanks counting as 0", () => {
    const targets = column([160, 200, "tbc"]);
    const chances = call("CHANCE", targets, 100, 20, 0.1, 0.18, 4, 0.7, 0.9);
    expect(chances).toHaveLength(ROWS);
    expect(chances[0]![0]).toBe(one("CHANCE", 160, 100, 20, 0.1, 0.18, 4, 0.7, 0.9));
    expectError(chances[2]![0], "#VALUE!");
    expect(chances[ROWS - 1]![0]).toBe(1);
    const intakes = call("INTAKECONFIDENT", targets, 100, 0.1, 0.18, 4, 0.7, 0.9);
    expect(intakes).toHaveLength(ROWS);
    expect(intakes[1]![0]).toBe(one("INTAKECONFIDENT", 200, 100, 0.1, 0.18, 4, 0.7, 0.9));
    expect(intakes[ROWS - 1]![0]).toBe(0);
  });

  it("PP.SUPPLYRANGE gives three rows per row (Excel then shows #SPILL!: the sheet is full)", () => {
    const result = call("SUPPLYRANGE", column([100, 50]), 20, 0.1, 0.18, 4, 0.7, 0.9);
    expect(result).toHaveLength(3 * ROWS);
    expect(result.slice(0, 3)).toEqual(call("SUPPLYRANGE", 100, 20, 0.1, 0.18, 4, 0.7, 0.9));
    expect(result[3 * ROWS - 1]).toEqual(call("SUPPLYRANGE", 0, 20, 0.1, 0.18, 4, 0.7, 0.9)[2]);
  });
});
