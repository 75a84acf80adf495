/**
 * How the tests find and drive the pane: by role, label and visible text, as a planner (or a
 * screen reader) would, so the tests also check that everything has a name.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "playwright-core";

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The list of scenarios. */
export function scenarioList(page: Page): Locator {
  return page.getByRole("list", { name: "Scenarios" });
}

/** A scenario's button in the list, whatever badges it carries. */
export function scenarioButton(page: Page, name: string): Locator {
  return scenarioList(page).getByRole("button", {
    name: new RegExp(`^${escape(name)}( Same name)?( Check values)?( Active)?$`),
  });
}

/** The names listed, in order. */
export async function listedNames(page: Page): Promise<string[]> {
  return scenarioList(page).locator("li button > span:first-of-type").allTextContents();
}

/** The name of the scenario badged Active. */
export async function activeName(page: Page): Promise<string | null> {
  const active = scenarioList(page).locator("li button", { hasText: /Active$/ });
  if ((await active.count()) !== 1) return null;
  return active.locator("> span:first-of-type").textContent();
}

/** The heading of the selected scenario's panel (its name). */
export function selectedHeading(page: Page): Locator {
  return page.locator("#selected-heading");
}

/** An assumption's input, by the start of its label ("Local share", "Horizon"). */
export function field(page: Page, label: string): Locator {
  return page.getByRole("textbox", { name: new RegExp(`^${escape(label)}`) });
}

/** The validation message shown under the field with that label. */
export function fieldMessage(page: Page, label: string): Locator {
  return page
    .locator(".fui-Field")
    .filter({ has: page.locator("label", { hasText: new RegExp(`^${escape(label)}`) }) })
    .locator(".fui-Field__validationMessage");
}

export function button(page: Page, name: string | RegExp): Locator {
  return page.getByRole("button", { name, exact: typeof name === "string" });
}

/** The pane's own live region (a CSS query: it is aria-hidden while a dialog is open). */
export function status(page: Page): Locator {
  return page.locator("main [role='status']");
}

/**
 * Starts recording every text the status region shows, so a busy state that lasts only a few
 * milliseconds (a fast write) is still seen. Call it before the click that starts the write.
 */
export async function recordStatus(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { ppStatusSeen?: string[] };
    const seen: string[] = [];
    w.ppStatusSeen = seen;
    const region = document.querySelector("main [role='status']");
    if (region === null) throw new Error("The pane has no status region");
    new MutationObserver(() => {
      if (w.ppStatusSeen === seen) seen.push(region.textContent ?? "");
    }).observe(region, { subtree: true, childList: true, characterData: true });
  });
}

/** Waits until the status region has shown this text since recordStatus. */
export async function statusShown(page: Page, text: string): Promise<void> {
  await until(
    async () =>
      page.evaluate(
        (t) => ((window as unknown as { ppStatusSeen?: string[] }).ppStatusSeen ?? []).includes(t),
        text
      ),
    `the status "${text}"`
  );
}

/** The error shown when a write fails, beside the status region. */
export function failureBar(page: Page): Locator {
  return page.locator("main [role='status'] ~ .fui-MessageBar");
}

/**
 * Waits until the last write has finished with the given message (failing at once if the pane
 * reports a failure instead) and any dialog has gone, so the page is no longer aria-hidden.
 */
export async function finished(page: Page, message: string): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector("[role='dialog'], [role='alertdialog']") === null
  );
  await until(async () => {
    const text = (await status(page).textContent()) ?? "";
    if (text === message) return true;
    const failure = await failureBar(page).allTextContents();
    if (failure.length > 0)
      throw new Error(`Expected "${message}"; the pane says ${failure.join(" ")}`);
    return false;
  }, `"${message}"`);
}

/** Waits until a condition on the page holds, checked as the page changes. */
export async function until(check: () => Promise<boolean>, what: string, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    if (await check()) return;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** The preview table's total row: [Psychologists, Therapists, EMHPs, Total]. */
export async function previewTotals(page: Page): Promise<string[]> {
  return page
    .getByRole("row", { name: /^Total \(Tables 1 and 2\)/ })
    .getByRole("cell")
    .allTextContents();
}

/** Selects a scenario in the list and waits for its panel. */
export async function select(page: Page, name: string): Promise<void> {
  await scenarioButton(page, name).click();
  await until(async () => (await selectedHeading(page).textContent()) === name, `${name} selected`);
}

/** Describes the focused element: its role-ish tag, accessible-ish name and label. */
export async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (el === null || el === document.body) return "body";
    const label =
      el.id !== ""
        ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent
        : null;
    const text = (el.getAttribute("aria-label") ?? label ?? el.textContent ?? "").trim();
    return `${el.tagName.toLowerCase()}:${text}`;
  });
}

/** Presses Tab (or Shift+Tab) until the focused element's description matches, or fails. */
export async function tabTo(
  page: Page,
  target: RegExp,
  backwards = false,
  limit = 60
): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (target.test(await focused(page))) return;
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
  }
  throw new Error(`Tab never reached ${target}; last focused ${await focused(page)}`);
}

