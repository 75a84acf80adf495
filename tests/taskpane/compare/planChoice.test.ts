/** Which plan sheet the comparison adds up when the workbook holds more than one. */
import { chosenPlan } from "../../../src/taskpane/compare/comparison";

const PLANS = [
  { sheet: "PP Plan", table: "PP_Plan" },
  { sheet: "PP Plan 2", table: "PP_Plan2" },
];

describe("the compared plan sheet", () => {
  it("is the first until the planner chooses another", () => {
    expect(chosenPlan(PLANS, null)).toEqual(PLANS[0]);
    expect(chosenPlan(PLANS, "PP_Plan2")).toEqual(PLANS[1]);
    expect(chosenPlan(PLANS, "pp_plan2")).toEqual(PLANS[1]);
  });

  it("falls back to the first when the chosen one has gone, and is none without a plan", () => {
    expect(chosenPlan(PLANS, "PP_Plan3")).toEqual(PLANS[0]);
    expect(chosenPlan([], "PP_Plan2")).toBeNull();
    expect(chosenPlan([], null)).toBeNull();
  });
});
