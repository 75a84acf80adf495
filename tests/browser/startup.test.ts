/**
 * How the pane starts, with office.js replaced by small stand-ins served at its real address:
 * inside Excel it loads functions.js (the shared runtime registers the PP functions there) and
 * works on the workbook, never on the sample; as another Office host, or when Office never
 * answers, it falls back to preview mode.
 */
import { browserAvailable, startHarness, PANE_WIDTH, type Harness } from "./harness";
import type { Page } from "playwright-core";

const run = browserAvailable() ? describe : describe.skip;

/** Office as each case needs it; Excel.run always fails, as with a workbook that cannot answer. */
const OFFICE_JS = {
  excel: `
    window.CustomFunctions = { associate: function () {}, Error: function () {}, ErrorCode: {} };
    window.Office = {
      HostType: { Excel: "Excel", Word: "Word" },
      onReady: function () { return Promise.resolve({ host: "Excel", platform: "OfficeOnline" }); }
    };
    window.Excel = { run: function () { return Promise.reject(new Error("RichApi.Error: GeneralException at x.js:1")); } };
  `,
  word: `
    window.Office = {
      HostType: { Excel: "Excel", Word: "Word" },
      onReady: function () { return Promise.resolve({ host: "Word", platform: "OfficeOnline" }); }
    };
  `,
  silent: `
    window.Office = {
      HostType: { Excel: "Excel" },
      onReady: function () { return new Promise(function () {}); }
    };
  `,
};

run("starting up", () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  async function openWith(officeJs: string): Promise<{ page: Page; requests: string[] }> {
    const context = await harness.browser.newContext({
      viewport: { width: PANE_WIDTH, height: 900 },
    });
    await context.route(
      (url) => url.hostname !== "127.0.0.1",
      (route) =>
        route.request().url().startsWith("https://appsforoffice.microsoft.com/")
          ? route.fulfill({ contentType: "text/javascript", body: officeJs })
          : route.abort()
    );
    const page = await context.newPage();
    const requests: string[] = [];
    page.on("request", (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${harness.baseUrl}/taskpane.html`);
    await page.waitForSelector("body[data-pp-ready='true']", { timeout: 10000 });
    return { page, requests };
  }

  const banner = (page: Page) =>
    page.locator(".fui-MessageBar", { hasText: "Preview: not connected to Excel" });

  it("in Excel: loads functions.js, edits the workbook, and says plainly when Excel fails", async () => {
    const { page, requests } = await openWith(OFFICE_JS.excel);
    expect(requests).toContain("/functions.js");
    expect(await banner(page).count()).toBe(0);
    const failure = page.locator(".fui-MessageBar", {
      hasText: "Could not read the scenario table.",
    });
    await failure.waitFor();
    const text = (await failure.textContent()) ?? "";
    expect(text).toContain("Excel reported an error. Try again");
    expect(text).not.toMatch(/RichApi|GeneralException|\.js:\d/);
    expect(await page.getByRole("button", { name: "Try again" }).isVisible()).toBe(true);
    await page.context().close();
  });

  it("in another Office application: preview mode", async () => {
    const { page, requests } = await openWith(OFFICE_JS.word);
    expect(await banner(page).isVisible()).toBe(true);
    expect(requests).not.toContain("/functions.js");
    await page.context().close();
  });

  it("when Office never answers: preview mode after a few seconds", async () => {
    const started = Date.now();
    const { page } = await openWith(OFFICE_JS.silent);
    expect(Date.now() - started).toBeGreaterThanOrEqual(2900);
    expect(await banner(page).isVisible()).toBe(true);
    await page.context().close();
  });
});
