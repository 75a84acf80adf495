/** Scenario columns, the table reader, the pane's input parsing and the active-scenario preview. */
import fc from "fast-check";
import { cellAddress, columnIndex, columnLetters, parseRangeAddress } from "../../src/core/a1";
import { formatAssumption, parseAssumption } from "../../src/core/scenarioInput";
import { scenarioPreview } from "../../src/core/scenarioPreview";
import {
  ASSUMPTIONS,
  COLUMN_HEADERS,
  DEFINED_NAMES,
  copyName,
  financialYear,
  initialValues,
  nameProblem,
  newScenarioName,
  readAssumption,
  readScenarioTable,
  type Assumption,
  type AssumptionKey,
} from "../../src/core/scenarios";
import { TABLE1_TOTALS, TABLE2 } from "../../src/data";

const assumption = (key: AssumptionKey): Assumption => {
  const found = ASSUMPTIONS.find((a) => a.key === key);
  if (!found) throw new Error(key);
  return found;
};

describe("A1 addresses", () => {
  it("round-trips column letters", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 16383 }), (c) => columnIndex(columnLetters(c)) === c)
    );
    expect(columnLetters(0)).toBe("A");
    expect(columnLetters(25)).toBe("Z");
    expect(columnLetters(26)).toBe("AA");
    expect(columnLetters(16383)).toBe("XFD");
  });
  it("quotes sheet names that need it and reads them back", () => {
    expect(cellAddress("PP Scenarios", 5, 2)).toBe("'PP Scenarios'!C5");
    expect(cellAddress("Plan", 1, 0)).toBe("Plan!A1");
    expect(cellAddress("O'Neil's plan", 2, 1)).toBe("'O''Neil''s plan'!B2");
    expect(parseRangeAddress("'O''Neil''s plan'!$B$2:D9")).toEqual({
      sheet: "O'Neil's plan",
      row: 2,
      column: 1,
    });
    expect(parseRangeAddress("Sheet1!AA10")).toEqual({ sheet: "Sheet1", row: 10, column: 26 });
  });
});

describe("the scenario table's columns and names", () => {
  it("has a name, six assumptions, four optional range ends and notes, each with its defined name", () => {
    expect(COLUMN_HEADERS).toEqual([
      "Scenario",
      "Local share",
      "Demand uplift",
      "Minimum growth",
      "Horizon (years)",
      "Annual attrition",
      "Training completion",
      "Start year",
      "Attrition low",
      "Attrition high",
      "Completion low",
      "Completion high",
      "Notes",
    ]);
    expect(DEFINED_NAMES).toEqual([
      "PP_Active",
      "PP_ScenarioNames",
      "PP_Share",
      "PP_Uplift",
      "PP_MinGrowth",
      "PP_Horizon",
      "PP_Attrition",
      "PP_Completion",
      "PP_StartYear",
      "PP_AttritionLow",
      "PP_AttritionHigh",
      "PP_CompletionLow",
      "PP_CompletionHigh",
    ]);
  });
  it("starts a scenario with the plan's figures and leaves the rest for the planner", () => {
    expect(initialValues(new Date(2025, 5, 1))).toEqual({
      share: null,
      uplift: 0,
      minGrowth: 0.6,
      horizon: 4,
      attrition: null,
      completion: null,
      startYear: 2025,
    });
  });
  it("starts a new scenario's plan in the financial year it is created in (April to March)", () => {
    expect(financialYear(new Date(2026, 2, 31))).toBe(2025); // 31 March 2026: 2025/26
    expect(financialYear(new Date(2026, 3, 1))).toBe(2026); // 1 April 2026: 2026/27
    expect(initialValues(new Date(2027, 0, 15)).startYear).toBe(2026);
  });
  it("takes a start year as a whole year from 2019 to 2100, and says so otherwise", () => {
    const startYear = ASSUMPTIONS.find((a) => a.key === "startYear");
    if (startYear === undefined) throw new Error("no start year");
    expect(startYear).toMatchObject({ header: "Start year", definedName: "PP_StartYear" });
    expect(readAssumption(2025, startYear)).toEqual({ value: 2025 });
    expect(readAssumption(2019, startYear)).toEqual({ value: 2019 });
    expect(readAssumption(2100, startYear)).toEqual({ value: 2100 });
    for (const bad of [2018, 2101, 2025.5]) {
      expect(readAssumption(bad, startYear)).toEqual({
        problem: expect.stringMatching(/Start year must be a year from 2019 to 2100/),
      });
    }
  });
});

describe("reading a table as found", () => {
  const found = (headers: readonly unknown[], rows: unknown[][], active: unknown = "A") => ({
    headerAddress: "'PP Scenarios'!A3:H3",
    headers,
    rows,
    active,
    names: DEFINED_NAMES,
  });

  it("matches columns by header in any order and case, ignoring extra columns", () => {
    const book = readScenarioTable(
      found(
        ["notes", "Owner", "SCENARIO", " local  share ", ...COLUMN_HEADERS.slice(2, 12)],
        [["n", "me", "A", 0.1, 0, 0.6, 4, 0.1, 0.9, 2030, "", "", "", ""]]
      )
    );
    expect(book.problems).toEqual([]);
    expect(book.scenarios[0]).toMatchObject({
      name: "A",
      notes: "n",
      values: {
        share: 0.1,
        uplift: 0,
        minGrowth: 0.6,
        horizon: 4,
        attrition: 0.1,
        completion: 0.9,
      },
    });
  });

  it("skips wholly empty rows (a new table's placeholder) and keeps row positions", () => {
    const book = readScenarioTable(
      found(COLUMN_HEADERS, [
        ["", "", "", "", "", "", "", ""],
        ["A", "", 0, 0.6, 4, "", "", ""],
      ])
    );
    expect(book.problems).toEqual([]);
    expect(book.scenarios.map((s) => [s.name, s.row])).toEqual([["A", 1]]);
    expect(book.scenarios[0]?.values.share).toBeNull();
  });

  it("reports a number typed as text with its cell", () => {
    const book = readScenarioTable(found(COLUMN_HEADERS, [["A", "0.2", 0, 0.6, 4, "", "", ""]]));
    expect(book.problems).toEqual([
      {
        address: "'PP Scenarios'!B4",
        message: expect.stringContaining("Local share holds the text '0.2'"),
      },
    ]);
  });

  it("reports error values in cells", () => {
    const book = readScenarioTable(
      found(COLUMN_HEADERS, [["A", { type: "Error", code: "#DIV/0!" }, 0, 0.6, 4, "", "", ""]])
    );
    expect(book.problems[0]?.address).toBe("'PP Scenarios'!B4");
  });
});

