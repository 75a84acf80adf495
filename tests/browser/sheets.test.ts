/**
 * The pane's sheet buttons in preview mode, each checked by what the preview workbook then shows,
 * as Excel would show the inserted sheet: the planning sheet (typed into, computed with the active
 * scenario, inserted again beside the first), the scenario comparison (chart, table, choice of 2
 * to 4), a published table, the ICS action tracker, and the function help's formula.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { trackerActions } from "../../src/core/insertSheets";
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
  sharedPane,
} from "./harness";
import {
  areaPanel,
  button,
  finished,
  openArea,
  rowOf,
  sheetNames,
  showSheet,
  shownSheet,
  shownTable,
  typeCell,
  until,
  workbook,
  type ShownTable,
  recordStatus,
  statusShown,
} from "./pane";

const run = browserAvailable() ? describe : describe.skip;

/** The sample's scenarios (see src/workbook/samples.ts): 60% minimum growth over 4 years. */
const SAMPLE = {
  Central: { share: 0.02, uplift: 0, attrition: 0.12, completion: 0.9 },
  "High demand": { share: 0.02, uplift: 0.1, attrition: 0.12, completion: 0.9 },
  Cautious: { share: 0.018, uplift: 0, attrition: 0.15, completion: 0.85 },
} as const;
const YEARS = 4;
/** The trajectory's years: from the financial year a new scenario starts in, for 4 years. */
const YEARS_SHOWN = planYearLabels(financialYear(new Date()), YEARS);
/** Table 1: CYP services, psychologists. */
const CYP_PSYCHOLOGISTS = 1360;

/** What the typed row gives under a scenario, worked by hand from the functions' definitions. */
function byHand(s: (typeof SAMPLE)[keyof typeof SAMPLE], leavers = 4) {
  const [baseline, inPost, pipeline] = [120, 118, 12];
  const target = baseline + s.share * (1 + s.uplift) * CYP_PSYCHOLOGISTS;
  const gap = target - inPost - pipeline + leavers;
  // PP.INTAKE: the yearly intake I with inPost*(1-a)^n + I*c*(1 + (1-a) + ... + (1-a)^(n-1)) = target.
  const stay = 1 - s.attrition;
  const kept = 1 + stay + stay ** 2 + stay ** 3;
  const intake = (target - inPost * stay ** YEARS) / kept / s.completion;
  return { target, gap, intake };
}

