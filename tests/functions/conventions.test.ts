/** The conventions FUNCTIONS.md sets for every function: shapes, blanks, errors. */
import { excelError } from "../support/customFunctionsGlobal";
import { call, expectError, one } from "../support/pp";

describe("ranges and broadcasting", () => {
  const targets = [
    [10, 20, 30],
    [40, 50, 60],
  ];

  it("matches ranges of the same shape cell by cell", () => {
    expect(
      call("GAP", targets, [
        [1, 2, 3],
        [4, 5, 6],
      ])
    ).toEqual([
      [9, 18, 27],
      [36, 45, 54],
    ]);
  });

  it("uses a single value (or 1x1 range) against every cell", () => {
    expect(call("GAP", targets, 10)).toEqual([
      [0, 10, 20],
      [30, 40, 50],
    ]);
    expect(call("GAP", targets, [[10]])).toEqual(call("GAP", targets, 10));
  });

  it("broadcasts a 1xN row down and an Nx1 column across a matching matrix", () => {
    expect(call("GAP", targets, [[1, 2, 3]])).toEqual([
      [9, 18, 27],
      [39, 48, 57],
    ]);
    expect(call("GAP", targets, [[1], [2]])).toEqual([
      [9, 19, 29],
      [38, 48, 58],
    ]);
  });

  it("combines a row and a column into a matrix, as Excel's arithmetic does", () => {
    expect(call("GAP", [[100, 200]], [[1], [2], [3]])).toEqual([
      [99, 199],
      [98, 198],
      [97, 197],
    ]);
  });

  it("gives one #VALUE! naming both shapes when shapes cannot be matched", () => {
    const result = call("GAP", [[1], [2], [3]], [[1], [2]]);
    expect(result).toHaveLength(1);
    expectError(result[0]![0], "#VALUE!", /target \(3x1\).*in_post \(2x1\)/);
    expectError(one("GAP", [[1, 2]], [[1, 2, 3]]), "#VALUE!", /1x2.*1x3/);
  });
});

describe("bad values are per cell", () => {
  it("puts #VALUE! for text in that cell only and computes the rest", () => {
    const [row] = call("GAP", [[10, "ten", 30]], 1) as [unknown[]];
    expect(row[0]).toBe(9);
    expectError(row[1], "#VALUE!", /target holds the text 'ten'/);
    expect(row[2]).toBe(29);
  });

  it("passes an error in an input cell through to that cell", () => {
    const [row] = call("GAP", [[10, excelError("#DIV/0!"), excelError("#N/A"), 30]], 1) as [
      unknown[],
    ];
    expect(row[0]).toBe(9);
    expectError(row[1], "#DIV/0!");
    expectError(row[2], "#N/A", /target cell holds the error #N\/A/);
    expect(row[3]).toBe(29);
  });

  it("turns input errors Excel cannot return (#REF!, #NAME?) into an explained #VALUE!", () => {
    expectError(one("GAP", excelError("#REF!"), 1), "#VALUE!", /holds the error #REF!/);
    expectError(
      one("GROWTH", 1, excelError("#NAME?")),
      "#VALUE!",
      /target cell holds the error #NAME\?/
    );
  });

  it("reports the first bad argument of a cell, in argument order", () => {
    expectError(one("GAP", "x", -1), "#VALUE!");
    expectError(one("GAP", -1, "x"), "#NUM!");
  });

  it("keeps per-cell errors inside a spill of a named function", () => {
    const result = call(
      "TARGET",
      [[100], [100], [100]],
      [["CYP"], ["Cardiology"], ["IAPT"]],
      "All",
      0.1
    );
    expect(result[0]![0]).toBeCloseTo(491, 10);
    expectError(result[1]![0], "#N/A", /Unknown service area 'Cardiology'/);
    expect(result[2]![0]).toBeCloseTo(386, 10);
  });
});

describe("Excel's quirks at the boundary", () => {
  it("reads a blank as null (Excel on the web) and 0 (desktop) the same way", () => {
    expect(call("GAP", [[null, 10]], [[0, null]])).toEqual(call("GAP", [[0, 10]], [[0, 0]]));
  });

  it("uses defaults for omitted optional arguments (null) but not for blank cells", () => {
    expect(one("MEETS", 100, 160, undefined)).toBe(true);
    expect(one("MEETS", 100, 100, [[null]])).toBe(true);
    expect(one("MEETS", 100, 100, undefined)).toBe(false);
  });

  it("returns spills whose empty cells are empty text, never null", () => {
    const result = call("TRAJECTORY", [[1], [1]], [[2], [2]], [[1], [3]]);
    for (const row of result) for (const cell of row) expect(cell).not.toBeNull();
  });

  it("survives inputs Excel never sends", () => {
    expect(one("GAP", Number.NaN, 1)).toBeDefined();
    expectError(one("GAP", Number.POSITIVE_INFINITY, 1), "#NUM!");
    expect(call("GAP", [], [[1]])).toEqual([[-1]]);
    expectError(one("GAP", [[{}]], 1), "#VALUE!");
    expect(call("GAP", [[1, 2], [3]], 0)).toEqual([
      [1, 2],
      [3, 0],
    ]);
  });
});

describe("a blank sent as 0 by Excel on the desktop", () => {
  it("reads as a blank name, not as the name '0'", () => {
    expectError(one("LTP", 0), "#N/A", /service_area is blank/);
    expectError(one("LTP", "CYP", 0), "#N/A", /staff_group is blank/);
  });

  it("reads as the default trajectory method, as a blank does on the web", () => {
    expect(call("TRAJECTORY", 100, 160, 4, 0)).toEqual(call("TRAJECTORY", 100, 160, 4, null));
  });
});
