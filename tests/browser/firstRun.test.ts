/**
 * The first run, by keyboard alone, at the pane's sizes (350x700 and 320x600): from a workbook
 * with nothing in it to a computed plan. The guide at the top of Scenarios says what to do next;
 * the Plan tab names the assumptions the active scenario lacks and goes to each; the planning
 * sheet then shows numbers, not #N/A, labelled with real financial years. The guide can be
 * skipped, stays skipped in this browser, and comes back with "Getting started".
 */
import { financialYear } from "../../src/core/scenarios";
import { planYearLabels } from "../../src/core/years";
import {
  browserAvailable,
  openPane,
  screenshot,
  screenshotOf,
  startHarness,
  type Harness,
  type Pane,
} from "./harness";
import {
  areaPanel,
  axeViolations,
  finished,
  focused,
  rowOf,
  shownTable,
  tabTo,
  until,
  workbook,
} from "./pane";

const run = browserAvailable() ? describe : describe.skip;

const PLAN = "Table on PP Plan (9 rows)";
const guide = (pane: Pane) => pane.page.getByRole("region", { name: "Getting started" });

/** The guide's steps as shown: "Done 1. Set up scenarios", … */
async function steps(pane: Pane): Promise<string[]> {
  return guide(pane)
    .locator("ol > li")
    .evaluateAll((items) =>
      items.map((li) => {
        const title = li.firstElementChild;
        return [...(title?.children ?? [])].map((c) => c.textContent ?? "").join(" ");
      })
    );
}

/** Types into the focused box and presses Enter, which saves the scenario form. */
async function typeAndSave(pane: Pane, text: string): Promise<void> {
  await pane.page.keyboard.type(text);
  await pane.page.keyboard.press("Enter");
  await finished(pane.page, "Saved changes to “Central”.");
}

