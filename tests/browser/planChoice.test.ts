/**
 * Compare adds up the plan sheet the planner chooses when the workbook has more than one (PP Plan
 * and PP Plan 2): checked in preview mode at the pane's real width.
 */
import { browserAvailable, screenshot, sharedPane, type Pane } from "./harness";
import { areaPanel, axeViolations, button, finished, openArea, typeCell, until } from "./pane";

const run = browserAvailable() ? describe : describe.skip;
const CYP = (column: string): string => `${column}, CYP Psychologists`;

run("choosing the plan sheet to compare, at 350 px", () => {
  const suite = sharedPane("?latency=20");
  let pane: Pane;
  beforeAll(async () => {
    pane = suite.pane;
    await pane.page.setViewportSize({ width: 350, height: 900 });
  });

  /** Central's row of the comparison table: name, target, gap, intake. */
  const centralRow = async (): Promise<string[]> =>
    areaPanel(pane.page, "compare")
      .getByRole("table", { name: "Totals by scenario (WTE)" })
      .locator("tbody tr", { hasText: "Central" })
      .first()
      .evaluate((r) => [...r.querySelectorAll("th, td")].map((c) => c.textContent ?? ""));

  const enter = async (baseline: string, inPost: string): Promise<void> => {
    await typeCell(pane.page, CYP("Baseline WTE (start year)"), baseline);
    await typeCell(pane.page, CYP("WTE in post now"), inPost);
    await typeCell(pane.page, CYP("Trainees in pipeline"), "0");
    await typeCell(pane.page, CYP("Expected leavers"), "0");
  };

  it("offers no choice with one plan sheet", async () => {
    const { page } = pane;
    await openArea(page, "Plan");
    await button(page, "Insert planning sheet").click();
    await finished(
      page,
      "Inserted the sheet “PP Plan” and wrote the sources of its figures to “PP Sources”."
    );
    await enter("120", "118");
    await openArea(page, "Compare");
    await until(async () => (await centralRow())[1] === "147.2", "PP Plan's totals");
    expect(await page.getByRole("combobox", { name: /^Plan sheet to compare/ }).count()).toBe(0);
  });

  it("compares the second plan sheet's entries once it is chosen", async () => {
    const { page } = pane;
    await openArea(page, "Plan");
    await button(page, "Insert planning sheet").click();
    const dialog = page.getByRole("alertdialog", { name: "Add another planning sheet?" });
    await dialog.waitFor();
    await dialog.getByRole("button", { name: "Add another" }).click();
    await finished(
      page,
      "Inserted the sheet “PP Plan 2” and wrote the sources of its figures to “PP Sources”."
    );
    await enter("200", "150");

    await openArea(page, "Compare");
    const panel = areaPanel(page, "compare");
    const choice = panel.getByRole("combobox", { name: /^Plan sheet to compare/ });
    await choice.waitFor();
    expect(await choice.locator("option").allTextContents()).toEqual(["PP Plan", "PP Plan 2"]);
    // The first stays compared until the planner chooses another.
    expect(await choice.inputValue()).toBe("PP_Plan");
    expect((await centralRow())[1]).toBe("147.2");

    await choice.focus();
    await choice.selectOption({ label: "PP Plan 2" });
    // 200 + 2% of 1,360 = 227.2; gap 227.2 - 150 = 77.2.
    await until(async () => (await centralRow())[1] === "227.2", "PP Plan 2's totals");
    expect((await centralRow()).slice(1, 3)).toEqual(["227.2", "77.2"]);
    expect(await panel.textContent()).toContain("The PP Plan 2 sheet’s totals");
    expect(await choice.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "compare-plan-choice");

    // Typing into the chosen plan keeps it chosen.
    await typeCell(page, CYP("WTE in post now"), "160");
    await until(async () => (await centralRow())[2] === "67.2", "the re-read");
    expect(await choice.inputValue()).toBe("PP_Plan2");
  });
});
