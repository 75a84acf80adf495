/**
 * Nothing the planner types or keeps is lost or silently overwritten, checked in preview mode at
 * the pane's real width: untouched digits are not rewritten, a decimal comma is refused, a
 * fraction in a percentage field is questioned, unsaved typing is never dropped without asking,
 * and a dialog's button pressed twice acts once.
 */
import { browserAvailable, screenshot, sharedPane, type Pane } from "./harness";
import {
  axeViolations,
  button,
  failureBar,
  field,
  fieldMessage,
  finished,
  listedNames,
  scenarioButton,
  select,
  selectedHeading,
  until,
} from "./pane";

const run = browserAvailable() ? describe : describe.skip;

run("keeping what the planner typed, at 350 px", () => {
  const suite = sharedPane("?latency=60");
  let pane: Pane;
  beforeAll(async () => {
    pane = suite.pane;
    await pane.page.setViewportSize({ width: 350, height: 900 });
  });

  const isDisabled = async (name: string): Promise<boolean> =>
    (await button(pane.page, name).getAttribute("aria-disabled")) === "true";

  it("does not count a share with more digits than it shows as a change, nor rewrite it", async () => {
    const { page } = pane;
    await select(page, "Cautious");
    // More digits than the form shows, as =PP.SHARE(...) gives.
    await field(page, "Local share").fill("2.14285714285714");
    await button(page, "Save changes").click();
    await finished(page, "Saved changes to “Cautious”.");
    expect(await isDisabled("Save changes")).toBe(true);
    expect(await isDisabled("Discard changes")).toBe(true);

    // Chosen again, it shows ten digits and still holds nothing to save, so moving away asks
    // nothing.
    await select(page, "Central");
    await select(page, "Cautious");
    expect(await field(page, "Local share").inputValue()).toBe("2.142857143");
    expect(await isDisabled("Save changes")).toBe(true);
    expect(await isDisabled("Discard changes")).toBe(true);
    await page.getByRole("textbox", { name: "Notes" }).fill("Share from PP.SHARE.");
    await button(page, "Save changes").click();
    await finished(page, "Saved changes to “Cautious”.");
    expect(await isDisabled("Save changes")).toBe(true);
    expect(await field(page, "Local share").inputValue()).toBe("2.142857143");
  });

  it("refuses a decimal comma with a hint, writing nothing", async () => {
    const { page } = pane;
    await select(page, "Central");
    await field(page, "Local share").fill("2,5");
    await button(page, "Save changes").click();
    expect(await fieldMessage(page, "Local share").textContent()).toBe(
      "Use a point for decimals: 2.5."
    );
    expect(await field(page, "Local share").getAttribute("aria-invalid")).toBe("true");
    expect(await field(page, "Local share").inputValue()).toBe("2,5");
    await button(page, "Discard changes").click();
    expect(await field(page, "Local share").inputValue()).toBe("2");
  });

  it("asks whether a fraction typed as a percentage meant that share, and fixes it in one click", async () => {
    const { page } = pane;
    await field(page, "Local share").fill("0.02");
    const message = fieldMessage(page, "Local share");
    await until(async () => /Did you mean 2%\?/.test((await message.textContent()) ?? ""), "hint");
    expect(await message.textContent()).toMatch(/^This reads as 0\.02%\. Did you mean 2%\?/);
    // Not refused: the entry stands until the planner chooses.
    expect(await field(page, "Local share").getAttribute("aria-invalid")).not.toBe("true");
    expect(await isDisabled("Save changes")).toBe(false);
    await screenshot(page, "keep-typing-fraction-hint");
    await message.getByRole("button", { name: "Use 2%" }).click();
    expect(await field(page, "Local share").inputValue()).toBe("2");
    expect(await message.count()).toBe(0);
    expect(await isDisabled("Save changes")).toBe(true);
  });

  it("asks before choosing another scenario drops unsaved typing: Stay keeps it, Discard drops it", async () => {
    const { page } = pane;
    await field(page, "Local share").fill("3");
    await scenarioButton(page, "High demand").click();
    const dialog = page.getByRole("alertdialog", { name: "Save your changes to “Central”?" });
    await dialog.waitFor();
    expect(await dialog.textContent()).toMatch(/before you choose “High demand”/);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "keep-typing-unsaved-dialog");
    await dialog.getByRole("button", { name: "Stay" }).click();
    await dialog.waitFor({ state: "hidden" });
    expect(await selectedHeading(page).textContent()).toBe("Central");
    expect(await field(page, "Local share").inputValue()).toBe("3");

    await scenarioButton(page, "High demand").click();
    await dialog.waitFor();
    await dialog.getByRole("button", { name: "Discard" }).click();
    await until(async () => (await selectedHeading(page).textContent()) === "High demand", "moved");
    await select(page, "Central");
    expect(await field(page, "Local share").inputValue()).toBe("2");
  });

  it("asks before Add, Duplicate and Delete; Save writes the typing, then goes on", async () => {
    const { page } = pane;
    await field(page, "Local share").fill("3");
    await button(page, "Add scenario").click();
    const dialog = page.getByRole("alertdialog", { name: "Save your changes to “Central”?" });
    await dialog.waitFor();
    expect(await dialog.textContent()).toMatch(/before you add a scenario/);
    await dialog.getByRole("button", { name: "Save" }).click();
    const add = page.getByRole("dialog", { name: "Add a scenario" });
    await add.waitFor();
    await add.getByRole("button", { name: "Cancel" }).click();
    await finished(page, "Saved changes to “Central”.");
    expect(await field(page, "Local share").inputValue()).toBe("3");

    await field(page, "Local share").fill("4");
    await button(page, "Duplicate…").click();
    await dialog.waitFor();
    expect(await dialog.textContent()).toMatch(/before you duplicate it/);
    await dialog.getByRole("button", { name: "Stay" }).click();
    await dialog.waitFor({ state: "hidden" });
    await button(page, "Delete…").click();
    await dialog.waitFor();
    expect(await dialog.textContent()).toMatch(/before you delete it/);
    await dialog.getByRole("button", { name: "Stay" }).click();
    await dialog.waitFor({ state: "hidden" });
    expect(await page.getByRole("alertdialog").count()).toBe(0);
    expect(await field(page, "Local share").inputValue()).toBe("4");
    await button(page, "Discard changes").click();
  });

  it("acts once when a dialog's button is pressed twice as it closes", async () => {
    const { page } = pane;
    const before = await listedNames(page);
    await button(page, "Add scenario").click();
    const add = page.getByRole("dialog", { name: "Add a scenario" });
    await add.waitFor();
    await add.getByRole("textbox", { name: /^Scenario name/ }).fill("Twice");
    await add.getByRole("button", { name: "Add" }).dblclick();
    await finished(page, "Added “Twice”.");
    expect(await failureBar(page).count()).toBe(0);
    expect(await listedNames(page)).toEqual([...before, "Twice"]);

    await button(page, "Delete…").click();
    const remove = page.getByRole("alertdialog", { name: "Delete “Twice”?" });
    await remove.waitFor();
    await remove.getByRole("button", { name: "Delete" }).dblclick();
    await finished(page, "Deleted “Twice”.");
    expect(await failureBar(page).count()).toBe(0);
    expect(await listedNames(page)).toEqual(before);
  });
});
