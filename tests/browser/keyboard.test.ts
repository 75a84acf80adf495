/**
 * The pane with the keyboard alone (Tab, Shift+Tab, arrows, Enter, Space, Escape): a planner who
 * never touches the mouse can add a scenario, edit and save it, make it active and back out of a
 * dialog, always seeing where the focus is.
 */
import { browserAvailable, screenshot, sharedPane, type Pane } from "./harness";
import {
  activeName,
  field,
  finished,
  focused,
  rowOf,
  selectedHeading,
  shownTable,
  tabTo,
  until,
} from "./pane";

const run = browserAvailable() ? describe : describe.skip;

run("the scenarios pane, by keyboard only", () => {
  const suite = sharedPane("?latency=20");
  let pane: Pane;
  beforeAll(() => {
    pane = suite.pane;
  });

  /** The focused element shows a focus indicator (an outline or Fluent's focus border). */
  async function focusIsVisible(): Promise<boolean> {
    return pane.page.evaluate(() => {
      const el = document.activeElement;
      if (!(el instanceof HTMLElement) || el === document.body) return false;
      const own = getComputedStyle(el);
      const after = getComputedStyle(el, "::after");
      const within = el.closest(".fui-Input, .fui-Textarea");
      const frame = within ? getComputedStyle(within, "::after") : null;
      return (
        (own.outlineStyle !== "none" && own.outlineWidth !== "0px") ||
        (after.borderTopStyle !== "none" && after.borderTopWidth !== "0px") ||
        (frame !== null && frame.borderBottomWidth !== "0px" && frame.transform !== "scaleX(0)")
      );
    });
  }

  it("Tab visits every control in order, with visible focus, never resting on hidden elements", async () => {
    const { page } = pane;
    const stops: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press("Tab");
      const stop = await page.evaluate(() => {
        const el = document.activeElement;
        if (el === null || el === document.body) return "body";
        if (el.hasAttribute("data-tabster-dummy") || el.closest("[aria-hidden='true']") !== null) {
          return "hidden";
        }
        return el.tagName.toLowerCase();
      });
      stops.push(stop);
      if (stop !== "body" && stop !== "hidden") expect(await focusIsVisible()).toBe(true);
    }
    expect(stops).not.toContain("hidden");
    expect(stops.filter((s) => s === "input").length).toBeGreaterThanOrEqual(6);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  });

  it("adds a scenario: Tab to Add scenario, Enter, type the name, Enter", async () => {
    const { page } = pane;
    await tabTo(page, /^button:Add scenario$/);
    expect(await focusIsVisible()).toBe(true);
    await page.keyboard.press("Enter");
    await page.getByRole("dialog", { name: "Add a scenario" }).waitFor();
    await until(
      async () => /^input:Scenario name/.test(await focused(page)),
      "focus in the dialog"
    );
    // The suggested name is selected, so typing replaces it.
    await page.keyboard.type("Keyboard plan");
    await screenshot(page, "keyboard-add-dialog");
    await page.keyboard.press("Enter");
    await finished(page, "Added “Keyboard plan”.");
    await page.getByRole("dialog").waitFor({ state: "hidden" });
    expect(await selectedHeading(page).textContent()).toBe("Keyboard plan");
    // Focus goes back to the button that opened the dialog.
    await until(async () => (await focused(page)) === "button:Add scenario", "focus restored");
  });

  it("edits and saves: Tab to a field, type, Enter saves", async () => {
    const { page } = pane;
    await tabTo(page, /^input:Local share/);
    expect(await focusIsVisible()).toBe(true);
    await page.keyboard.type("3");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await tabTo(page, /^input:Annual attrition/);
    await page.keyboard.type("11");
    await page.keyboard.press("Enter");
    await finished(page, "Saved changes to “Keyboard plan”.");
    expect(await field(page, "Local share").inputValue()).toBe("3");
    expect(await field(page, "Annual attrition").inputValue()).toBe("11");
    await screenshot(page, "keyboard-saved");
  });

  it("makes it active: Shift+Tab back to Make active, Space", async () => {
    const { page } = pane;
    await tabTo(page, /^button:Make active$/, true);
    expect(await focusIsVisible()).toBe(true);
    await page.keyboard.press("Space");
    await finished(
      page,
      "“Keyboard plan” is now the active scenario; formulas recalculate with its values."
    );
    expect(await activeName(page)).toBe("Keyboard plan");
  });

  it("backs out of a dialog with Escape, focus returning to its button", async () => {
    const { page } = pane;
    await tabTo(page, /^button:Rename…$/);
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Rename “Keyboard plan”" });
    await dialog.waitFor();
    await page.keyboard.type("Never saved");
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    await until(async () => (await focused(page)) === "button:Rename…", "focus restored");
    expect(await selectedHeading(page).textContent()).toBe("Keyboard plan");
  });

  it("confirms a delete only on purpose: the dialog opens on Cancel", async () => {
    const { page } = pane;
    await tabTo(page, /^button:Delete…$/);
    await page.keyboard.press("Space");
    const dialog = page.getByRole("alertdialog", { name: "Delete “Keyboard plan”?" });
    await dialog.waitFor();
    await until(async () => (await focused(page)) === "button:Cancel", "focus on Cancel");
    await page.keyboard.press("Enter");
    await dialog.waitFor({ state: "hidden" });
    expect(await activeName(page)).toBe("Keyboard plan");
  });

  it("moves through the scenario list with the arrow keys and picks with Enter", async () => {
    const { page } = pane;
    await tabTo(page, /^button:Keyboard plan/, true);
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    expect(await focused(page)).toBe("button:High demand");
    expect(await focusIsVisible()).toBe(true);
    await page.keyboard.press("Enter");
    await until(
      async () => (await selectedHeading(page).textContent()) === "High demand",
      "High demand selected"
    );
    // Tab leaves the list in one step, to the scenario's actions.
    await page.keyboard.press("Tab");
    expect(await focused(page)).toBe("button:Make active");
    await screenshot(page, "keyboard-list");
  });

  it("opens each area from the tab list, inserts the plan, types into it and compares", async () => {
    const { page } = pane;
    await tabTo(page, /^button:(Scenarios)+$/, true);
    expect(await focusIsVisible()).toBe(true);
    // Arrow keys move along the tabs; Enter opens one.
    await page.keyboard.press("ArrowRight");
    expect(await focused(page)).toMatch(/^button:(Plan)+$/);
    await page.keyboard.press("Enter");
    // Past the buttons to any assumption the active scenario lacks.
    await tabTo(page, /^button:Insert planning sheet$/);
    expect(await focusIsVisible()).toBe(true);
    await page.keyboard.press("Enter");
    await finished(
      page,
      "Inserted the sheet “PP Plan” and wrote the sources of its figures to “PP Sources”."
    );

    // Into the preview workbook's plan: Tab reaches each input cell; Enter enters the figure.
    await tabTo(page, /^input:Baseline WTE \(start year\), CYP Psychologists$/);
    expect(await focusIsVisible()).toBe(true);
    await page.keyboard.type("120");
    await page.keyboard.press("Enter");
    // "Keyboard plan" is active: 120 + 3% of 1,360.
    const row = rowOf(await shownTable(page, "Table on PP Plan (9 rows)"), "CYP", "Psychologists");
    expect(row["Target WTE"]?.text).toBe("160.8");
    await screenshot(page, "keyboard-plan-cell");

    await tabTo(page, /^button:(Plan)+$/, true, 80);
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    // First the fold with what is compared, then the choice.
    await page.keyboard.press("Tab");
    expect(await focused(page)).toBe("summary:What is compared");
    await page.keyboard.press("Tab");
    expect(await focused(page)).toBe("input:Central");
    expect(await focusIsVisible()).toBe(true);
    // Space unticks: four scenarios were chosen, three remain.
    await page.keyboard.press("Space");
    expect(await page.getByRole("checkbox", { name: "Central", exact: true }).isChecked()).toBe(
      false
    );
    const table = page.getByRole("table", { name: "Totals by scenario (WTE)" });
    await until(async () => (await table.locator("tbody tr").count()) === 3, "three compared");
    await tabTo(page, /^button:Insert comparison$/);
    expect(await focusIsVisible()).toBe(true);
    await page.keyboard.press("Enter");
    await finished(page, "Inserted the sheet “PP Comparison”.");
  });
});
