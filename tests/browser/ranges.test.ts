/**
 * "Ranges, not points" in a plain browser at the pane's width: the Compare tab's band of the plan
 * total by scenario and its "What moves the result most" tornado, each checked against the core's
 * own computation of the same plan, at 350 and 320 px with axe; and the scenario form's range
 * inputs behind their disclosure.
 */
import {
  planTotals,
  scenarioBand,
  sensitivity,
  isBand,
  isSensitivity,
} from "../../src/core/sensitivity";
import type { ScenarioValues } from "../../src/core/scenarios";
import { formatValue } from "../../src/taskpane/shared/chartScale";
import { describeBands, describeTornado } from "../../src/taskpane/compare/RangeCharts";
import { browserAvailable, screenshot, screenshotOf, sharedPane, type Pane } from "./harness";
import {
  areaPanel,
  axeViolations,
  button,
  field,
  finished,
  openArea,
  scenarioButton,
  sheetNames,
  typeCell,
  until,
} from "./pane";

const run = browserAvailable() ? describe : describe.skip;

/** The sample's scenarios (src/workbook/samples.ts), with their ranges. */
const CENTRAL: ScenarioValues = {
  share: 0.02,
  uplift: 0,
  minGrowth: 0.6,
  horizon: 4,
  startYear: null,
  attrition: 0.12,
  completion: 0.9,
  attritionLow: 0.1,
  attritionHigh: 0.18,
  completionLow: 0.8,
  completionHigh: 0.95,
};
const HIGH_DEMAND: Record<keyof typeof CENTRAL, number | null> = { ...CENTRAL, uplift: 0.1, attritionLow: null, attritionHigh: null, completionLow: null, completionHigh: null }; // prettier-ignore
const CAUTIOUS = { ...CENTRAL, share: 0.018, attrition: 0.15, completion: 0.85, attritionLow: 0.12, attritionHigh: 0.22, completionLow: 0.75, completionHigh: 0.9 }; // prettier-ignore
const ROW = {
  area: "CYP",
  group: "Psychologists",
  baseline: 120,
  inPost: 118,
  pipeline: 12,
  leavers: 4,
};

const CYP = (column: string): string => `${column}, CYP Psychologists`;

async function rowsOf(pane: Pane, caption: string | RegExp): Promise<string[][]> {
  return areaPanel(pane.page, "compare")
    .getByRole("table", { name: caption })
    .locator("tbody tr")
    .evaluateAll((rows) =>
      rows.map((r) => [...r.querySelectorAll("th, td")].map((c) => c.textContent ?? ""))
    );
}

/**
 * Elements of the pane's areas reaching past the window's right edge, named for the failure
 * message (preview mode's workbook below the pane scrolls sideways by design, as a sheet does).
 */
async function wide(pane: Pane): Promise<string[]> {
  return pane.page.evaluate(() =>
    [...document.querySelectorAll("[role='tabpanel'][aria-labelledby^='tab-'] *")]
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5)
      .map((e) => `${e.tagName} ${e.className} ${(e.textContent ?? "").slice(0, 40)}`)
      .slice(0, 8)
  );
}

