/**
 * Sharing a workbook, in preview mode: the pane says what the workbook holds; a planning sheet
 * comes with PP Sources (every figure it computes with, its source, the version and the date),
 * which Refresh sources rewrites in place; Share as values asks first, then makes a cover note
 * and a copy of each PP sheet and of the scenarios holding the values the originals showed and
 * no formula, as Show formulas lets the planner see.
 */
import {
  browserAvailable,
  openPane,
  screenshot,
  screenshotOf,
  startHarness,
  type Harness,
  type Pane,
  sharedPane,
} from "./harness";
import {
  areaPanel,
  axeViolations,
  button,
  failureBar,
  finished,
  focused,
  openArea,
  rowOf,
  sheetNames,
  showSheet,
  shownSheet,
  shownTable,
  status,
  tabTo,
  typeCell,
  until,
  workbook,
  workbookFacts,
  workbookSummary,
  type ShownTable,
  recordStatus,
  statusShown,
} from "./pane";

const run = browserAvailable() ? describe : describe.skip;

const PLAN = "Table on PP Plan (9 rows)";
const COPY = "Table on PP Plan (values) (9 rows)";
const TRAJECTORY = "Trajectory (WTE) by financial year, from the start year";
const CYP = (column: string): string => `${column}, CYP Psychologists`;
/** A date and time as the planner's clock writes it in en-GB, e.g. 12/05/2025, 10:00:00. */
const STAMP = /\d{2}\/\d{2}\/\d{4}, \d{2}:\d{2}:\d{2}/;
const PLAN_DONE =
  "Inserted the sheet “PP Plan” and wrote the sources of its figures to “PP Sources”.";
const SNAPSHOT_DONE =
  "Made a snapshot: the cover note “PP Snapshot”, with “PP Scenarios (values)” and “PP Plan (values)”, copies as values. They are new sheets in this workbook; the original sheets are unchanged.";

/** The text of what the preview workbook shows of its current sheet, above its tables. */
async function sheetText(pane: Pane): Promise<string> {
  return (await workbook(pane.page).locator("#preview-sheet-panel").textContent()) ?? "";
}

/** Every cell as shown: a plan's typed inputs by their value, highlights marked. */
const cellsOf = (table: ShownTable): string[][] => [
  table.headers,
  ...table.rows.map((r) => r.map((c) => `${c.text}${c.highlighted ? " (highlighted)" : ""}`)),
  ...(table.totals ? [table.totals.map((c) => c.text)] : []),
];

async function showFormulas(pane: Pane, on: boolean): Promise<void> {
  const toggle = workbook(pane.page).getByRole("switch", { name: "Show formulas" });
  if ((await toggle.isChecked()) !== on) await toggle.click();
  await until(async () => (await toggle.isChecked()) === on, `Show formulas ${on ? "on" : "off"}`);
}

/** Every cell of a sheet as its cells hold it, its table's and those beside it (Show formulas on). */
async function formulasOf(pane: Pane, sheet: string): Promise<string[]> {
  await showSheet(pane.page, sheet);
  await workbook(pane.page)
    .getByRole("region", { name: `Formulas on ${sheet}` })
    .waitFor();
  return workbook(pane.page).locator("#preview-sheet-panel").locator("th, td").allTextContents();
}

