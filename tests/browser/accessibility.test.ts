/**
 * axe-core's checks (WCAG 2.2 A and AA, and its best practices) on each state a planner meets:
 * the scenarios, a dialog, a delete confirmation, a workbook with problems and a failure shown,
 * and a workbook with no scenarios; plus the page structure screen-reader users navigate by.
 */
import { browserAvailable, openPane, startHarness, type Harness } from "./harness";
import {
  areaPanel,
  axeViolations,
  button,
  failureBar,
  field,
  finished,
  openArea,
  select,
  showSheet,
  typeCell,
  until,
} from "./pane";

const run = browserAvailable() ? describe : describe.skip;

run("accessibility", () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  it("the scenarios view has one main landmark, one h1 and headings in order, and no axe violations", async () => {
    const { page, context, record } = await openPane(harness, "?latency=0");
    expect(await page.getByRole("main").count()).toBe(1);
    const levels = await page
      .locator("h1, h2, h3, h4, h5, h6")
      .evaluateAll((hs) => hs.map((h) => Number(h.tagName.slice(1))));
    expect(levels[0]).toBe(1);
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    // No level skipped on the way down: an h3 only under an h2.
    levels.forEach((level, i) => expect(level).toBeLessThanOrEqual((levels[i - 1] ?? 0) + 1));
    // The pane's own sections are h2s, whatever the preview workbook below them holds.
    const panel = await page
      .locator("#panel-scenarios")
      .locator("h1, h2, h3, h4")
      .evaluateAll((hs) => hs.map((h) => h.tagName));
    expect(panel.every((h) => h === "H2")).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(record.cspViolations).toEqual([]);
    await context.close();
  });

  it("has no violations with a dialog open, or with the delete confirmation open", async () => {
    const { page, context, record } = await openPane(harness, "?latency=0");
    await button(page, "Add scenario").click();
    const dialog = page.getByRole("dialog", { name: "Add a scenario" });
    await dialog.waitFor();
    await dialog.getByRole("textbox").fill("");
    await dialog.getByRole("button", { name: "Add" }).click();
    await dialog.locator(".fui-Field__validationMessage").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });

    await button(page, "Delete…").click();
    await page.getByRole("alertdialog").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(record.cspViolations).toEqual([]);
    await context.close();
  });

  it("has no violations with field errors, problems and a failure shown", async () => {
    const { page, context, record } = await openPane(harness, "?sample=malformed&latency=0");
    await select(page, "High demand");
    await field(page, "Horizon").fill("forty");
    await field(page, "Training completion").fill("80");
    await button(page, "Save changes").click();
    await field(page, "Horizon").fill("40");
    await button(page, "Save changes").click();
    await until(async () => (await failureBar(page).count()) === 1, "the failure message");
    expect(await axeViolations(page)).toEqual([]);
    expect(record.cspViolations).toEqual([]);
    await context.close();
  });

  it("has no violations when the workbook has no scenarios", async () => {
    const { page, context, record } = await openPane(harness, "?sample=empty");
    await page.getByRole("button", { name: "Set up scenarios" }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(record.cspViolations).toEqual([]);
    await context.close();
  });

  it("has no violations in the other areas, their dialog and messages, or the preview workbook's sheets", async () => {
    const { page, context, record } = await openPane(harness, "?latency=0");
    const clean = async (what: string): Promise<void> => {
      expect({ what, violations: await axeViolations(page) }).toEqual({ what, violations: [] });
    };
    await openArea(page, "Plan");
    await button(page, "Insert planning sheet").click();
    await finished(
      page,
      "Inserted the sheet “PP Plan” and wrote the sources of its figures to “PP Sources”."
    );
    await typeCell(page, "Baseline WTE (start year), CYP Psychologists", "120");
    await typeCell(page, "WTE in post now, CYP Psychologists", "118");
    await typeCell(page, "Expected leavers, CYP Psychologists", "-1");
    await clean("the Plan area and its sheet, with a refused entry and highlighted cells");
    await page.keyboard.press("Escape");
    await button(page, "Insert planning sheet").click();
    await page.getByRole("alertdialog").waitFor();
    await clean("the dialog asking before a second plan");
    await page.getByRole("button", { name: "Cancel" }).click();
    await page.getByRole("alertdialog").waitFor({ state: "hidden" });

    await openArea(page, "Compare");
    await areaPanel(page, "compare")
      .getByRole("img", { name: /^Column chart/ })
      .waitFor();
    await button(page, "Insert comparison").click();
    await finished(page, "Inserted the sheet “PP Comparison”.");
    await clean("the comparison's chart and table, and its sheet");
    await page.getByRole("checkbox", { name: "Cautious" }).uncheck();
    await page.getByRole("checkbox", { name: "High demand" }).uncheck();
    await clean("a refused choice of scenarios");

    await openArea(page, "Tables");
    await page.getByRole("combobox", { name: "Table" }).selectOption("Sources");
    await button(page, "Insert table").click();
    await finished(page, "Inserted the sheet “PP All sources”.");
    await clean("the Tables area and the sources table, with long quotes");
    await button(page, "Insert action tracker").click();
    await finished(page, "Inserted the sheet “PP Actions” with the actions for ICS.");
    await clean("the action tracker");

    await openArea(page, "Functions");
    await page.getByRole("list", { name: "PP functions" }).waitFor();
    await page.getByRole("searchbox").fill("trajectory");
    await button(page, "Insert into selected cell").click();
    await finished(page, "Inserted =PP.TRAJECTORY(80, 128) into Sheet1!A1.");
    await clean("the function help, and the formula on Sheet1");
    await showSheet(page, "PP Scenarios");
    await clean("the scenario sheet");
    expect(record.cspViolations).toEqual([]);
    expect(record.pageErrors).toEqual([]);
    await context.close();
    // Eight full axe scans of a long page: slower than one test's default minute on a busy machine.
  }, 180_000);

  it("has no violations in the areas that explain a workbook with no scenarios", async () => {
    const { page, context, record } = await openPane(harness, "?sample=empty&latency=0");
    for (const area of ["Plan", "Compare"]) {
      await openArea(page, area);
      expect({ area, violations: await axeViolations(page) }).toEqual({ area, violations: [] });
    }
    expect(record.cspViolations).toEqual([]);
    await context.close();
  });
});
