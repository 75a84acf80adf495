/**
 * axe-core's checks (WCAG 2.2 A and AA, and its best practices) on each state a planner meets:
 * the scenarios, a dialog, a delete confirmation, a workbook with problems and a failure shown,
 * and a workbook with no scenarios; plus the page structure screen-reader users navigate by.
 */
import { browserAvailable, openPane, startHarness, type Harness } from "./harness";
import { axeViolations, button, failureBar, field, select, until } from "./pane";

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
});