/**
 * axe's findings (all its rules: WCAG 2.2 A/AA and best practices) as "rule: target" lines, once
 * any opening animation has finished (half-faded colours are not what the planner reads).
 *
 * Fluent's focus manager (tabster) puts two 1px sentinels, <i data-tabster-dummy aria-hidden
 * tabindex=0>, at the ends of the body to keep Tab inside an open dialog; focus never rests on
 * them (it is moved on at once, which the keyboard tests check), but axe's aria-hidden-focus rule
 * cannot know that, so they alone are left out.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== "running")
  );
  const results = await new AxeBuilder({ page }).exclude("[data-tabster-dummy]").analyze();
  return results.violations.flatMap((v) =>
    v.nodes.map(
      (n) => `${v.id} (${v.impact ?? "?"}): ${n.target.join(" ")} ${n.failureSummary ?? ""}`
    )
  );
}

/** Opens one of the pane's areas by its tab (Scenarios, Plan, Compare, Tables, Functions). */
export async function openArea(page: Page, name: string): Promise<void> {
  const tab = page.getByRole("navigation", { name: "Planner" }).getByRole("tab", { name });
  await tab.click();
  await until(async () => (await tab.getAttribute("aria-selected")) === "true", `${name} shown`);
  // A tab's script loads when it is first opened.
  await until(
    async () => !((await areaPanel(page, name).textContent()) ?? "").includes("Loading this tab…"),
    `${name} loaded`
  );
}

/** The area shown under the tabs. */
export function areaPanel(page: Page, name: string): Locator {
  return page.locator(`[role='tabpanel'][aria-labelledby='tab-${name.toLowerCase()}']`);
}

/** Preview mode's workbook, below the pane's areas. */
export function workbook(page: Page): Locator {
  return page.getByRole("region", { name: "Preview workbook" });
}

/** The preview workbook's sheet tabs, in order. */
export async function sheetNames(page: Page): Promise<string[]> {
  return workbook(page).getByRole("tablist", { name: "Sheets" }).getByRole("tab").allInnerTexts();
}

/** The sheet the preview workbook shows. */
export async function shownSheet(page: Page): Promise<string | null> {
  const selected = workbook(page).getByRole("tab", { selected: true });
  return (await selected.count()) === 1 ? selected.innerText() : null;
}

export async function showSheet(page: Page, name: string): Promise<void> {
  await workbook(page).getByRole("tab", { name, exact: true }).click();
  await until(async () => (await shownSheet(page)) === name, `sheet ${name} shown`);
}

export interface ShownCell {
  /** What the cell shows (an input cell's value). */
  readonly text: string;
  /** Marked as the sheet's highlight, in words as well as colour. */
  readonly highlighted: boolean;
  readonly input: boolean;
}

export interface ShownTable {
  readonly headers: string[];
  readonly rows: ShownCell[][];
  readonly totals: ShownCell[] | null;
}

/** A table in the preview workbook, by its region's name (its caption), read as shown. */
export async function shownTable(page: Page, caption: string | RegExp): Promise<ShownTable> {
  const region = workbook(page).getByRole("region", { name: caption });
  return region.evaluate((el) => {
    const read = (cell: Element) => {
      const input = cell.querySelector("input");
      const text = input ? input.value : (cell.textContent ?? "");
      return {
        text: text.replace(/ \(highlighted\)$/, "").replace(/^blank$/, ""),
        highlighted: / \(highlighted\)$/.test(text),
        input: input !== null,
      };
    };
    const table = el.querySelector("table");
    const headers = [...(table?.querySelectorAll("thead th") ?? [])].map(
      (h) => h.textContent ?? ""
    );
    const rows = [...(table?.querySelectorAll("tbody tr") ?? [])].map((r) =>
      [...r.querySelectorAll("th, td")].map(read)
    );
    const foot = table?.querySelector("tfoot tr");
    return { headers, rows, totals: foot ? [...foot.querySelectorAll("th, td")].map(read) : null };
  });
}

/** A shown table's row by its first cells' text (e.g. "CYP", "Psychologists"), by header. */
export function rowOf(table: ShownTable, ...labels: string[]): Record<string, ShownCell> {
  const row = table.rows.find((r) => labels.every((label, i) => r[i]?.text === label));
  if (row === undefined) throw new Error(`No row ${labels.join(" ")}`);
  return Object.fromEntries(table.headers.map((h, i) => [h, row[i] as ShownCell]));
}

/** Types into one of a plan's input cells in the preview workbook and presses Enter. */
export async function typeCell(page: Page, label: string, text: string): Promise<void> {
  const cell = workbook(page).getByRole("textbox", { name: label, exact: true });
  await cell.fill(text);
  await cell.press("Enter");
}

/** The "This workbook" summary near the top of the pane. */
export function workbookSummary(page: Page): Locator {
  return page.getByRole("region", { name: "This workbook", exact: true });
}

/** Unfolds the "This workbook" summary (it opens folded to one line), as a planner would. */
export async function openWorkbookSummary(page: Page): Promise<void> {
  const header = workbookSummary(page).getByRole("button", { name: "This workbook" });
  if ((await header.getAttribute("aria-expanded")) !== "true") await header.click();
  await workbookSummary(page).locator("dl").waitFor();
}

/** The "This workbook" summary's facts, by term, unfolding it first. */
export async function workbookFacts(page: Page): Promise<Record<string, string>> {
  await openWorkbookSummary(page);
  return workbookSummary(page)
    .locator("dl")
    .evaluateAll((lists) =>
      Object.fromEntries(
        lists.flatMap((dl) =>
          [...dl.querySelectorAll("dt")].map((dt) => [
            dt.textContent ?? "",
            dt.nextElementSibling?.textContent ?? "",
          ])
        )
      )
    );
}