const oneDecimal = (n: number): string =>
  n.toLocaleString("en-GB", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

const PLAN = "Table on PP Plan (9 rows)";
const CYP = (column: string): string => `${column}, CYP Psychologists`;

/** The comparison's table in the Compare area: scenario, then its three totals. */
async function comparisonRows(pane: Pane): Promise<string[][]> {
  return areaPanel(pane.page, "compare")
    .getByRole("table", { name: "Totals by scenario (WTE)" })
    .locator("tbody tr")
    .evaluateAll((rows) =>
      rows.map((r) => [...r.querySelectorAll("th, td")].map((c) => c.textContent ?? ""))
    );
}

run("inserting sheets, in a plain browser", () => {
  // A short delay per call, as Excel's round trips have, so the busy state can be seen.
  const suite = sharedPane("?latency=60");
  let pane: Pane;
  beforeAll(() => {
    pane = suite.pane;
  });

  it("inserts the planning sheet, which computes what is typed into it as Excel would", async () => {
    const { page } = pane;
    await openArea(page, "Plan");
    await until(
      async () =>
        ((await areaPanel(page, "plan").textContent()) ?? "").includes(
          "The workbook has no PP Plan sheet yet."
        ),
      "the pane to look for a plan"
    );
    await screenshot(page, "pane-plan");
    await recordStatus(page);
    await button(page, "Insert planning sheet").click();
    await statusShown(page, "Inserting the planning sheet…");
    await finished(
      page,
      "Inserted the sheet “PP Plan” and wrote the sources of its figures to “PP Sources”."
    );
    expect(await sheetNames(page)).toEqual(["PP Scenarios", "PP Plan", "PP Sources"]);
    expect(await shownSheet(page)).toBe("PP Plan");

    const fresh = await shownTable(page, PLAN);
    expect(fresh.headers).toEqual([
      "Service area",
      "Staff group",
      "Baseline WTE (start year)",
      "WTE in post now",
      "Trainees in pipeline",
      "Expected leavers",
      "National LTP additional WTE, 2019/20 to 2023/24 (published)",
      "Target WTE",
      "Gap WTE",
      "Growth",
      "Meets minimum",
      "Intake needed a year",
    ]);
    // Until the inputs are typed, the formula cells wait rather than show errors.
    expect(rowOf(fresh, "CYP", "Psychologists")["Target WTE"]?.text).toBe("");
    expect(
      rowOf(fresh, "CYP", "Psychologists")[
        "National LTP additional WTE, 2019/20 to 2023/24 (published)"
      ]?.text
    ).toBe("1,360.0");

    await typeCell(page, CYP("Baseline WTE (start year)"), "120");
    await typeCell(page, CYP("WTE in post now"), "118");
    await typeCell(page, CYP("Trainees in pipeline"), "12");
    await typeCell(page, CYP("Expected leavers"), "4");
    const plan = await shownTable(page, PLAN);
    const row = rowOf(plan, "CYP", "Psychologists");
    const central = byHand(SAMPLE.Central);
    expect(row["Baseline WTE (start year)"]).toEqual({
      text: "120.0",
      highlighted: false,
      input: true,
    });
    expect(row["Target WTE"]?.text).toBe("147.2");
    expect(row["Gap WTE"]).toEqual({ text: "21.2", highlighted: true, input: false });
    expect(row["Growth"]?.text).toBe("22.7%");
    expect(row["Meets minimum"]).toEqual({ text: "FALSE", highlighted: true, input: false });
    expect(row["Intake needed a year"]?.text).toBe(oneDecimal(central.intake));
    expect(plan.totals?.map((c) => c.text).slice(0, 9)).toEqual([
      "Total",
      "",
      "120.0",
      "118.0",
      "12.0",
      "4.0",
      "10,640.0",
      "147.2",
      "21.2",
    ]);

    // The highlight shows by more than colour: a bold face and an outline.
    const look = await workbook(page)
      .locator("td", { hasText: "FALSE (highlighted)" })
      .evaluate((td) => {
        const style = getComputedStyle(td);
        return { weight: style.fontWeight, outline: style.outlineStyle };
      });
    expect(Number(look.weight)).toBeGreaterThanOrEqual(700);
    expect(look.outline).toBe("solid");

    const trajectory = await shownTable(page, /^Trajectory/);
    // Financial years from the sample's start year (the year the pane opened in).
    expect(trajectory.headers.slice(2)).toEqual(YEARS_SHOWN);
    expect(
      Object.values(rowOf(trajectory, "CYP", "Psychologists"))
        .slice(2)
        .map((c) => c.text)
    ).toEqual(["120.0", "126.8", "133.6", "140.4", "147.2"]);
    const chart = workbook(page).getByRole("img");
    expect(await chart.getAttribute("aria-label")).toBe(
      `Line chart: Planned WTE against the baseline, by financial year (WTE), ${YEARS_SHOWN[0]} to ${YEARS_SHOWN[4]}. ` +
        "Total plan goes from 120.0 to 147.2. Baseline (start year) stays at 120.0."
    );
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const grid = workbook(page).getByRole("region", { name: PLAN });
    await grid.evaluate((el) => (el.scrollLeft = 0));
    await screenshotOf(workbook(page), "sheet-plan");
    // Scrolled sideways, as in Excel, the row labels stay while the formulas' results come in.
    await grid.evaluate((el) => {
      const headers = [...el.querySelectorAll("thead th")] as HTMLElement[];
      const frozen = headers[1];
      const target = headers.find((h) => h.textContent === "Target WTE");
      if (frozen && target)
        el.scrollLeft = target.offsetLeft - frozen.offsetLeft - frozen.offsetWidth;
    });
    await screenshotOf(grid, "sheet-plan-results");
    await grid.evaluate((el) => (el.scrollLeft = 0));
  });

  it("refuses what the sheet's validation would, in the sheet's words, keeping the typing", async () => {
    const { page } = pane;
    const cell = workbook(page).getByRole("textbox", { name: CYP("Expected leavers") });
    await cell.fill("-3");
    await cell.press("Enter");
    expect(await workbook(page).textContent()).toContain(
      "Expected leavers, CYP Psychologists: Enter a number of WTE, 0 or more."
    );
    expect(await cell.getAttribute("aria-invalid")).toBe("true");
    expect(await cell.inputValue()).toBe("-3");
    await cell.press("Escape");
    expect(await cell.inputValue()).toBe("4.0");
    await cell.fill("4");
    await cell.press("Enter");
    expect(await cell.getAttribute("aria-invalid")).toBeNull();
    expect(rowOf(await shownTable(page, PLAN), "CYP", "Psychologists")["Gap WTE"]?.text).toBe(
      "21.2"
    );
  });

  it("asks before inserting a second plan, then adds PP Plan 2 and leaves the first as it is", async () => {
    const { page } = pane;
    expect(await areaPanel(page, "plan").textContent()).toContain(
      "The workbook has a PP Plan sheet already"
    );
    await button(page, "Insert planning sheet").click();
    const dialog = page.getByRole("alertdialog", { name: "Add another planning sheet?" });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(
      "A PP Plan sheet already exists. Add another (PP Plan 2), leaving the first as it is?"
    );
    await screenshot(page, "pane-plan-again");
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await dialog.waitFor({ state: "hidden" });
    expect(await sheetNames(page)).toEqual(["PP Scenarios", "PP Plan", "PP Sources"]);

    await button(page, "Insert planning sheet").click();
    await dialog.waitFor();
    await dialog.getByRole("button", { name: "Add another" }).click();
    await finished(
      page,
      "Inserted the sheet “PP Plan 2” and wrote the sources of its figures to “PP Sources”."
    );
    // PP Sources is rewritten in place: still one of it.
    expect(await sheetNames(page)).toEqual(["PP Scenarios", "PP Plan", "PP Sources", "PP Plan 2"]);
    expect(await shownSheet(page)).toBe("PP Plan 2");
    const second = await shownTable(page, "Table on PP Plan 2 (9 rows)");
    expect(rowOf(second, "CYP", "Psychologists")["Baseline WTE (start year)"]?.text).toBe("");

    await showSheet(page, "PP Plan");
    const first = rowOf(await shownTable(page, PLAN), "CYP", "Psychologists");
    expect(first["Baseline WTE (start year)"]?.text).toBe("120.0");
    expect(first["Target WTE"]?.text).toBe("147.2");
  });

  it("compares the scenarios' totals in a chart and a table, with the same numbers", async () => {
    const { page } = pane;
    await openArea(page, "Compare");
    const panel = areaPanel(page, "compare");
    const chosen = panel.getByRole("group", { name: "Scenarios to compare (2 to 4)" });
    for (const name of ["Central", "High demand", "Cautious"]) {
      expect(await chosen.getByRole("checkbox", { name }).isChecked()).toBe(true);
    }
    await until(async () => (await comparisonRows(pane)).length === 3, "the comparison table");
    const expected = (["Central", "High demand", "Cautious"] as const).map((name) => {
      const t = byHand(SAMPLE[name]);
      return [name, oneDecimal(t.target), oneDecimal(t.gap), oneDecimal(t.intake)];
    });
    expect(await comparisonRows(pane)).toEqual(expected);
    // The sample's scenarios all plan from this financial year over 4 years.
    expect(await panel.textContent()).toContain(
      `Plan years: ${YEARS_SHOWN[0]} to ${YEARS_SHOWN[4]}.`
    );
    // By hand: Central 147.2, 21.2; High demand 120 + 2% × 1.1 × 1,360 = 149.92, gap 23.92.
    expect(expected[0]?.slice(1, 3)).toEqual(["147.2", "21.2"]);
    expect(expected[1]?.slice(1, 3)).toEqual(["149.9", "23.9"]);

    const chart = panel.getByRole("img", { name: /^Column chart/ });
    expect(await chart.getAttribute("aria-label")).toBe(
      "Column chart: Total target, gap and yearly intake by scenario, Total target WTE, " +
        "Total gap WTE and Intake needed a year for Central, High demand and Cautious (WTE). " +
        `Highest Total target WTE: High demand, ${expected[1]?.[1]}. ` +
        `Highest Total gap WTE: High demand, ${expected[1]?.[2]}. ` +
        `Highest Intake needed a year: Cautious, ${expected[2]?.[3]}.`
    );
    // Axis titles and a legend are drawn, and the table is there without hovering.
    expect(await chart.locator("text", { hasText: /^Scenario$/ }).count()).toBe(1);
    expect(await chart.locator("text", { hasText: /^WTE$/ }).count()).toBe(1);
    expect(await chart.locator(":scope > rect").count()).toBe(9);
    expect(
      await panel
        .getByRole("list", { name: /^Legend: Total target/ })
        .getByRole("listitem")
        .allTextContents()
    ).toEqual(["Total target WTE", "Total gap WTE", "Intake needed a year"]);
    await screenshotOf(panel, "pane-compare");

    // A change in the plan shows at once: two more leavers widen every gap by 2.
    await typeCell(page, CYP("Expected leavers"), "6");
    await until(
      async () =>
        (await comparisonRows(pane))[0]?.[2] === oneDecimal(byHand(SAMPLE.Central, 6).gap),
      "the comparison to follow the plan"
    );
    await typeCell(page, CYP("Expected leavers"), "4");
    await until(
      async () => (await comparisonRows(pane))[0]?.[2] === "21.2",
      "the comparison to follow the plan back"
    );
  });

  it("refuses fewer than 2 or more than 4 scenarios with a message", async () => {
    const { page } = pane;
    const panel = areaPanel(page, "compare");
    const chosen = panel.getByRole("group", { name: "Scenarios to compare (2 to 4)" });
    await chosen.getByRole("checkbox", { name: "High demand" }).uncheck();
    await chosen.getByRole("checkbox", { name: "Cautious" }).uncheck();
    expect(await chosen.textContent()).toContain(
      "Choose at least 2 scenarios to compare: 1 is chosen."
    );
    expect(await panel.getByRole("img").count()).toBe(0);
    expect(await panel.getByRole("table").count()).toBe(0);
    expect(await button(page, "Insert comparison").getAttribute("aria-disabled")).toBe("true");
    await screenshot(page, "pane-compare-too-few");

    // Two more scenarios, so five can be chosen.
    await openArea(page, "Scenarios");
    for (const name of ["Scenario 4", "Scenario 5"]) {
      await button(page, "Add scenario").click();
      const dialog = page.getByRole("dialog", { name: "Add a scenario" });
      await dialog.getByRole("button", { name: "Add" }).click();
      await finished(page, `Added “${name}”.`);
    }
    await openArea(page, "Compare");
    for (const name of ["High demand", "Cautious", "Scenario 4", "Scenario 5"]) {
      await chosen.getByRole("checkbox", { name }).check();
    }
    expect(await chosen.textContent()).toContain(
      "Choose at most 4 scenarios, so the chart stays readable: 5 are chosen."
    );
    expect(await panel.getByRole("img").count()).toBe(0);
    expect(await button(page, "Insert comparison").getAttribute("aria-disabled")).toBe("true");

    // Four: a new scenario has no local share yet, so its totals are missing, and it says why.
    await chosen.getByRole("checkbox", { name: "Cautious" }).uncheck();
    await until(async () => (await comparisonRows(pane)).length === 4, "four compared");
    expect((await comparisonRows(pane))[2]).toEqual(["Scenario 4", "n/a", "n/a", "n/a"]);
    expect(await panel.textContent()).toContain(
      "Scenario 4: Local share is empty in this scenario, so PP_Share gives #N/A."
    );
    expect(await panel.getByRole("img").locator("text", { hasText: "n/a" }).count()).toBe(2);
    await screenshotOf(panel, "pane-compare-four");
  });

  it("inserts the comparison, which the workbook then shows with its chart", async () => {
    const { page } = pane;
    const chosen = areaPanel(page, "compare").getByRole("group", {
      name: "Scenarios to compare (2 to 4)",
    });
    await chosen.getByRole("checkbox", { name: "Scenario 4" }).uncheck();
    await chosen.getByRole("checkbox", { name: "Scenario 5" }).uncheck();
    await chosen.getByRole("checkbox", { name: "Cautious" }).check();
    await recordStatus(page);
    await button(page, "Insert comparison").click();
    await statusShown(page, "Inserting the comparison…");
    await finished(page, "Inserted the sheet “PP Comparison”.");
    expect(await shownSheet(page)).toBe("PP Comparison");
    const sheet: ShownTable = await shownTable(page, "Table on PP Comparison (3 rows)");
    expect(sheet.headers).toEqual([
      "Scenario",
      "Total target WTE",
      "Total gap WTE",
      "Intake needed a year",
      "Notes",
    ]);
    expect(sheet.rows.map((r) => r.slice(0, 4).map((c) => c.text))).toEqual(
      await comparisonRows(pane)
    );
    expect(await workbook(page).textContent()).toMatch(/Made \d\d\/\d\d\/\d{4}, \d\d:\d\d:\d\d/);
    expect(await workbook(page).getByRole("img").getAttribute("aria-label")).toMatch(
      /^Column chart: Total target, gap and yearly intake by scenario \(WTE\)/
    );
    await screenshotOf(workbook(page), "sheet-comparison");
  });

  it("inserts a published table with its source", async () => {
    const { page } = pane;
    await openArea(page, "Tables");
    const panel = areaPanel(page, "tables");
    expect(await panel.getByRole("combobox", { name: "Table" }).inputValue()).toBe("Table1");
    expect(await panel.textContent()).toContain(
      "Source: Psychological Professions Workforce Plan for England, Table 1"
    );
    await screenshot(page, "pane-tables");
    await recordStatus(page);
    await button(page, "Insert table").click();
    await statusShown(page, "Inserting the table Table1…");
    await finished(page, "Inserted the sheet “PP Table1”.");
    expect(await shownSheet(page)).toBe("PP Table1");
    const table = await shownTable(page, "Table on PP Table1 (11 rows)");
    expect(table.headers).toEqual([
      "Service area",
      "Profession(s)",
      "Staff (WTE)",
      "Area name",
      "Group name",
    ]);
    // Table 1's eight cells, then its three totals.
    expect(table.rows).toHaveLength(11);
    expect(table.rows.slice(0, 8).map((r) => r[2]?.text)).toEqual([
      "210",
      "1,360",
      "2,550",
      "2,860",
      "750",
      "210",
      "160",
      "40",
    ]);
    expect(table.rows.slice(8).map((r) => [r[3]?.text, r[4]?.text, r[2]?.text])).toEqual([
      ["Total", "Psychologists", "2,520"],
      ["Total", "Therapists", "5,620"],
      ["Total", "All", "8,140"],
    ]);
    expect(await workbook(page).textContent()).toContain('The same table as =PP.TABLE("Table1").');
    await screenshotOf(workbook(page), "sheet-table1");
  });

  it("inserts the action tracker for ICSs: the actions the plan gives them", async () => {
    const { page } = pane;
    const panel = areaPanel(page, "tables");
    const ics = trackerActions("ICS").length;
    await panel.getByRole("radio", { name: `ICS (${ics} actions)` }).check();
    await button(page, "Insert action tracker").click();
    await finished(page, `Inserted the sheet “PP Actions” with the actions for ICS.`);
    expect(await shownSheet(page)).toBe("PP Actions");
    const tracker = await shownTable(page, `Table on PP Actions (${ics} rows)`);
    expect(tracker.rows).toHaveLength(ics);
    expect(tracker.headers).toEqual([
      "Priority",
      "Table",
      "Action",
      "Text",
      "Status",
      "Owner",
      "Due date",
      "Notes",
    ]);
    expect(tracker.rows.every((r) => r[4]?.text === "Not started")).toBe(true);
    expect(await workbook(page).getByRole("heading", { level: 3 }).textContent()).toBe(
      "Action tracker: ICS"
    );
    await screenshotOf(workbook(page), "sheet-tracker");
  });

  it("finds a function by what it does and puts its example in the selected cell", async () => {
    const { page } = pane;
    await openArea(page, "Functions");
    const panel = areaPanel(page, "functions");
    const list = panel.getByRole("list", { name: "PP functions" });
    await list.waitFor();
    // Every function of the build's metadata has its entry.
    const catalogue = (
      JSON.parse(readFileSync(path.join(__dirname, "../../dist/functions.json"), "utf8")) as {
        functions: unknown[];
      }
    ).functions.length;
    expect(catalogue).toBeGreaterThanOrEqual(15);
    expect(await list.getByRole("heading", { level: 3 }).count()).toBe(catalogue);
    await panel.getByRole("searchbox", { name: "Search the functions" }).fill("intake");
    await until(
      async () =>
        (await list.getByRole("heading", { level: 3 }).first().textContent()) === "PP.INTAKE",
      "PP.INTAKE first"
    );
    expect(await panel.textContent()).toContain(`of ${catalogue} functions match “intake”.`);
    const entry = list
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: "PP.INTAKE", exact: true }) });
    expect(await entry.textContent()).toContain(
      "=PP.INTAKE(target, in_post, attrition, [years], [completion])"
    );
    const link = entry.getByRole("link", { name: /^Full reference for PP.INTAKE/ });
    expect(await link.getAttribute("href")).toBe("docs/functions/intake.html");
    expect(await link.getAttribute("target")).toBe("_blank");
    const reference = await page.request.get(
      new URL("docs/functions/intake.html", page.url()).href
    );
    expect(reference.status()).toBe(200);
    await screenshotOf(panel, "pane-functions");

    await panel.getByRole("searchbox", { name: "Search the functions" }).fill("no such thing");
    expect(await panel.textContent()).toContain("No function matches “no such thing”.");
    await panel.getByRole("searchbox", { name: "Search the functions" }).fill("PP.INTAKE");
    await entry.getByRole("button", { name: "Insert into selected cell" }).click();
    await finished(page, "Inserted =PP.INTAKE(160, 100, 0.1) into Sheet1!A1.");
    expect(await shownSheet(page)).toBe("Sheet1");
    const cells = await shownTable(page, "Cells on Sheet1");
    expect(cells.rows.map((r) => r.map((c) => c.text))).toEqual([
      ["A1", "=PP.INTAKE(160, 100, 0.1)"],
    ]);
    // At the foot of the pane, where the status area no longer covers the sheet.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await screenshot(page, "sheet-formulas");
  });
});

