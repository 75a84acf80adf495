/**
 * Workbooks that are not yet in shape: one with no scenario table (set up), and one set up by an
 * earlier version of the planner whose table a person has edited by hand into trouble (what
 * upgrading would add said first, problems listed cell by cell, nothing changed until the planner
 * acts, missing columns and names added without touching rows). Each says what it holds.
 */
import {
  browserAvailable,
  openPane,
  screenshot,
  startHarness,
  type Harness,
  type Pane,
  sharedPane,
} from "./harness";
import {
  activeName,
  axeViolations,
  button,
  failureBar,
  field,
  fieldMessage,
  finished,
  listedNames,
  scenarioButton,
  scenarioList,
  select,
  selectedHeading,
  until,
  workbookFacts,
  workbookSummary,
  recordStatus,
  statusShown,
} from "./pane";

const run = browserAvailable() ? describe : describe.skip;

run("a workbook with no scenarios yet", () => {
  let harness: Harness;
  let pane: Pane;

  beforeAll(async () => {
    harness = await startHarness();
    pane = await openPane(harness, "?sample=empty&latency=20");
  });

  afterAll(async () => {
    await harness?.close();
  });

  it("explains that there are none and sets them up on request", async () => {
    const { page, record } = pane;
    expect(await page.locator("#setup-heading").textContent()).toBe(
      "No scenarios in this workbook yet"
    );
    await until(async () => (await workbookFacts(page))["Plan sheets"] !== undefined, "sheets");
    expect(await workbookFacts(page)).toEqual({
      Scenarios: "None yet",
      "Plan sheets": "None yet",
      Sources: "None yet: written with a planning sheet",
    });
    expect(await workbookSummary(page).textContent()).toContain(
      "In Excel, once scenarios are set up, Office opens the planner for whoever opens this workbook next"
    );
    expect(await page.locator("#upgrade-heading").count()).toBe(0);
    expect(await page.locator("main").textContent()).toContain("PP_Scenarios");
    await screenshot(page, "empty-set-up");
    await button(page, "Set up scenarios").click();
    await finished(page, "Scenarios are set up.");
    expect(await listedNames(page)).toEqual(["Central"]);
    expect(await activeName(page)).toBe("Central");
    expect(await field(page, "Local share").inputValue()).toBe("");
    expect(await fieldMessage(page, "Local share").textContent()).toBe(
      "Not set: the plan’s formulas show #N/A until you set it."
    );
    const preview = page.locator("section", { has: page.locator("#preview-heading") });
    expect(await preview.textContent()).toContain(
      "Set the local share to see what this scenario means for Tables 1 and 2."
    );
    expect(await page.getByRole("button", { name: "Set up scenarios" }).count()).toBe(0);
    await until(
      async () => (await workbookFacts(page))["Set up by"] === "This version of the planner",
      "the summary to follow"
    );
    expect((await workbookFacts(page)).Scenarios).toBe("1, with “Central” active");
    await screenshot(page, "empty-after-set-up", true);
    expect(record.cspViolations).toEqual([]);
    expect(record.pageErrors).toEqual([]);
  });
});

