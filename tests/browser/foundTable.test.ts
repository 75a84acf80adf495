/**
 * A workbook whose scenario table a planner renamed (PP_Scenarios to MyScenarios): the pane
 * offers to use that table rather than set up a second one beside it, and uses it on request,
 * every scenario kept. At 350 px, keyboard usable, axe clean.
 */
import { browserAvailable, sharedPane, type Pane } from "./harness";
import { axeViolations, button, finished, listedNames } from "./pane";

const run = browserAvailable() ? describe : describe.skip;

run("a scenario table under another name, at 350 px", () => {
  const suite = sharedPane("?sample=renamed&latency=20");
  let pane: Pane;
  beforeAll(async () => {
    pane = suite.pane;
    await pane.page.setViewportSize({ width: 350, height: 900 });
  });

  it("offers to use the table it found, and never the plain set-up", async () => {
    const { page } = pane;
    const heading = page.locator("#found-table-heading");
    await heading.waitFor();
    expect(await heading.textContent()).toBe("Your scenarios have another table name");
    const section = page.locator("section[aria-labelledby='found-table-heading']");
    expect(await section.textContent()).toContain(
      "The scenarios look to be in the table “MyScenarios” on the sheet “PP Scenarios”."
    );
    expect(await page.getByRole("button", { name: "Set up scenarios" }).count()).toBe(0);
    const use = button(page, "Use table “MyScenarios”");
    const box = await use.boundingBox();
    expect(box).not.toBeNull();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(350);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      350
    );
    expect(await axeViolations(page)).toEqual([]);
  });

  it("uses it on request, from the keyboard, with every scenario kept", async () => {
    const { page } = pane;
    await button(page, "Use table “MyScenarios”").focus();
    await page.keyboard.press("Enter");
    await finished(page, "Scenarios are set up.");
    expect(await listedNames(page)).toEqual(["Central", "High demand", "Cautious"]);
    expect(await page.locator("#found-table-heading").count()).toBe(0);
  });
});
