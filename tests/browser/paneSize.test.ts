/**
 * The pane at Excel's size. Excel opens a task pane about 350 px wide (320 px at its narrowest),
 * and on a 1366x768 screen about 380 px of its height are in view at once. At 320x600 and
 * 350x700: the five tabs stay on one row, nothing scrolls sideways even with a 100-character
 * scenario name, each tab opens with its main action in the first 380 px, and axe finds nothing.
 * A screenshot of every tab at 350 px is saved for a person to look at.
 */
import type { Locator, Page } from "playwright-core";
import {
  browserAvailable,
  screenshot,
  startHarness,
  type Harness,
  type PageRecord,
} from "./harness";
import { areaPanel, axeViolations, button, finished, openArea, scenarioButton } from "./pane";

const run = browserAvailable() ? describe : describe.skip;

/** What a planner sees at once in a task pane on a 1366x768 screen. */
const FIRST_SCREEN = 380;
const TABS = ["Scenarios", "Plan", "Compare", "Tables", "Functions"] as const;
const LONG_NAME = `${"North East and North Cumbria ICS workforce plan, high demand ".repeat(2)}`
  .slice(0, 100)
  .trim();

/** The control each tab is opened for. */
function mainAction(page: Page, tab: (typeof TABS)[number]): Locator {
  const panel = areaPanel(page, tab);
  switch (tab) {
    case "Scenarios":
      // The guide's next step while it is shown (the obvious first step), else Add scenario.
      return panel
        .getByRole("region", { name: "Getting started" })
        .getByRole("button", { name: /^Insert planning sheet$|^Set up scenarios$|^Set / })
        .or(panel.getByRole("button", { name: "Add scenario", exact: true }))
        .first();
    case "Plan":
      return panel.getByRole("button", { name: "Insert planning sheet", exact: true });
    case "Compare":
      // With no plan sheet yet, comparing starts by inserting one.
      return panel.getByRole("button", { name: /^Insert (comparison|planning sheet)$/ });
    case "Tables":
      return panel.getByRole("button", { name: "Insert table", exact: true });
    case "Functions":
      return panel.getByRole("searchbox", { name: /^Search the functions/ });
  }
}

/**
 * How far the page, or the pane's scrolling content, would scroll sideways (0 when it fits). A
 * wide table may scroll inside its own frame; the pane itself may not.
 */
async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const scrollers = [document.scrollingElement, document.querySelector("main > div")];
    return Math.max(...scrollers.map((el) => (el === null ? 0 : el.scrollWidth - el.clientWidth)));
  });
}

async function open(harness: Harness, width: number, height: number) {
  const context = await harness.browser.newContext({
    viewport: { width, height },
    locale: "en-GB",
  });
  await context.route(
    (url) => url.hostname !== "127.0.0.1",
    (route) => route.abort()
  );
  const record: PageRecord = { cspViolations: [], dialogs: [], pageErrors: [] };
  await context.exposeFunction("ppReportCspViolation", (text: string) => {
    record.cspViolations.push(text);
  });
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { ppReportCspViolation: (t: string) => void })
        .ppReportCspViolation;
      void report(`${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  const page = await context.newPage();
  page.on("pageerror", (error) => record.pageErrors.push(error.message));
  page.on("dialog", (dialog) => {
    record.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`${harness.baseUrl}/taskpane.html?latency=0`);
  await page.waitForSelector("body[data-pp-ready='true']");
  await scenarioButton(page, "Central").waitFor();
  return { page, context, record };
}

run("the pane at Excel's size", () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  describe.each([
    [320, 600],
    [350, 700],
  ])("at %i x %i px", (width, height) => {
    it("keeps the tabs on one row and opens each tab on its main action, within the first screen", async () => {
      const { page, context, record } = await open(harness, width, height);
      const tabs = page.getByRole("navigation", { name: "Planner" }).getByRole("tab");
      expect(await tabs.allInnerTexts()).toEqual([...TABS]);
      const tops = await tabs.evaluateAll((els) =>
        els.map((el) => Math.round(el.getBoundingClientRect().top))
      );
      expect(new Set(tops).size).toBe(1);
      for (const tab of TABS) {
        await openArea(page, tab);
        const action = mainAction(page, tab);
        await action.waitFor();
        const box = await action.boundingBox();
        if (box === null) throw new Error(`${tab}: its main action is not shown`);
        const bottom = Math.round(box.y + box.height);
        // Named, so a failure says which tab and where.
        expect({ tab, bottom, fits: bottom <= FIRST_SCREEN }).toEqual({ tab, bottom, fits: true });
        expect({ tab, overflow: await sidewaysOverflow(page) }).toEqual({ tab, overflow: 0 });
        if (width === 350) await screenshot(page, `pane-350-${tab.toLowerCase()}`);
      }
      expect(record).toEqual({ cspViolations: [], dialogs: [], pageErrors: [] });
      await context.close();
    });

    it("never scrolls sideways, even with a 100-character scenario name, and axe finds nothing", async () => {
      const { page, context, record } = await open(harness, width, height);
      expect(LONG_NAME).toHaveLength(100);
      await button(page, "Add scenario").click();
      const dialog = page.getByRole("dialog", { name: "Add a scenario" });
      await dialog.waitFor();
      await dialog.getByRole("textbox").fill(LONG_NAME);
      await dialog.getByRole("button", { name: "Add" }).click();
      await finished(page, `Added “${LONG_NAME}”.`);
      await scenarioButton(page, LONG_NAME).waitFor();
      expect(await sidewaysOverflow(page)).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      if (width === 350) await screenshot(page, "pane-350-long-name");
      for (const tab of TABS.slice(1)) {
        await openArea(page, tab);
        await mainAction(page, tab).waitFor();
        expect({ tab, overflow: await sidewaysOverflow(page) }).toEqual({ tab, overflow: 0 });
        expect(await axeViolations(page)).toEqual([]);
      }
      expect(record).toEqual({ cspViolations: [], dialogs: [], pageErrors: [] });
      await context.close();
    });
  });

  it("replaces an earlier success with the refusal when a save is refused", async () => {
    const { page, context } = await open(harness, 350, 700);
    await scenarioButton(page, "High demand").click();
    await button(page, "Make active").click();
    await finished(
      page,
      "“High demand” is now the active scenario; formulas recalculate with its values."
    );
    await page.getByRole("textbox", { name: /^Horizon/ }).fill("forty");
    await button(page, "Save changes").click();
    const status = page.locator("main [role='status']");
    expect((await status.textContent()) ?? "").toBe("");
    const refusal = page.locator("main [role='status'] ~ .fui-MessageBar");
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain("Nothing was saved.");
    await context.close();
  });
});