run.each([
  [350, 700],
  [320, 600],
])("the first run at %ix%i, by keyboard alone", (width, height) => {
  let harness: Harness;
  let pane: Pane;
  beforeAll(async () => {
    harness = await startHarness();
    pane = await openPane(harness, "?sample=empty&latency=20");
    await pane.page.setViewportSize({ width, height });
  });
  afterAll(async () => {
    await harness.close();
  });
  afterEach(() => {
    expect(pane.record.cspViolations).toEqual([]);
    expect(pane.record.dialogs).toEqual([]);
    expect(pane.record.pageErrors).toEqual([]);
  });

  it("leads from an empty workbook to a computed plan", async () => {
    const { page } = pane;
    await guide(pane).waitFor();
    expect(await steps(pane)).toEqual([
      "Next 1. Set up scenarios",
      "To do 2. Enter your local share, attrition and completion",
      "To do 3. Insert the planning sheet",
    ]);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `first-run-${width}-1-empty`);

    // 1. Set up scenarios.
    await tabTo(page, /^button:Set up scenarios$/);
    await page.keyboard.press("Enter");
    await finished(page, "Scenarios are set up.");
    await until(async () => (await steps(pane))[1]?.startsWith("Next") === true, "step 2 next");
    expect(await steps(pane)).toEqual([
      "Done 1. Set up scenarios",
      "Next 2. Enter your local share, attrition and completion",
      "To do 3. Insert the planning sheet",
    ]);
    const explained = (await guide(pane).textContent()) ?? "";
    expect(explained).toContain("=PP.SHARE(1200000, 56500000, 1.1) gives 2.34%");
    expect(explained).toContain("illustrative figures only");
    await screenshot(page, `first-run-${width}-2-share`);
    await screenshotOf(guide(pane), `first-run-${width}-guide`);

    // The Plan tab names what the active scenario lacks before a plan would show #N/A.
    // The tab list is one stop: back to its selected tab, then the arrow keys.
    await tabTo(page, /^button:(Scenarios)+$/, true);
    await page.keyboard.press("ArrowRight");
    // (A tab's text is there twice: Fluent reserves the width of its bold face.)
    await tabTo(page, /^button:(Plan)+$/);
    await page.keyboard.press("Enter");
    const plan = areaPanel(page, "plan");
    await until(async () => await plan.isVisible(), "the Plan tab");
    const missing = plan.getByRole("list").first();
    expect(await missing.locator("li").allTextContents()).toEqual([
      "Local share (PP_Share) Set local share",
      "Annual attrition (PP_Attrition) Set annual attrition",
      "Training completion (PP_Completion) Set training completion",
    ]);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `first-run-${width}-3-plan-missing`);

    // 2. Its button goes to the box in the scenario form; Enter there saves.
    await tabTo(page, /^button:Set local share$/);
    await page.keyboard.press("Enter");
    await until(async () => /^input:Local share/.test(await focused(page)), "focus in Local share");
    await typeAndSave(pane, "2.34");
    await tabTo(page, /^button:Enter annual attrition$/, true);
    await page.keyboard.press("Enter");
    await until(async () => /^input:Annual attrition/.test(await focused(page)), "attrition");
    await typeAndSave(pane, "10");
    await tabTo(page, /^button:Enter training completion$/, true);
    await page.keyboard.press("Enter");
    await until(async () => /^input:Training completion/.test(await focused(page)), "completion");
    await typeAndSave(pane, "90");
    await until(async () => (await steps(pane))[2]?.startsWith("Next") === true, "step 3 next");

    // 3. Insert the planning sheet.
    await tabTo(page, /^button:Insert planning sheet$/, true);
    await page.keyboard.press("Enter");
    await finished(
      page,
      "Inserted the sheet “PP Plan” and wrote the sources of its figures to “PP Sources”."
    );
    await until(async () => (await steps(pane)).every((s) => s.startsWith("Done")), "all done");
    await screenshot(page, `first-run-${width}-4-done`);

    // The planner's figures, typed into the preview workbook's input cells by keyboard.
    await tabTo(page, /^input:Baseline WTE \(start year\), CYP Psychologists$/);
    await page.keyboard.type("120");
    await page.keyboard.press("Enter");
    await tabTo(page, /^input:WTE in post now, CYP Psychologists$/);
    await page.keyboard.type("118");
    await page.keyboard.press("Enter");
    const table = await shownTable(page, PLAN);
    const row = rowOf(table, "CYP", "Psychologists");
    // 120 + 2.34% of Table 1's 1,360 CYP psychologists; gap against 118 in post.
    const target = 120 + 0.0234 * 1360;
    const intake = (target - 118 * 0.9 ** 4) / (1 + 0.9 + 0.81 + 0.729) / 0.9;
    const one = (n: number) =>
      n.toLocaleString("en-GB", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    expect(row["Target WTE"]?.text).toBe(one(target));
    expect(row["Gap WTE"]?.text).toBe(one(target - 118));
    expect(row["Intake needed a year"]?.text).toBe(one(intake));
    expect(row["Meets minimum"]?.text).toBe("FALSE");
    const shown = [...table.rows.flat(), ...(table.totals ?? [])].map((c) => c.text);
    expect(shown.filter((t) => t.startsWith("#"))).toEqual([]);
    // Real years, from the financial year the scenario was created in.
    const trajectory = await shownTable(page, /^Trajectory/);
    expect(trajectory.headers.slice(2)).toEqual(planYearLabels(financialYear(new Date()), 4));
    const summary = await workbook(page).locator("dl").first().textContent();
    expect(summary).toContain(`Total shortfall${one(target - 118)}`);
    expect(await axeViolations(page)).toEqual([]);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, `first-run-${width}-5-plan`);
  });

  it("can be skipped, stays skipped in this browser, and comes back from Getting started", async () => {
    const { page } = pane;
    await tabTo(page, /^button:(Hide|Skip for now)$/, true, 200);
    await page.keyboard.press("Enter");
    await guide(pane).waitFor({ state: "detached" });
    await page.reload();
    await page.waitForSelector("body[data-pp-ready='true']");
    const again = page.getByRole("button", { name: "Getting started" });
    await again.waitFor();
    expect(await guide(pane).count()).toBe(0);
    await tabTo(page, /^button:Getting started$/);
    await page.keyboard.press("Enter");
    await guide(pane).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