describe("names for new and copied scenarios", () => {
  const existing = [{ name: "Central", values: initialValues(), notes: "" }];
  it("refuses blank, clashing (in any case) and formula-like names", () => {
    expect(nameProblem(existing, "  ")).toMatch(/Give the scenario a name/);
    expect(nameProblem(existing, "CENTRAL")).toMatch(/already exists/);
    expect(nameProblem(existing, "=HYPERLINK(1)")).toMatch(/formula/);
    expect(nameProblem(existing, "x".repeat(101))).toMatch(/100 characters/);
    expect(nameProblem(existing, "Central", "central")).toBeNull();
    expect(nameProblem(existing, "<img src=x onerror=alert(1)>")).toBeNull();
  });
  it("proposes unused names", () => {
    expect(newScenarioName(existing)).toBe("Scenario 2");
    expect(copyName(existing, "Central")).toBe("Central (copy)");
    expect(copyName([...existing, { ...existing[0]!, name: "Central (copy)" }], "Central")).toBe(
      "Central (copy 2)"
    );
  });
});

describe("typing assumptions in the pane", () => {
  const share = assumption("share");
  const horizon = assumption("horizon");
  const attrition = assumption("attrition");
  const completion = assumption("completion");

  it("reads percentages with or without the sign", () => {
    expect(parseAssumption("25", share)).toEqual({ value: 0.25 });
    expect(parseAssumption(" 12.5 % ", share)).toEqual({ value: 0.125 });
    expect(parseAssumption(".5", share)).toEqual({ value: 0.005 });
    expect(parseAssumption("", share)).toEqual({ value: null });
    expect(parseAssumption("7", share)).toEqual({ value: 0.07 });
  });
  it("says what to type instead", () => {
    expect(parseAssumption("a quarter", share)).toEqual({
      problem: "Local share must be a percentage such as 25 or 12.5%.",
    });
    expect(parseAssumption("150", share)).toEqual({
      problem: "Local share must be from 0% to 100%; it is 150%.",
    });
    expect(parseAssumption("100", attrition)).toEqual({
      problem: "Annual attrition must be from 0% to below 100%; it is 100%.",
    });
    expect(parseAssumption("0", completion)).toEqual({
      problem: "Training completion must be from above 0% to 100%; it is 0%.",
    });
    expect(parseAssumption("4.5", horizon)).toMatchObject({
      problem: expect.stringMatching(/whole number/),
    });
    expect(parseAssumption("four", horizon)).toEqual({
      problem: "Horizon (years) must be a whole number of years such as 4.",
    });
  });
  it("shows stored values as typed, without binary noise", () => {
    expect(formatAssumption(0.07, share)).toBe("7");
    expect(formatAssumption(0.6, assumption("minGrowth"))).toBe("60");
    expect(formatAssumption(4, horizon)).toBe("4");
    expect(formatAssumption(null, share)).toBe("");
  });
  it("reads back what it shows, for every valid percentage", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10000 }), (basisPoints) => {
        const value = basisPoints / 10000;
        const parsed = parseAssumption(formatAssumption(value, share), share);
        return "value" in parsed && parsed.value === value;
      })
    );
  });
});

describe("what the active scenario implies for Tables 1 and 2", () => {
  it("is the share of each national figure, with the uplift on top", () => {
    const preview = scenarioPreview({ ...initialValues(), share: 0.02, uplift: 0.1 });
    if (!preview.ready) throw new Error(preview.reason);
    expect(preview.effectiveShare).toBeCloseTo(0.022, 12);
    expect(preview.total.total).toBeCloseTo(0.022 * TABLE2.total.value, 9);
    expect(preview.total.byGroup.EMHP).toBeCloseTo(0.022 * TABLE2.emhpMhst.value, 9);
    expect(preview.total.byGroup.Psychologists).toBeCloseTo(
      0.022 * TABLE1_TOTALS.psychologists.value,
      9
    );
    const sum = preview.rows.reduce((s, r) => s + r.total, 0);
    expect(sum).toBeCloseTo(preview.total.total, 6);
    expect(preview.rows.map((r) => r.area)).toContain("MHST");
    // 60% in 4 years is (1.6)^(1/4) - 1 a year.
    expect(preview.yearlyRateForMinimum).toBeCloseTo(Math.pow(1.6, 0.25) - 1, 12);
  });
  it("asks for the share rather than assume one", () => {
    const preview = scenarioPreview(initialValues());
    expect(preview).toEqual({ ready: false, reason: expect.stringMatching(/Set the local share/) });
  });
  it("refuses a share and uplift above 100% of the national figures", () => {
    const preview = scenarioPreview({ ...initialValues(), share: 0.95, uplift: 0.1 });
    expect(preview).toEqual({ ready: false, reason: expect.stringMatching(/above 100%/) });
  });
});