run("sharing a workbook, in a plain browser", () => {
  const suite = sharedPane("?latency=40");
  let pane: Pane;
  beforeAll(() => {
    pane = suite.pane;
  });

  it("says what the workbook holds when it opens", async () => {
    const { page } = pane;
    await until(async () => (await workbookFacts(page))["Plan sheets"] !== undefined, "sheets");
    expect(await workbookFacts(page)).toEqual({
      Scenarios: "3, with “Central” active",
      "Plan sheets": "None yet",
      Sources: "None yet: written with a planning sheet",
      "Set up by": "This version of the planner",
    });
    const summary = workbookSummary(page);
    expect(await summary.textContent()).toContain(
      "In Excel, Office opens the planner for whoever opens this workbook next, if they have the add-in (Office does not offer it to anyone without it)."
    );
    // Before the pane's areas, after the banner.
    const order = await page
      .locator("main > div:first-child > *")
      .evaluateAll((els) => els.map((e) => e.textContent?.slice(0, 20) ?? ""));
    expect(order.findIndex((t) => t.startsWith("This workbook"))).toBeLessThan(
      order.findIndex((t) => t.startsWith("Scenarios"))
    );
    await screenshot(page, "summary-sample");
    // It folds away, and opens again, from the keyboard.
    const header = page.getByRole("button", { name: "This workbook" });
    expect(await header.getAttribute("aria-expanded")).toBe("true");
    await header.focus();
    await page.keyboard.press("Enter");
    await until(async () => (await header.getAttribute("aria-expanded")) === "false", "folded");
    await until(async () => (await page.getByRole("term").count()) === 0, "the facts hidden");
    await page.keyboard.press("Enter");
    await until(async () => (await header.getAttribute("aria-expanded")) === "true", "unfolded");
  });

  it("reports in plain words that there is nothing to share before any sheet uses PP functions", async () => {
    const { page } = pane;
    await openArea(page, "Plan");
    await button(page, "Share as values…").click();
    const dialog = page.getByRole("alertdialog", { name: "Share as values" });
    await dialog.waitFor();
    await dialog.getByRole("button", { name: "Make the copies" }).click();
    await dialog.waitFor({ state: "hidden" });
    await until(async () => (await failureBar(page).count()) === 1, "the failure message");
    const text = (await failureBar(page).textContent()) ?? "";
    expect(text).toContain("Could not share as values.");
    expect(text).toContain(
      "No sheet in this workbook uses a PP function yet, so there is nothing to turn into values."
    );
    expect(await sheetNames(page)).toEqual(["PP Scenarios"]);
    await screenshot(page, "share-nothing-to-share");
    await failureBar(page).getByRole("button", { name: "Dismiss" }).click();
  });

  it("writes PP Sources with the planning sheet: each figure, its source, the version and the date", async () => {
    const { page } = pane;
    await recordStatus(page);
    await button(page, "Insert planning sheet").click();
    await statusShown(page, "Inserting the planning sheet…");
    await finished(page, PLAN_DONE);
    expect(await sheetNames(page)).toEqual(["PP Scenarios", "PP Plan", "PP Sources"]);
    // Excel shows the plan just inserted; so does the preview.
    expect(await shownSheet(page)).toBe("PP Plan");

    await showSheet(page, "PP Sources");
    const notes = await sheetText(pane);
    expect(notes).toContain("Sources of the figures in this workbook");
    expect(notes).toMatch(
      new RegExp(`Written ${STAMP.source} by PP Workforce Planner 1\\.0\\.0\\.`)
    );
    const sources = await shownTable(page, "Table on PP Sources (12 rows)");
    expect(sources.headers).toEqual([
      "Figure",
      "Value",
      "Unit",
      "Approximate",
      "Document",
      "Where",
      "The document's words",
      "Used in",
    ]);
    const cyp = rowOf(
      sources,
      "Additional psychologists (WTE), Children and young people’s (CYP) services"
    );
    expect(cyp.Value?.text).toBe("1,360");
    expect(cyp.Document?.text).toBe("Psychological Professions Workforce Plan for England");
    expect(cyp.Where?.text).toBe("Table 1");
    expect(cyp["The document's words"]?.text).toBe(
      "Children and young people’s (CYP) services Psychologists 1,360"
    );
    await screenshot(page, "sources-sheet");

    const facts = await workbookFacts(page);
    expect(facts["Plan sheets"]).toBe("“PP Plan”");
    expect(facts.Sources).toMatch(new RegExp(`^“PP Sources”, written ${STAMP.source}$`));
  });

  it("rewrites PP Sources in place on Refresh sources", async () => {
    const { page } = pane;
    await showSheet(page, "PP Plan");
    await recordStatus(page);
    await button(page, "Refresh sources").click();
    await statusShown(page, "Writing “PP Sources”…");
    await until(
      async () => ((await status(page).textContent()) ?? "").startsWith("Rewrote"),
      "the refresh"
    );
    expect(await status(page).textContent()).toMatch(
      new RegExp(
        `^Rewrote “PP Sources”, dated ${STAMP.source}: each figure the plan computes with, and its source\\.$`
      )
    );
    expect(await sheetNames(page)).toEqual(["PP Scenarios", "PP Plan", "PP Sources"]);
    expect(await shownSheet(page)).toBe("PP Sources");
    expect((await shownTable(page, "Table on PP Sources (12 rows)")).rows).toHaveLength(12);
  });

  it("explains Share as values before making anything, and Cancel makes nothing", async () => {
    const { page } = pane;
    await button(page, "Share as values…").click();
    const dialog = page.getByRole("alertdialog", { name: "Share as values" });
    await dialog.waitFor();
    const text = (await dialog.textContent()) ?? "";
    for (const part of [
      "For readers without the PP Workforce Planner add-in: where a cell uses a PP function, they would see #NAME? instead of its value.",
      "This makes copies of every sheet that uses PP functions, and of the scenarios, holding values and formats only: they do not recalculate.",
      "A cover note, “PP Snapshot”, says which scenario was active, when the copies were made, by which version and from which sources.",
      "Office does not let an add-in create a new workbook, so the copies are new sheets in this workbook, named “… (values)”. Your original sheets are not changed.",
      "To send only the copies: select their tabs (Ctrl+click), right-click one of them > Move or Copy, choose (new book) and tick Create a copy",
    ]) {
      expect(text).toContain(part);
    }
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "share-confirm");
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await dialog.waitFor({ state: "hidden" });
    expect(await sheetNames(page)).toEqual(["PP Scenarios", "PP Plan", "PP Sources"]);
    expect(await status(page).textContent()).not.toContain("snapshot");
  });

  it("makes a cover note and copies as values that show what the originals showed", async () => {
    const { page } = pane;
    await showSheet(page, "PP Plan");
    await typeCell(page, CYP("Baseline WTE (start year)"), "120");
    await typeCell(page, CYP("WTE in post now"), "118");
    await typeCell(page, CYP("Trainees in pipeline"), "12");
    await typeCell(page, CYP("Expected leavers"), "4");
    await until(
      async () =>
        rowOf(await shownTable(page, PLAN), "CYP", "Psychologists")["Gap WTE"]?.text === "21.2",
      "the plan to compute"
    );
    const plan = await shownTable(page, PLAN);
    const trajectory = await shownTable(page, TRAJECTORY);

    await button(page, "Share as values…").click();
    await recordStatus(page);
    await page.getByRole("alertdialog").getByRole("button", { name: "Make the copies" }).click();
    await statusShown(page, "Copying the sheets as values…");
    await finished(page, SNAPSHOT_DONE);
    expect(await sheetNames(page)).toEqual([
      "PP Scenarios",
      "PP Plan",
      "PP Sources",
      "PP Scenarios (values)",
      "PP Plan (values)",
      "PP Snapshot",
    ]);

    // The cover note, shown as Excel would show the sheet just made.
    expect(await shownSheet(page)).toBe("PP Snapshot");
    const cover = await sheetText(pane);
    expect(cover).toContain("Active scenario when it was made: Central.");
    expect(cover).toMatch(
      new RegExp(
        `A snapshot for readers without the PP Workforce Planner add-in, made ${STAMP.source} by version 1\\.0\\.0\\.`
      )
    );
    expect(cover).toContain("they do not recalculate");
    expect(cover).toContain(
      "Office does not let an add-in write a new workbook, so the copies are new sheets in this one."
    );
    expect(cover).toContain("The original sheets are unchanged.");
    expect(cover).toMatch(/National figures from: [^.]*Psychological Professions Workforce Plan/);
    const listed = await shownTable(page, /^Table on PP Snapshot/);
    expect(listed.rows.map((r) => r.map((c) => c.text))).toEqual([
      ["PP Scenarios", "PP Scenarios (values)"],
      ["PP Plan", "PP Plan (values)"],
    ]);
    await screenshotOf(workbook(page), "snapshot-cover");

    // The pane lists what it made, and says so in the summary.
    const share = areaPanel(page, "plan").locator("section[aria-labelledby='share-heading']");
    expect(
      await share
        .getByRole("list", { name: /The last snapshot/ })
        .locator("li")
        .allTextContents()
    ).toEqual([
      "PP Snapshot: the cover note",
      "PP Scenarios (values): PP Scenarios as values",
      "PP Plan (values): PP Plan as values",
    ]);
    expect((await workbookFacts(page)).Snapshots).toBe("“PP Snapshot”, with 2 sheets as values");
    await screenshotOf(share, "share-made");

    // Each value of the copy is the value the original showed, cell by cell.
    await showSheet(page, "PP Plan (values)");
    const copy = await shownTable(page, COPY);
    expect(cellsOf(copy)).toEqual(cellsOf(plan));
    expect(rowOf(copy, "CYP", "Psychologists")["Gap WTE"]?.text).toBe("21.2");
    expect(cellsOf(await shownTable(page, TRAJECTORY))).toEqual(cellsOf(trajectory));
    // Nothing in it to type into: it does not recalculate.
    expect(copy.rows.flat().some((c) => c.input)).toBe(false);
    expect(await sheetText(pane)).toContain("Values only");
    await screenshotOf(workbook(page), "snapshot-plan-copy");

    // The originals are unchanged.
    await showSheet(page, "PP Plan");
    expect(cellsOf(await shownTable(page, PLAN))).toEqual(cellsOf(plan));
  });

  it("shows with Show formulas that the plan holds PP formulas and no copy holds any formula", async () => {
    const { page } = pane;
    await showFormulas(pane, true);
    const original = await formulasOf(pane, "PP Plan");
    expect(original.filter((c) => c.startsWith("=PP.")).length).toBeGreaterThan(0);
    expect(original).toContain("120");
    await screenshotOf(workbook(page), "formulas-plan");
    for (const sheet of (await sheetNames(page)).filter((s) => s.endsWith("(values)"))) {
      const cells = await formulasOf(pane, sheet);
      expect({ sheet, formulas: cells.filter((c) => c.startsWith("=")) }).toEqual({
        sheet,
        formulas: [],
      });
      expect(await sheetText(pane)).toContain("No cell on this sheet holds a formula");
    }
    await showSheet(page, "PP Plan (values)");
    await screenshotOf(workbook(page), "formulas-plan-copy");
    expect(await axeViolations(page)).toEqual([]);
    await showFormulas(pane, false);
    expect(await workbook(page).getByRole("region", { name: COPY }).count()).toBe(1);
  });

  it("has no axe violations in the Plan area with its sources and sharing, and the cover sheet", async () => {
    const { page } = pane;
    await showSheet(page, "PP Snapshot");
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "pane-plan-share", true);
  });
});

