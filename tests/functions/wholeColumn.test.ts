/**
 * Whole columns (FUNCTIONS.md, "Whole columns"): a planner may point any function at A:A, which
 * Excel hands over as 1,048,576 rows of one cell each. Every function gives the right result at
 * that size: the shape, and cells checked against the same function on a single row.
 * The columns are made once and shared, and results are dropped after each test, to keep memory
 * in bounds.
 */
import { call, expectError, one } from "../support/pp";

const ROWS = 1_048_576;
// Under a loaded machine a whole column takes seconds per call; no time is asserted.
jest.setTimeout(300_000);
/** Rows checked in each result: the ends and a few in between. */
const SAMPLE = [0, 1, 999, 125_000, 524_287, ROWS - 2, ROWS - 1];

const wte = (r: number): number => 50 + (r % 997);
const column = <T>(cell: (r: number) => T): T[][] => {
  const out = new Array<T[]>(ROWS);
  for (let r = 0; r < ROWS; r++) out[r] = [cell(r)];
  return out;
};

const numbers = column(wte);
const AREAS = ["CYP", "IAPT", "Perinatal", "NHS Talking Therapies", "Total"];
const areas = column((r) => AREAS[r % AREAS.length]!);
const PROFESSIONS = ["All", "PWP", "CAPT", "Counsellors"];
const professions = column((r) => PROFESSIONS[r % PROFESSIONS.length]!);

function expectColumn(result: unknown[][], width: number, expected: (r: number) => unknown): void {
  expect(result).toHaveLength(ROWS);
  for (const r of SAMPLE) {
    expect(result[r]).toHaveLength(width);
    expect(result[r]).toEqual(expected(r));
  }
}

describe("every function over a whole column (1,048,576 rows)", () => {
  it("PP.GAP, PP.GROWTH, PP.MEETS, PP.SHARE", () => {
    expectColumn(call("GAP", numbers, 10, 5, 1), 1, (r) => [wte(r) - 10 - 5 + 1]);
    expectColumn(call("GROWTH", numbers, 1000), 1, (r) => [one("GROWTH", wte(r), 1000)]);
    expectColumn(call("MEETS", numbers, 1000), 1, (r) => [one("MEETS", wte(r), 1000)]);
    expectColumn(call("SHARE", numbers, 2000, 1.1), 1, (r) => [one("SHARE", wte(r), 2000, 1.1)]);
  });

  it("PP.INTAKE and PP.TARGET", () => {
    expectColumn(call("INTAKE", 2000, numbers, 0.1, 4, 0.9), 1, (r) => [
      one("INTAKE", 2000, wte(r), 0.1, 4, 0.9),
    ]);
    expectColumn(call("TARGET", numbers, areas, "Psychologists", 0.01), 1, (r) => [
      one("TARGET", wte(r), AREAS[r % AREAS.length], "Psychologists", 0.01),
    ]);
  });

  it("PP.TRAJECTORY and PP.SUPPLY spill one row per input row, without a stack overflow", () => {
    expectColumn(call("TRAJECTORY", numbers, 1000), 5, (r) => call("TRAJECTORY", wte(r), 1000)[0]);
    expectColumn(
      call("TRAJECTORY", numbers, 1000, 2, "compound"),
      3,
      (r) => call("TRAJECTORY", wte(r), 1000, 2, "compound")[0]
    );
    expectColumn(call("SUPPLY", numbers, 20, 0.15), 5, (r) => call("SUPPLY", wte(r), 20, 0.15)[0]);
    expectColumn(
      call("SUPPLY", numbers, [[10, 20, 30]], 0.1),
      4,
      (r) => call("SUPPLY", wte(r), [[10, 20, 30]], 0.1)[0]
    );
  });

  it("PP.LTP, PP.BASELINE, PP.ATTRITION over a column of names", () => {
    expectColumn(call("LTP", areas), 1, (r) => [one("LTP", AREAS[r % AREAS.length])]);
    expectColumn(call("BASELINE", professions), 1, (r) => [
      one("BASELINE", PROFESSIONS[r % PROFESSIONS.length]),
    ]);
    const rates = call("ATTRITION", professions);
    expect(rates).toHaveLength(ROWS);
    expect(rates[1]![0]).toBe(one("ATTRITION", "PWP"));
    expectError(rates[ROWS - 1]![0], "#N/A", /no published leaving rate for Counsellors/);
  });

  it("PP.TABLE refuses a whole column of names with one error", () => {
    const result = call("TABLE", professions);
    expect(result).toHaveLength(1);
    expectError(result[0]![0], "#VALUE!", /one table name/);
  });

  it("name lookups over a column of blanks, numbers and distinct unknown texts", () => {
    const blanks = call(
      "LTP",
      column(() => null)
    );
    expect(blanks).toHaveLength(ROWS);
    expectError(blanks[ROWS - 1]![0], "#N/A", /service_area is blank/);
    const fromNumbers = call("LTP", numbers);
    expectError(fromNumbers[ROWS - 1]![0], "#N/A", /service_area holds a number/);
    const unknown = call(
      "LTP",
      column((r) => `Area ${r}`)
    );
    expect(unknown).toHaveLength(ROWS);
    expectError(
      unknown[ROWS - 1]![0],
      "#N/A",
      new RegExp(`Unknown service area 'Area ${ROWS - 1}'`)
    );
    expectError(unknown[3]![0], "#N/A", /Unknown service area 'Area 3'/);
  });

  it("a column with bad cells keeps them to their own rows", () => {
    const mixed = column((r) => (r % 100_000 === 0 ? "n/a" : wte(r)));
    const result = call("TRAJECTORY", mixed, 1000);
    expect(result).toHaveLength(ROWS);
    expectError(result[200_000]![0], "#VALUE!", /baseline holds the text 'n\/a'/);
    expect(result[200_000]![4]).toBe("");
    expect(result[200_001]).toEqual(call("TRAJECTORY", wte(200_001), 1000)[0]);
  });
});
