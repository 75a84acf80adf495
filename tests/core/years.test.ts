/** Financial-year labels for a plan that runs from its start year, and new services in a plan. */
import { NEW_SERVICE, planRowValues } from "../../src/core/planSheet";
import { financialYearLabel, planPeriod, planYearLabels } from "../../src/core/years";

describe("financial years", () => {
  it('label a start year as Excel\'s YEAR&"/"&RIGHT(YEAR+1,2) does', () => {
    expect(financialYearLabel(2025)).toBe("2025/26");
    expect(financialYearLabel(2019)).toBe("2019/20");
    expect(financialYearLabel(2099)).toBe("2099/00");
  });

  it("give one label per year of the trajectory: the start year and each year to the horizon", () => {
    expect(planYearLabels(2025, 4)).toEqual([
      "2025/26",
      "2026/27",
      "2027/28",
      "2028/29",
      "2029/30",
    ]);
    expect(planYearLabels(2030, 1)).toEqual(["2030/31", "2031/32"]);
    expect(planPeriod(2025, 4)).toBe("2025/26 to 2029/30");
  });
});

describe("a service starting from a baseline of 0", () => {
  const scenario = {
    share: 0.02,
    uplift: 0,
    minGrowth: 0.6,
    horizon: 4,
    attrition: 0.1,
    completion: 0.9,
    startYear: 2025,
  };

  it("is a new service in growth and the minimum, with a target and a path from 0", () => {
    const row = planRowValues(
      { area: "MHST", group: "EMHP", baseline: 0, inPost: 0, pipeline: 0, leavers: 0 },
      scenario
    );
    expect(row.growth).toBe(NEW_SERVICE);
    expect(row.meets).toBe(NEW_SERVICE);
    expect(row.target).toBeCloseTo(50, 10); // 2% of 2,500 EMHPs
    expect(row.trajectory).toEqual([0, 12.5, 25, 37.5, 50]);
  });

  it("leaves growth to PP.GROWTH for any other baseline, and empty while there is none", () => {
    const established = planRowValues(
      { area: "CYP", group: "Psychologists", baseline: 120, inPost: 118, pipeline: 12, leavers: 4 },
      scenario
    );
    expect(established.growth).toBeCloseTo(27.2 / 120, 12);
    expect(established.meets).toBe(false);
    const waiting = planRowValues(
      {
        area: "CYP",
        group: "Psychologists",
        baseline: null,
        inPost: null,
        pipeline: null,
        leavers: null,
      },
      scenario
    );
    expect([waiting.growth, waiting.meets]).toEqual(["", ""]);
  });
});