run("sharing as values from the keyboard alone", () => {
  let harness: Harness;
  let pane: Pane;

  beforeAll(async () => {
    harness = await startHarness();
    pane = await openPane(harness, "?latency=20");
  });

  afterAll(async () => {
    await harness?.close();
  });

  it("reaches Share as values with Tab, confirms with Enter, Escape cancels and returns focus", async () => {
    const { page, record } = pane;
    await openArea(page, "Plan");
    await button(page, "Insert planning sheet").focus();
    await page.keyboard.press("Enter");
    await finished(page, PLAN_DONE);

    await button(page, "Insert planning sheet").focus();
    await tabTo(page, /^button:Share as values…$/);
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("alertdialog", { name: "Share as values" });
    await dialog.waitFor();
    await until(async () => (await focused(page)) === "button:Make the copies", "focus in dialog");
    await page.keyboard.press("Tab");
    expect(await focused(page)).toBe("button:Cancel");
    await page.keyboard.press("Tab");
    expect(await focused(page)).toBe("button:Make the copies");
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    await until(async () => (await focused(page)) === "button:Share as values…", "focus back");
    expect(await sheetNames(page)).toEqual(["PP Scenarios", "PP Plan", "PP Sources"]);

    await page.keyboard.press("Enter");
    await dialog.waitFor();
    await until(async () => (await focused(page)) === "button:Make the copies", "focus in dialog");
    await page.keyboard.press("Enter");
    await finished(page, SNAPSHOT_DONE);
    expect(await shownSheet(page)).toBe("PP Snapshot");
    await until(async () => (await focused(page)) === "button:Share as values…", "focus back");
    expect(record.cspViolations).toEqual([]);
    expect(record.pageErrors).toEqual([]);
  });
});
