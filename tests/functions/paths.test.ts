import { call, expectError, one } from "../support/pp";

describe("PP.TRAJECTORY", () => {
  it("steps linearly over 4 years by default, from baseline to target", () => {
    expect(call("TRAJECTORY", 100, 160)).toEqual([[100, 115, 130, 145, 160]]);
  });

  it("grows at a constant rate with method compound", () => {
    const [row] = call("TRAJECTORY", 100, 121, 2, "compound") as [number[]];
    expect(row).toHaveLength(3);
    expect(row[0]).toBe(100);
    expect(row[1]).toBeCloseTo(110, 10);
    expect(row[2]).toBe(121);
  });

  it("spills one row per baseline in a column, padding shorter rows with empty text", () => {
    expect(call("TRAJECTORY", [[0], [10]], [[4], [30]], [[4], [2]])).toEqual([
      [0, 1, 2, 3, 4],
      [10, 20, 30, "", ""],
    ]);
  });

  it("keeps a bad row to itself", () => {
    const result = call("TRAJECTORY", [[100], [-1], [0]], [[200], [50], [10]], 2, "compound");
    expect(result[0]).toEqual([100, expect.closeTo(100 * Math.SQRT2, 8), 200]);
    expectError(result[1]![0], "#NUM!");
    expect(result[1]!.slice(1)).toEqual(["", ""]);
    expectError(result[2]![0], "#DIV/0!");
  });

  it("gives one #VALUE! for an unknown method or a row of baselines", () => {
    expectError(
      one("TRAJECTORY", 100, 160, 4, "quadratic"),
      "#VALUE!",
      /Unknown method 'quadratic'/
    );
    expectError(one("TRAJECTORY", [[100, 200]], [[160, 300]]), "#VALUE!", /one column/);
  });

  it("validates years", () => {
    expectError(one("TRAJECTORY", 100, 160, 0), "#NUM!");
    expectError(one("TRAJECTORY", 100, 160, 51), "#NUM!");
  });
});

describe("PP.SUPPLY", () => {
  it("projects next = current x (1 - attrition) + intake, 4 years by default", () => {
    const [row] = call("SUPPLY", 100, 10, 0.1) as [number[]];
    const expected = [100];
    for (let k = 0; k < 4; k++) expected.push(expected[expected.length - 1]! * 0.9 + 10);
    expect(row).toHaveLength(5);
    row.forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 10));
  });

  it("takes a row of yearly intakes, and its length as the years when none are given", () => {
    expect(call("SUPPLY", 100, [[10, 20, 30]], 0)).toEqual([[100, 110, 130, 160]]);
    expectError(
      one("SUPPLY", 100, [[10, 20, 30]], 0, 4),
      "#VALUE!",
      /3 yearly values but years is 4/
    );
  });

  it("spills a row per staff group in a column", () => {
    expect(call("SUPPLY", [[100], [50]], [[0], [5]], 0, 2)).toEqual([
      [100, 100, 100],
      [50, 55, 60],
    ]);
  });

  it("rejects attrition of 100% or more and negative intake", () => {
    expectError(one("SUPPLY", 100, 10, 1), "#NUM!");
    const [row] = call("SUPPLY", 100, [[10, -5, 10]], 0) as [unknown[]];
    expect(row.slice(0, 2)).toEqual([100, 110]);
    expectError(row[2], "#NUM!");
    expectError(row[3], "#NUM!");
  });
});
