/**
 * The scenarios pane in preview mode, driven as a planner would with the mouse: every change is
 * checked by what the pane shows after reading the workbook back (re-selecting a scenario, the
 * active scenario's preview table), never by looking inside the page's state.
 */
import { browserAvailable, screenshot, sharedPane, type Pane } from "./harness";
import {
  activeName,
  button,
  field,
  fieldMessage,
  listedNames,
  previewTotals,
  scenarioButton,
  select,
  selectedHeading,
  finished,
  recordStatus,
  statusShown,
  until,
} from "./pane";

const run = browserAvailable() ? describe : describe.skip;
const ACTIVE = (name: string): string =>
  `“${name}” is now the active scenario; formulas recalculate with its values.`;

run("the scenarios pane, in a plain browser", () => {
  // A short delay per call, as Excel's round trips have, so the busy state can be seen.
  const suite = sharedPane("?latency=60");
  let pane: Pane;
  beforeAll(() => {
    pane = suite.pane;
  });

  it("says plainly that it is a preview, not connected to Excel", async () => {
    const { page } = pane;
    const banner = page.locator(".fui-MessageBar", { hasText: "Preview: not connected to Excel" });
    expect(await banner.isVisible()).toBe(true);
    const text = (await banner.locator(".fui-MessageBarBody").textContent()) ?? "";
    expect(text.startsWith("Preview: not connected to Excel")).toBe(true);
    expect(text).toMatch(/changes stay in this page/);
    expect(await listedNames(page)).toEqual(["Central", "High demand", "Cautious"]);
    expect(await activeName(page)).toBe("Central");
    await screenshot(page, "pane-sample", true);
  });

  it("is styled by Fluent UI's Office theme under the strict CSP", async () => {
    const { page } = pane;
    const look = await page.evaluate(() => {
      const add = [...document.querySelectorAll("button")].find(
        (b) => b.textContent === "Add scenario"
      );
      const style = add ? getComputedStyle(add) : null;
      return {
        font: getComputedStyle(document.body.querySelector(".fui-FluentProvider")!).fontFamily,
        radius: style?.borderTopLeftRadius,
        border: style?.borderTopColor,
        csp: document
          .querySelector("meta[http-equiv='Content-Security-Policy']")
          ?.getAttribute("content"),
      };
    });
    expect(look.font).toMatch(/Segoe UI/);
    expect(look.radius).toBe("4px");
    expect(look.border).not.toBe("rgb(0, 0, 0)");
    expect(look.csp).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it("adds a scenario with the plan's figures, named in a dialog", async () => {
    const { page } = pane;
    await button(page, "Add scenario").click();
    const dialog = page.getByRole("dialog", { name: "Add a scenario" });
    await dialog.waitFor();
    const name = dialog.getByRole("textbox", { name: /^Scenario name/ });
    expect(await name.inputValue()).toBe("Scenario 4");
    await screenshot(page, "pane-add-dialog");
    await name.fill("Regional plan");
    await dialog.getByRole("button", { name: "Add" }).click();
    await dialog.waitFor({ state: "hidden" });
    await finished(page, "Added “Regional plan”.");
    expect(await listedNames(page)).toEqual([
      "Central",
      "High demand",
      "Cautious",
      "Regional plan",
    ]);
    expect(await selectedHeading(page).textContent()).toBe("Regional plan");
    expect(await field(page, "Local share").inputValue()).toBe("");
    expect(await fieldMessage(page, "Local share").textContent()).toBe(
      "Not set: the plan’s formulas show #N/A until you set it."
    );
    expect(await field(page, "Minimum growth").inputValue()).toBe("60");
    expect(await field(page, "Horizon").inputValue()).toBe("4");
    expect(await field(page, "Demand uplift").inputValue()).toBe("0");
  });

  it("saves only on Save, shows that it is busy, and keeps what was saved", async () => {
    const { page } = pane;
    await field(page, "Local share").fill("2.5");
    await field(page, "Annual attrition").fill("12%");
    await page.getByRole("textbox", { name: "Notes" }).fill("Agreed with finance, May.");
    await recordStatus(page);
    await button(page, "Save changes").click();
    await statusShown(page, "Saving changes…");
    expect(await button(page, "Make active").getAttribute("aria-disabled")).toBe("true");
    await screenshot(page, "pane-saving");
    await finished(page, "Saved changes to “Regional plan”.");

    await select(page, "Central");
    expect(await field(page, "Local share").inputValue()).toBe("2");
    await select(page, "Regional plan");
    expect(await field(page, "Local share").inputValue()).toBe("2.5");
    expect(await field(page, "Annual attrition").inputValue()).toBe("12");
    expect(await page.getByRole("textbox", { name: "Notes" }).inputValue()).toBe(
      "Agreed with finance, May."
    );
    expect(await button(page, "Save changes").getAttribute("aria-disabled")).toBe("true");
  });

  it("discards unsaved typing when asked", async () => {
    const { page } = pane;
    await field(page, "Horizon").fill("6");
    await button(page, "Discard changes").click();
    expect(await field(page, "Horizon").inputValue()).toBe("4");
  });

  it("refuses bad input with a message, writes nothing and keeps the typed text", async () => {
    const { page } = pane;
    await field(page, "Local share").fill("about 3");
    await field(page, "Horizon").fill("4.5");
    await button(page, "Save changes").click();
    expect(await fieldMessage(page, "Local share").textContent()).toBe(
      "Local share must be a percentage such as 25 or 12.5%."
    );
    expect(await fieldMessage(page, "Horizon").textContent()).toMatch(/whole number of years/);
    expect(await field(page, "Local share").getAttribute("aria-invalid")).toBe("true");
    expect(await field(page, "Local share").inputValue()).toBe("about 3");
    expect(await field(page, "Horizon").inputValue()).toBe("4.5");
    // The first bad field takes the focus, so the planner lands on what to correct.
    expect(await field(page, "Local share").evaluate((el) => el === document.activeElement)).toBe(
      true
    );
    await screenshot(page, "pane-invalid-input");

    await field(page, "Local share").fill("150");
    await button(page, "Save changes").click();
    expect(await fieldMessage(page, "Local share").textContent()).toBe(
      "Local share must be from 0% to 100%; it is 150%."
    );

    // The workbook still holds the saved values. Leaving the typing asks first; Discard drops it.
    await scenarioButton(page, "Central").click();
    await page
      .getByRole("alertdialog", { name: "Save your changes to “Regional plan”?" })
      .getByRole("button", { name: "Discard" })
      .click();
    await until(async () => (await selectedHeading(page).textContent()) === "Central", "Central");
    await select(page, "Regional plan");
    expect(await field(page, "Local share").inputValue()).toBe("2.5");
    expect(await field(page, "Horizon").inputValue()).toBe("4");
  });

  it("makes a scenario active, and the preview shows what it implies", async () => {
    const { page } = pane;
    // Central: 2% of 8,140 + 2,500 national posts.
    expect(await previewTotals(page)).toEqual(["50.4", "112.4", "50", "212.8"]);
    await button(page, "Make active").click();
    await finished(page, ACTIVE("Regional plan"));
    expect(await activeName(page)).toBe("Regional plan");
    expect(await scenarioButton(page, "Regional plan").textContent()).toMatch(/Active$/);
    expect(await previewTotals(page)).toEqual(["63", "140.5", "62.5", "266"]);
    const preview = page.locator("section", { has: page.locator("#preview-heading") });
    expect(await preview.textContent()).toContain(
      "Reaching 60% growth in 4 years needs 12.5% a year."
    );
    expect(await preview.textContent()).toContain(
      "Tables 1 and 2 of the Psychological Professions Workforce Plan for England"
    );
    expect(await button(page, "Make active").getAttribute("aria-disabled")).toBe("true");
    await page.locator("#preview-heading").scrollIntoViewIfNeeded();
    await screenshot(page, "pane-active-preview");
  });

  it("duplicates a scenario under a new name, with its values", async () => {
    const { page } = pane;
    await button(page, "Duplicate…").click();
    const dialog = page.getByRole("dialog", { name: "Duplicate “Regional plan”" });
    await dialog.waitFor();
    expect(await dialog.getByRole("textbox").inputValue()).toBe("Regional plan (copy)");
    await dialog.getByRole("button", { name: "Duplicate" }).click();
    await dialog.waitFor({ state: "hidden" });
    await finished(page, "Copied “Regional plan” as “Regional plan (copy)”.");
    expect(await listedNames(page)).toContain("Regional plan (copy)");
    expect(await selectedHeading(page).textContent()).toBe("Regional plan (copy)");
    expect(await field(page, "Local share").inputValue()).toBe("2.5");
    expect(await activeName(page)).toBe("Regional plan");
  });

  it("renames, refusing a name already taken", async () => {
    const { page } = pane;
    await button(page, "Rename…").click();
    const dialog = page.getByRole("dialog", { name: "Rename “Regional plan (copy)”" });
    await dialog.waitFor();
    const name = dialog.getByRole("textbox");
    await name.fill("central");
    await dialog.getByRole("button", { name: "Rename" }).click();
    expect(await dialog.locator(".fui-Field__validationMessage").textContent()).toBe(
      'A scenario called "Central" already exists.'
    );
    expect(await name.inputValue()).toBe("central");
    await name.fill("=1+1");
    await name.press("Enter");
    expect(await dialog.locator(".fui-Field__validationMessage").textContent()).toMatch(
      /Excel reads =, \+, - and @ as a formula/
    );
    await screenshot(page, "pane-rename-refused");
    await name.fill("Stretch");
    await name.press("Enter");
    await dialog.waitFor({ state: "hidden" });
    await finished(page, "Renamed “Regional plan (copy)” to “Stretch”.");
    expect(await listedNames(page)).toEqual([
      "Central",
      "High demand",
      "Cautious",
      "Regional plan",
      "Stretch",
    ]);
    expect(await selectedHeading(page).textContent()).toBe("Stretch");
  });

  it("deletes after confirmation naming the scenario; Cancel keeps it", async () => {
    const { page } = pane;
    await button(page, "Delete…").click();
    let dialog = page.getByRole("alertdialog", { name: "Delete “Stretch”?" });
    await dialog.waitFor();
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await dialog.waitFor({ state: "hidden" });
    expect(await listedNames(page)).toContain("Stretch");

    await button(page, "Delete…").click();
    dialog = page.getByRole("alertdialog", { name: "Delete “Stretch”?" });
    await dialog.waitFor();
    expect(await dialog.textContent()).not.toMatch(/becomes active/);
    await dialog.getByRole("button", { name: "Delete" }).click();
    await finished(page, "Deleted “Stretch”.");
    await dialog.waitFor({ state: "hidden" });
    expect(await listedNames(page)).not.toContain("Stretch");
  });

  it("says which scenario becomes active when the active one is deleted", async () => {
    const { page } = pane;
    await select(page, "Regional plan");
    await button(page, "Delete…").click();
    const dialog = page.getByRole("alertdialog", { name: "Delete “Regional plan”?" });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain("“Central” becomes active");
    await screenshot(page, "pane-delete-active");
    await dialog.getByRole("button", { name: "Delete" }).click();
    await finished(page, "Deleted “Regional plan”.");
    await dialog.waitFor({ state: "hidden" });
    expect(await listedNames(page)).toEqual(["Central", "High demand", "Cautious"]);
    expect(await activeName(page)).toBe("Central");
    expect(await previewTotals(page)).toEqual(["50.4", "112.4", "50", "212.8"]);
  });

  it("shows workbook text as text: a name made of HTML creates no element and runs nothing", async () => {
    const { page } = pane;
    const hostile = "<img src=x onerror=alert(1)>";
    await button(page, "Add scenario").click();
    const dialog = page.getByRole("dialog", { name: "Add a scenario" });
    await dialog.getByRole("textbox").fill(hostile);
    await dialog.getByRole("button", { name: "Add" }).click();
    await finished(page, `Added “${hostile}”.`);
    await dialog.waitFor({ state: "hidden" });
    expect(await listedNames(page)).toContain(hostile);
    expect(await selectedHeading(page).textContent()).toBe(hostile);
    await page.getByRole("textbox", { name: "Notes" }).fill('<script>alert("notes")</script>');
    await field(page, "Local share").fill("1");
    await button(page, "Save changes").click();
    await finished(page, `Saved changes to “${hostile}”.`);
    await button(page, "Make active").click();
    await finished(page, ACTIVE(hostile));
    expect(await activeName(page)).toBe(hostile);
    expect(await page.locator("img").count()).toBe(0);
    expect(await page.locator("body script:not([src])").count()).toBe(0);
    expect(
      await page.locator("section", { has: page.locator("#preview-heading") }).textContent()
    ).toContain(`“${hostile}” is active`);
    // Give an injected handler, had there been one, time to fire.
    await page.waitForTimeout(200);
    expect(pane.record.dialogs).toEqual([]);
    await screenshot(page, "pane-html-name");
  });
});
