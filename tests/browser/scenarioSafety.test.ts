/**
 * What the planner keeps survives, in preview mode at the pane's 350 px: a field worked out by a
 * formula is shown as such and replaced only when the planner says so; typing for a scenario that
 * a co-author deletes meanwhile stays with it and can be saved as a new scenario.
 */
import { browserAvailable, sharedPane, type Pane } from "./harness";
import { button, field, finished, listedNames, select, selectedHeading, until } from "./pane";
import type { Locator, Page } from "playwright-core";

const run = browserAvailable() ? describe : describe.skip;
const WIDTH = 350;

/** The hint under a field (Fluent's Field hint), by the start of its label. */
function fieldHint(page: Page, label: string): Locator {
  return page
    .locator(".fui-Field")
    .filter({ has: page.locator("label", { hasText: new RegExp(`^${label}`) }) })
    .locator(".fui-Field__hint");
}

async function noSideScroll(page: Page): Promise<void> {
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(wide).toBeLessThanOrEqual(WIDTH);
}

run("a scenario cell worked out by a formula", () => {
  const suite = sharedPane("?sample=formulas&latency=20");
  let pane: Pane;
  beforeAll(async () => {
    pane = suite.pane;
    await pane.page.setViewportSize({ width: WIDTH, height: 900 });
  });

  it("shows the formula as text and keeps it when other fields are saved", async () => {
    const { page } = pane;
    await select(page, "Central");
    expect(await fieldHint(page, "Local share").textContent()).toBe(
      "Worked out by a formula in the workbook: =PP.SHARE(250000, 12500000, 1). Leave it as it is to keep the formula."
    );
    expect(await field(page, "Local share").inputValue()).toBe("2");
    await field(page, "Demand uplift").fill("5");
    await button(page, "Save changes").click();
    await finished(page, "Saved changes to “Central”.");
    expect(await fieldHint(page, "Local share").textContent()).toMatch(/=PP\.SHARE\(250000/);
    await noSideScroll(page);
  });

  it("asks before replacing the formula, and keeps it when told to", async () => {
    const { page } = pane;
    await field(page, "Local share").fill("3");
    await button(page, "Save changes").click();
    const question = page.locator(".fui-MessageBar", { hasText: "worked out by a formula" });
    await question.waitFor();
    expect(await question.textContent()).toMatch(
      /^Local share is worked out by a formula in the workbook\. Replace the formula/
    );
    await noSideScroll(page);
    await button(page, "Keep formula").click();
    await question.waitFor({ state: "hidden" });
    expect(await fieldHint(page, "Local share").textContent()).toMatch(/=PP\.SHARE/);
    // What was typed is still there to save or discard.
    expect(await field(page, "Local share").inputValue()).toBe("3");

    await button(page, "Save changes").click();
    await question.waitFor();
    await button(page, "Replace formula").click();
    await finished(page, "Saved changes to “Central”.");
    expect(await field(page, "Local share").inputValue()).toBe("3");
    expect(await fieldHint(page, "Local share").textContent()).not.toMatch(/formula/);
  });
});

run("a scenario deleted by a co-author while it is being edited", () => {
  const suite = sharedPane("?coauthor=1&latency=20");
  let pane: Pane;
  beforeAll(async () => {
    pane = suite.pane;
    await pane.page.setViewportSize({ width: WIDTH, height: 900 });
  });

  it("keeps the typing with it, says so, and saves it as a new scenario", async () => {
    const { page } = pane;
    await select(page, "High demand");
    await field(page, "Local share").fill("4");
    await page.evaluate(() =>
      (
        window as unknown as { ppPreviewCoAuthor: { deleteScenario(n: string): void } }
      ).ppPreviewCoAuthor.deleteScenario("High demand")
    );
    const gone = page.locator(".fui-MessageBar", { hasText: "is no longer in the workbook" });
    await gone.waitFor();
    expect(await listedNames(page)).toEqual(["Central", "Cautious"]);
    // Not moved to the scenario now in its row: the form is still High demand's, with the typing.
    expect(await selectedHeading(page).textContent()).toBe("High demand");
    expect(await field(page, "Local share").inputValue()).toBe("4");
    expect(await button(page, "Save changes").count()).toBe(0);
    await noSideScroll(page);

    await button(page, "Save as a new scenario…").click();
    const dialog = page.getByRole("dialog", { name: "Save as a new scenario" });
    await dialog.waitFor();
    const name = dialog.getByRole("textbox", { name: /^Scenario name/ });
    expect(await name.inputValue()).toBe("High demand (copy)");
    await dialog.getByRole("button", { name: "Save" }).click();
    await finished(page, "Saved your values as “High demand (copy)”.");
    await until(
      async () =>
        JSON.stringify(await listedNames(page)) ===
        JSON.stringify(["Central", "Cautious", "High demand (copy)"]),
      "the new scenario listed"
    );
    await until(
      async () => (await selectedHeading(page).textContent()) === "High demand (copy)",
      "the new scenario selected"
    );
    expect(await field(page, "Local share").inputValue()).toBe("4");
    // The others were not touched: Cautious keeps its own share.
    await select(page, "Cautious");
    expect(await field(page, "Local share").inputValue()).toBe("1.8");
  });
});