run("the planning sheet in a workbook with no scenarios", () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  it("sets up the scenarios first, and the comparison offers the planning sheet", async () => {
    const { page, context, record } = await openPane(harness, "?sample=empty&latency=20");
    await openArea(page, "Compare");
    expect(await areaPanel(page, "compare").textContent()).toContain(
      "This workbook has no scenarios yet"
    );
    await openArea(page, "Plan");
    expect(await areaPanel(page, "plan").textContent()).toContain(
      "Inserting the sheet sets them up first"
    );
    await button(page, "Insert planning sheet").click();
    await finished(
      page,
      "Set up scenarios, inserted the sheet “PP Plan” and wrote the sources of its figures to “PP Sources”."
    );
    expect(await sheetNames(page)).toEqual(["PP Scenarios", "PP Plan", "PP Sources"]);
    // Central has no local share yet: the targets show #N/A, as PP_Share does in Excel.
    await typeCell(page, CYP("Baseline WTE (start year)"), "120");
    expect(rowOf(await shownTable(page, PLAN), "CYP", "Psychologists")["Target WTE"]?.text).toBe(
      "#N/A"
    );
    expect(record.cspViolations).toEqual([]);
    expect(record.pageErrors).toEqual([]);
    await context.close();
  });

  it("offers to insert the planning sheet when comparing without one", async () => {
    const { page, context, record } = await openPane(harness, "?latency=20");
    await openArea(page, "Compare");
    const panel = areaPanel(page, "compare");
    await until(
      async () => ((await panel.textContent()) ?? "").includes("There is no PP Plan sheet"),
      "the explanation"
    );
    await panel.getByRole("button", { name: "Insert planning sheet" }).click();
    await finished(
      page,
      "Inserted the sheet “PP Plan” and wrote the sources of its figures to “PP Sources”."
    );
    await until(async () => (await panel.getByRole("table").count()) === 1, "the totals");
    expect(await panel.textContent()).toContain("The plan has no rows with a baseline yet.");
    expect(await panel.getByRole("img").count()).toBe(0);
    expect(await panel.textContent()).toContain("No values to chart yet.");
    expect(record.cspViolations).toEqual([]);
    expect(record.pageErrors).toEqual([]);
    await context.close();
  });
});