run("a scenario table edited by hand into trouble", () => {
  const suite = sharedPane("?sample=malformed&latency=20");
  let pane: Pane;
  beforeAll(() => {
    pane = suite.pane;
  });

  const problems = (pane: Pane): Promise<string[]> =>
    pane.page.locator("section[aria-labelledby='problems-heading'] li").allTextContents();

  const notice = (pane: Pane) => pane.page.locator("section[aria-labelledby='upgrade-heading']");

  it("says first that an earlier version set it up, and exactly what upgrading would add", async () => {
    const { page } = pane;
    await notice(pane).waitFor();
    expect(await notice(pane).locator("li").allTextContents()).toEqual([
      "add the column Training completion to the PP_Scenarios table (empty cells)",
      "add the defined name PP_Completion",
      "record layout 4 in the name PP_Layout (it now has layout 1)",
    ]);
    const text = (await notice(pane).textContent()) ?? "";
    expect(text).toContain(
      "An earlier version of the planner set up this workbook. Nothing changes until you choose Upgrade; every scenario and value you entered is kept."
    );
    // The steps, in the workbook's own terms, are one click away rather than the first thing read.
    const steps = notice(pane).locator("details");
    expect(await steps.getAttribute("open")).toBeNull();
    expect(await steps.locator("summary").textContent()).toBe("What upgrading changes");
    // Before anything else the pane shows of the workbook: its summary and its areas.
    const first = await page
      .locator("main > div:first-child > *")
      .evaluateAll((els) =>
        els.findIndex((e) => e.matches("section[aria-labelledby='upgrade-heading']"))
      );
    const summary = await page
      .locator("main > div:first-child > *")
      .evaluateAll((els) =>
        els.findIndex((e) => e.matches("section[aria-labelledby='workbook-summary']"))
      );
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(summary);
    await until(async () => (await workbookFacts(page))["Plan sheets"] !== undefined, "sheets");
    expect(await workbookFacts(page)).toEqual({
      Scenarios: "4, with “Central” active",
      "Plan sheets": "None yet",
      Sources: "None yet: written with a planning sheet",
      "Set up by": "An earlier version of the planner",
    });
    expect(await workbookSummary(page).textContent()).toContain(
      "In Excel, once it is upgraded, Office opens the planner for whoever opens this workbook next"
    );
    // The problem list does not offer the same thing again under another name.
    expect(await button(page, "Repair table").count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "malformed-upgrade-notice");
  });

  it("lists each problem with its cell address, in plain words", async () => {
    const { page } = pane;
    expect(await page.locator("#problems-heading").textContent()).toBe(
      "7 problems in the scenario table"
    );
    expect(await problems(pane)).toEqual([
      "'PP Scenarios'!A3: The PP_Scenarios table has no \"Training completion\" column.",
      "'PP Scenarios'!B5: Local share holds the text 'about 3%' where a number belongs.",
      "'PP Scenarios'!F5: Annual attrition must be a yearly rate from 0 up to but not including 1 (100%); it is 1.5.",
      "'PP Scenarios'!A6: \"Central\" is also the name of the scenario at 'PP Scenarios'!A4; names must differ.",
      "'PP Scenarios'!A7: This scenario has no name.",
      "'PP Scenarios'!E7: Horizon must be a whole number of years from 1 to 50; it is 4.5.",
      "Defined names: The workbook lacks the name PP_Completion, so formulas using it show #NAME?.",
    ]);
    const section = page.locator("section[aria-labelledby='problems-heading']");
    expect(await section.textContent()).toContain(
      "The pane leaves these cells as they are until you fix them in the workbook or upgrade it."
    );
    expect(await section.textContent()).toContain(
      "Upgrade workbook, above, adds what is missing (the Training completion column and the name PP_Completion); it does not change your rows."
    );
    await screenshot(page, "malformed-problems");
  });

  it("still lists every row; a bad cell shows its problem and an empty box to retype", async () => {
    const { page } = pane;
    expect(await listedNames(page)).toEqual(["Central", "High demand", "Central", "(no name)"]);
    expect(await scenarioButton(page, "High demand").textContent()).toContain("Check values");
    await select(page, "High demand");
    expect(await field(page, "Local share").inputValue()).toBe("");
    expect(await fieldMessage(page, "Local share").textContent()).toBe(
      "In the workbook: Local share holds the text 'about 3%' where a number belongs. Type a value here to replace it when you save."
    );
    expect(await field(page, "Annual attrition").inputValue()).toBe("");
    expect(await fieldMessage(page, "Annual attrition").textContent()).toMatch(
      /^In the workbook: /
    );
    expect(await field(page, "Demand uplift").inputValue()).toBe("10");
    expect(await fieldMessage(page, "Training completion").textContent()).toBe(
      "The table has no “Training completion” column yet: Upgrade workbook adds it."
    );
    await screenshot(page, "malformed-invalid-cells");
  });

  it("shows a duplicate-named row read-only: edits would go to the first of that name", async () => {
    const { page } = pane;
    const second = scenarioList(page)
      .getByRole("button", { name: /^Central/ })
      .nth(1);
    expect(await second.textContent()).toBe("CentralSame name");
    await second.click();
    await until(async () => (await field(page, "Local share").inputValue()) === "2.5", "row 3");
    expect(await page.locator("main").textContent()).toContain(
      "A scenario above has the same name"
    );
    expect(await field(page, "Local share").getAttribute("readonly")).not.toBeNull();
    for (const name of ["Make active", "Rename…", "Duplicate…", "Delete…"]) {
      expect(await button(page, name).getAttribute("aria-disabled")).toBe("true");
    }
  });

  it("refuses, in plain words, a change the table cannot take until it is repaired", async () => {
    const { page } = pane;
    await select(page, "High demand");
    await field(page, "Training completion").fill("80");
    await button(page, "Save changes").click();
    await until(async () => (await failureBar(page).count()) === 1, "the failure message");
    const text = (await failureBar(page).textContent()) ?? "";
    expect(text).toContain("Could not save the changes.");
    expect(text).toContain(
      "The scenario table has no column for Training completion: choose Repair table to add it."
    );
    expect(text).not.toMatch(/at \w+ \(|Error:|\.js:\d/);
    // Nothing was written, and the typing is still there to save after the repair.
    expect(await field(page, "Training completion").inputValue()).toBe("80");
    expect(await problems(pane)).toHaveLength(7);
    await screenshot(page, "malformed-refused");
    await failureBar(page).getByRole("button", { name: "Dismiss" }).click();
    expect(await failureBar(page).count()).toBe(0);
  });

  it("upgrades the workbook: adds the missing column and name and records the layout, leaves the rows alone", async () => {
    const { page } = pane;
    await recordStatus(page);
    await button(page, "Upgrade workbook").click();
    await statusShown(page, "Upgrading the workbook…");
    await finished(page, "Upgraded the workbook: every scenario and value is as it was.");
    expect(await notice(pane).count()).toBe(0);
    expect(await listedNames(page)).toEqual(["Central", "High demand", "Central", "(no name)"]);
    await until(
      async () => (await workbookFacts(page))["Set up by"] === "This version of the planner",
      "the summary to follow"
    );
    const left = await problems(pane);
    expect(left).toHaveLength(5);
    expect(left.join("\n")).not.toMatch(/Training completion|Defined names/);
    expect(await button(page, "Repair table").count()).toBe(0);
    expect(await button(page, "Upgrade workbook").count()).toBe(0);
    // Unsaved typing survived the re-read, and now saves.
    expect(await selectedHeading(page).textContent()).toBe("High demand");
    expect(await field(page, "Training completion").inputValue()).toBe("80");
    await field(page, "Local share").fill("3");
    await button(page, "Save changes").click();
    await finished(page, "Saved changes to “High demand”.");
    const after = await problems(pane);
    expect(after).toHaveLength(4);
    expect(after.join("\n")).not.toContain("'PP Scenarios'!B5");
    expect(await fieldMessage(page, "Local share").count()).toBe(0);
  });

  it("lets a nameless row be named, which clears its problem", async () => {
    const { page } = pane;
    await select(page, "(no name)");
    expect(await button(page, "Make active").getAttribute("aria-disabled")).toBe("true");
    await button(page, "Rename…").click();
    const dialog = page.getByRole("dialog", { name: "Rename “(no name)”" });
    await dialog.getByRole("textbox").fill("Half-year horizon");
    await dialog.getByRole("button", { name: "Rename" }).click();
    await finished(page, "Renamed “(no name)” to “Half-year horizon”.");
    // The list is drawn again from the workbook's re-read, which a loaded machine may delay.
    await until(
      async () => (await listedNames(page)).includes("Half-year horizon"),
      "the new name listed"
    );
    expect(await listedNames(page)).toContain("Half-year horizon");
    expect((await problems(pane)).join("\n")).not.toContain("no name");
    await screenshot(page, "malformed-after-fixes", true);
  });
});
