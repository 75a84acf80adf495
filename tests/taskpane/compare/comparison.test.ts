/**
 * Choosing scenarios to compare: named ones only, each name once, 2 to 4 of them, kept in the
 * table's order; and the chart of the totals for them.
 */
import type { ScenarioTotals } from "../../../src/core/compare";
import { initialValues, type ScenarioRow } from "../../../src/core/scenarios";
import {
  MAX_COMPARED,
  MIN_COMPARED,
  choiceProblem,
  chosenScenarios,
  comparable,
  comparisonChart,
  initialChoice,
  toggleChoice,
} from "../../../src/taskpane/compare/comparison";

const row = (name: string, at: number): ScenarioRow => ({
  name,
  values: initialValues(),
  notes: "",
  row: at,
  invalid: {},
});

const TABLE = ["Central", "High demand", "", "central", "Cautious", "Low", "Regional"].map(row);

describe("which scenarios can be compared", () => {
  it("leaves out nameless rows and later rows with a name already used", () => {
    expect(comparable(TABLE).map((s) => s.row)).toEqual([0, 1, 4, 5, 6]);
  });

  it("starts with the first four", () => {
    expect(initialChoice(TABLE)).toEqual(["Central", "High demand", "Cautious", "Low"]);
    expect(initialChoice(TABLE.slice(0, 2))).toEqual(["Central", "High demand"]);
  });

  it("ticks and unticks without repeating a name", () => {
    const chosen = toggleChoice(["Central"], "Low", true);
    expect(chosen).toEqual(["Central", "Low"]);
    expect(toggleChoice(chosen, "Low", true)).toEqual(["Central", "Low"]);
    expect(toggleChoice(chosen, "Central", false)).toEqual(["Low"]);
  });

  it("shows the chosen ones in the table's order, found however their name is written", () => {
    expect(chosenScenarios(TABLE, ["Regional", "CENTRAL ", "gone"]).map((s) => s.name)).toEqual([
      "Central",
      "Regional",
    ]);
  });
});

describe("how many", () => {
  it(`takes ${MIN_COMPARED} to ${MAX_COMPARED}`, () => {
    expect(choiceProblem(0)).toBe("Choose at least 2 scenarios to compare.");
    expect(choiceProblem(1)).toBe("Choose at least 2 scenarios to compare: 1 is chosen.");
    for (const n of [2, 3, 4]) expect(choiceProblem(n)).toBeNull();
    expect(choiceProblem(5)).toBe(
      "Choose at most 4 scenarios, so the chart stays readable: 5 are chosen."
    );
  });
});

describe("the chart of the totals", () => {
  it("has one category a scenario and a series for each total, missing ones as null", () => {
    const totals: ScenarioTotals[] = [
      { name: "Central", target: 147.2, gap: 21.2, intake: 25.5, notes: [] },
      { name: "New", target: null, gap: null, intake: null, notes: ["PP_Share is empty."] },
    ];
    const chart = comparisonChart(totals);
    expect(chart.categories).toEqual(["Central", "New"]);
    expect(chart.series).toEqual([
      { name: "Total target WTE", values: [147.2, null] },
      { name: "Total gap WTE", values: [21.2, null] },
      { name: "Intake needed a year", values: [25.5, null] },
    ]);
    expect(chart.valueTitle).toBe("WTE");
    expect(chart.categoryTitle).toBe("Scenario");
  });
});
