/**
 * Inserting an example formula never replaces what the selected cell holds without asking:
 * checked in preview mode at the pane's real width, where the preview workbook's Sheet1 stands
 * for the planner's selection.
 * Share as values, another question asked before acting, is checked here too: once per answer.
 */
import { browserAvailable, screenshot, sharedPane, type Pane } from "./harness";
import {
  areaPanel,
  axeViolations,
  button,
  failureBar,
  finished,
  openArea,
  sheetNames,
  shownTable,
  status,
  until,
  workbook,
} from "./pane";

const run = browserAvailable() ? describe : describe.skip;

run("inserting a formula into the selected cell, at 350 px", () => {
  const suite = sharedPane("?latency=60");
  let pane: Pane;
  beforeAll(async () => {
    pane = suite.pane;
    await pane.page.setViewportSize({ width: 350, height: 900 });
  });

  const insertButton = (name: string) =>
    areaPanel(pane.page, "Functions")
      .getByRole("listitem")
      .filter({ has: pane.page.getByRole("heading", { name, exact: true }) })
      .getByRole("button", { name: "Insert into selected cell" });

  const cells = async (): Promise<string[][]> =>
    (await shownTable(pane.page, "Cells on Sheet1")).rows.map((r) => r.map((c) => c.text));

  it("puts it straight into an empty cell", async () => {
    const { page } = pane;
    await openArea(page, "Functions");
    await insertButton("PP.LTP").click();
    await finished(page, 'Inserted =PP.LTP("CYP") into Sheet1!A1.');
    expect(await cells()).toEqual([["A1", '=PP.LTP("CYP")']]);
    expect(await page.getByRole("alertdialog").count()).toBe(0);
  });

  it("asks before replacing a cell that holds something, showing what it holds", async () => {
    const { page } = pane;
    await workbook(page).getByRole("combobox", { name: "Selected cell" }).selectOption("0");
    await insertButton("PP.GAP").click();
    const dialog = page.getByRole("alertdialog", { name: "Replace what is in Sheet1!A1?" });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(
      'The selected cell, Sheet1!A1, holds:=PP.LTP("CYP")'
    );
    const asked = /Insert (=PP\.GAP\(.*\)) in its place\?/.exec((await dialog.textContent()) ?? "");
    const gap = asked?.[1] ?? "no formula named";
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "insert-formula-replace-dialog");

    // Enter pressed at once keeps the cell: Cancel has the focus.
    await page.keyboard.press("Enter");
    await dialog.waitFor({ state: "hidden" });
    expect(await cells()).toEqual([["A1", '=PP.LTP("CYP")']]);
    expect(await status(page).textContent()).not.toMatch(/^Inserted =PP\.GAP/);

    await insertButton("PP.GAP").click();
    await dialog.waitFor();
    await dialog.getByRole("button", { name: "Replace" }).dblclick();
    await finished(page, `Inserted ${gap} into Sheet1!A1.`);
    expect(await cells()).toEqual([["A1", gap]]);
  });

  it("makes one snapshot when Make the copies is pressed twice as its dialog closes", async () => {
    const { page } = pane;
    await openArea(page, "Plan");
    await button(page, "Insert planning sheet").click();
    await finished(
      page,
      "Inserted the sheet “PP Plan” and wrote the sources of its figures to “PP Sources”."
    );
    await button(page, "Share as values…").click();
    const dialog = page.getByRole("alertdialog", { name: "Share as values" });
    await dialog.waitFor();
    await dialog.getByRole("button", { name: "Make the copies" }).dblclick();
    await until(
      async () => /^Made a snapshot/.test((await status(page).textContent()) ?? ""),
      "the snapshot"
    );
    // A second run would have added a second cover note and copy.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await failureBar(page).count()).toBe(0);
    const made = await sheetNames(page);
    expect(made.filter((n) => n.startsWith("PP Snapshot"))).toHaveLength(1);
    expect(made.filter((n) => n.includes("(values"))).toEqual([
      "PP Scenarios (values)",
      "PP Plan (values)",
    ]);
  });
});