run("ranges, not points, in a plain browser", () => {
  const suite = sharedPane("");
  let pane: Pane;
  beforeAll(() => {
    pane = suite.pane;
  });

  it("shows each scenario's band of the plan total and what moves the active one most, at 350 px", async () => {
    const { page } = pane;
    await page.setViewportSize({ width: 350, height: 900 });
    await openArea(page, "Plan");
    await button(page, "Insert planning sheet").click();
    await finished(
      page,
      "Inserted the sheet “PP Plan” and wrote the sources of its figures to “PP Sources”."
    );
    await typeCell(page, CYP("Baseline WTE (start year)"), "120");
    await typeCell(page, CYP("WTE in post now"), "118");
    await typeCell(page, CYP("Trainees in pipeline"), "12");
    await typeCell(page, CYP("Expected leavers"), "4");

    await openArea(page, "Compare");
    const panel = areaPanel(page, "compare");
    await until(
      async () => (await panel.getByRole("heading", { name: "Ranges, not points" }).count()) === 1,
      "the ranges section"
    );

    // What the core computes for the same plan: the pane must show exactly that.
    const totals = planTotals([ROW]);
    if (totals === null) throw new Error("The row has a baseline and WTE in post");
    const scenario = (name: string, values: ScenarioValues) => ({
      name,
      values,
      notes: "",
    });
    const bands = [
      scenarioBand(totals, scenario("Central", CENTRAL)),
      scenarioBand(totals, scenario("High demand", HIGH_DEMAND)),
      scenarioBand(totals, scenario("Cautious", CAUTIOUS)),
    ].filter(isBand);
    expect(bands).toHaveLength(3);

    const band = panel.getByRole("img", { name: /^Band chart/ });
    expect(await band.getAttribute("aria-label")).toBe(describeBands(bands));
    // Central's band is a band; High demand, without a range, a line (P10 = P90).
    expect(bands[0]!.p90[4]! - bands[0]!.p10[4]!).toBeGreaterThan(10);
    expect(bands[1]!.p90[4]).toBeCloseTo(bands[1]!.p10[4]!, 9);
    expect(await band.locator("polygon").count()).toBe(3);
    // Each scenario differs by hatching and dash, not by colour alone.
    const dashes = await band.locator("path[stroke-dasharray]").count();
    expect(dashes).toBe(2);
    const legend = panel.getByRole("list", { name: /^Legend: Total staff in post/ });
    expect(await legend.locator("li").allTextContents()).toEqual([
      "Central: P10 to P90 band, P50 line",
      "High demand: P10 to P90 band, P50 line",
      "Cautious: P10 to P90 band, P50 line",
    ]);
    expect(await rowsOf(pane, "Total staff in post in the last year (WTE)")).toEqual(
      bands.map((b) => [
        `${b.name} (year 4)`,
        formatValue(b.target),
        formatValue(b.p10[4]!),
        formatValue(b.p50[4]!),
        formatValue(b.p90[4]!),
        `${Number((b.chance * 100).toPrecision(4))}%`,
      ])
    );

    const moves = sensitivity(totals, CENTRAL);
    if (!isSensitivity(moves) || moves.intake === null) throw new Error("Central is complete");
    const base = moves.intake;
    const tornado = panel.getByRole("img", { name: /^Tornado chart/ });
    expect(await tornado.getAttribute("aria-label")).toBe(
      describeTornado(
        moves.factors.map((f) => ({
          name: f.name,
          atLow: f.intakeAtLow === null ? null : f.intakeAtLow - base,
          atHigh: f.intakeAtHigh === null ? null : f.intakeAtHigh - base,
        })),
        base,
        "intake a year"
      )
    );
    // Largest first, as the table beside it lists them; uplift at 0% moves nothing.
    const table = await rowsOf(pane, /^Total gap/);
    expect(table.map((r) => r[0])).toEqual(moves.factors.map((f) => f.name));
    expect(table.map((r) => r[0])).toEqual([
      "Annual attrition",
      "Training completion",
      "Local share",
      "Demand uplift",
    ]);
    expect(table[0]![1]).toBe("10% to 18% (range)");
    expect(table[1]![1]).toBe("80% to 95% (range)");
    expect(table[2]![1]).toBe("1.6% to 2.4% (±20%)");
    expect(table[3]![1]).toBe("0% to 0% (±20%)");
    // Two bars an assumption, the high end striped: by pattern as well as colour.
    expect(await tornado.locator("rect[fill^='url(#']").count()).toBe(4);

    expect(await wide(pane)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await panel.getByRole("heading", { name: "Ranges, not points" }).scrollIntoViewIfNeeded();
    await screenshot(page, "pane-ranges-350");
    await screenshotOf(band.locator("xpath=ancestor::figure"), "chart-band-350");
    await screenshotOf(tornado.locator("xpath=ancestor::figure"), "chart-tornado-350");
  });

  it("fits 320 px too, and inserts both sheets", async () => {
    const { page } = pane;
    await page.setViewportSize({ width: 320, height: 900 });
    expect(await wide(pane)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await button(page, "Insert ranges sheet").click();
    await finished(page, "Inserted the sheet “PP Ranges”.");
    await button(page, "Insert sensitivity sheet").click();
    await finished(page, "Inserted the sheet “PP Sensitivity”.");
    expect(await sheetNames(page)).toEqual(expect.arrayContaining(["PP Ranges", "PP Sensitivity"]));
  });

  it("keeps the scenario form short: a range sits behind its disclosure, open when set", async () => {
    const { page } = pane;
    await page.setViewportSize({ width: 350, height: 900 });
    await openArea(page, "Scenarios");
    await scenarioButton(page, "High demand").click();
    const toggles = page.getByRole("button", { name: "Range (80% likely)" });
    await until(async () => (await toggles.count()) === 2, "two closed range disclosures");
    expect(await field(page, "Attrition low").count()).toBe(0);
    await toggles.first().click();
    const low = field(page, "Attrition low");
    expect(await low.isVisible()).toBe(true);
    expect(
      await page
        .getByRole("button", { name: "Hide range (80% likely)" })
        .getAttribute("aria-expanded")
    ).toBe("true");
    // Central has ranges: they show without asking.
    await scenarioButton(page, "Central").click();
    await until(
      async () => (await field(page, "Attrition low").inputValue()) === "10",
      "Central's range"
    );
    expect(await field(page, "Attrition high").inputValue()).toBe("18");
    expect(await field(page, "Completion low").inputValue()).toBe("80");
    // A low above the value is refused, with the typing kept.
    await field(page, "Attrition low").fill("15");
    await button(page, "Save changes").click();
    await until(
      async () =>
        ((await page.textContent("form")) ?? "").includes("must not be above the attrition itself"),
      "the order check"
    );
    expect(await field(page, "Attrition low").inputValue()).toBe("15");
    expect(await wide(pane)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "pane-scenario-range-350");
  });
});
