/**
 * How the pane starts. First with office.js replaced by small stand-ins served at its real
 * address: inside Excel it works on the workbook, never on the sample, however long Office takes
 * to answer; as another Office host it falls back to preview mode. Then with the real office.js
 * (the @microsoft/office-js package, served at its CDN address) under the pane's own CSP.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { browserAvailable, startHarness, PANE_WIDTH, type Harness } from "./harness";
import type { Page } from "playwright-core";

const run = browserAvailable() ? describe : describe.skip;

const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const root = path.resolve(__dirname, "../..");

/**
 * Where the real office.js is: the @microsoft/office-js package (a dev dependency), or a copy of
 * its dist/ folder named by PP_OFFICE_JS_DIR.
 */
const OFFICE_JS_DIR =
  process.env.PP_OFFICE_JS_DIR ?? path.join(root, "node_modules/@microsoft/office-js/dist");
const haveOfficeJs = existsSync(path.join(OFFICE_JS_DIR, "office.js"));
if (!haveOfficeJs) {
  const message =
    `The real office.js is not at ${OFFICE_JS_DIR}: install the dev dependency ` +
    "@microsoft/office-js (or set PP_OFFICE_JS_DIR to a copy of its dist folder).";
  if (process.env.CI) throw new Error(message);
  console.warn(`Skipping the start-up tests with the real office.js. ${message}`);
}
const runReal = haveOfficeJs ? run : describe.skip;

/**
 * Office as each case needs it; Excel.run always fails, as with a workbook that cannot answer.
 * `delay` holds Office.onReady back, as a slow Excel does.
 */
function excelOffice(delay: number): string {
  return `
    window.CustomFunctions = {
      associate: function (id) { (window.ppAssociated = window.ppAssociated || []).push(id); },
      Error: function () {}, ErrorCode: {}
    };
    window.Office = {
      HostType: { Excel: "Excel", Word: "Word" },
      onReady: function () {
        return new Promise(function (resolve) {
          setTimeout(function () { resolve({ host: "Excel", platform: "OfficeOnline" }); }, ${delay});
        });
      }
    };
    window.Excel = { run: function () { return Promise.reject(new Error("RichApi.Error: GeneralException at x.js:1")); } };
  `;
}

const WORD_OFFICE = `
  window.Office = {
    HostType: { Excel: "Excel", Word: "Word" },
    onReady: function () { return Promise.resolve({ host: "Word", platform: "OfficeOnline" }); }
  };
`;

run("starting up", () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  /** `officeJs` null: office.js cannot be fetched, as with no network. */
  async function openWith(
    officeJs: string | null,
    waitForReady = true
  ): Promise<{ page: Page; requests: string[]; errors: string[] }> {
    const context = await harness.browser.newContext({
      viewport: { width: PANE_WIDTH, height: 900 },
    });
    await context.route(
      (url) => url.hostname !== "127.0.0.1",
      (route) =>
        route.request().url().startsWith(CDN) && officeJs !== null
          ? route.fulfill({ contentType: "text/javascript", body: officeJs })
          : route.abort()
    );
    const page = await context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on("request", (r) => requests.push(new URL(r.url()).pathname));
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${harness.baseUrl}/taskpane.html`);
    if (waitForReady) await page.waitForSelector("body[data-pp-ready='true']", { timeout: 10000 });
    return { page, requests, errors };
  }

  const banner = (page: Page) =>
    page.locator(".fui-MessageBar", { hasText: "Preview: not connected to Excel" });

  it("in Excel: registers every function, edits the workbook, and says plainly when Excel fails", async () => {
    const { page, requests, errors } = await openWith(excelOffice(0));
    expect(requests).toContain("/functions.js");
    const metadata = JSON.parse(readFileSync(path.join(root, "dist/functions.json"), "utf8")) as {
      functions: { id: string }[];
    };
    const associated = await page.evaluate(
      () => (window as unknown as { ppAssociated?: string[] }).ppAssociated ?? []
    );
    expect([...associated].sort()).toEqual(metadata.functions.map((f) => f.id).sort());
    expect(await banner(page).count()).toBe(0);
    const failure = page.locator(".fui-MessageBar", {
      hasText: "Could not read the scenario table.",
    });
    await failure.waitFor();
    const text = (await failure.textContent()) ?? "";
    expect(text).toContain("Excel reported an error. Try again");
    expect(text).not.toMatch(/RichApi|GeneralException|\.js:\d/);
    expect(await page.getByRole("button", { name: "Try again" }).isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("when Excel is slow to answer: says it is connecting, then connects, never showing the sample", async () => {
    // Longer than the 3 s after which the pane used to give up and show the sample for good.
    const { page } = await openWith(excelOffice(4500), false);
    await page.getByText("Connecting to Excel…").waitFor();
    await page.waitForTimeout(3500);
    expect(await page.getByText("Connecting to Excel…").isVisible()).toBe(true);
    expect(await banner(page).count()).toBe(0);
    await page.waitForSelector("body[data-pp-ready='true']", { timeout: 10000 });
    await page
      .locator(".fui-MessageBar", { hasText: "Could not read the scenario table." })
      .waitFor();
    expect(await banner(page).count()).toBe(0);
    await page.context().close();
  });

  it("in another Office application: preview mode", async () => {
    const { page, errors } = await openWith(WORD_OFFICE);
    expect(await banner(page).isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("without office.js (no network): preview mode, and functions.js loads without an error", async () => {
    const { page, requests, errors } = await openWith(null);
    expect(requests).toContain("/functions.js");
    expect(await banner(page).isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("loads the Excel workbook's code only in Excel, and the sample's only in preview", async () => {
    const inExcel = await openWith(excelOffice(0));
    const chunk = (requests: string[], name: string) =>
      requests.some((r) => new RegExp(`/chunks/${name}\\.[0-9a-f]+\\.js$`).test(r));
    expect(chunk(inExcel.requests, "excel-workbook")).toBe(true);
    expect(chunk(inExcel.requests, "preview-store")).toBe(false);
    await inExcel.page.context().close();
    const inPreview = await openWith(null);
    expect(chunk(inPreview.requests, "preview-store")).toBe(true);
    expect(chunk(inPreview.requests, "excel-workbook")).toBe(false);
    await inPreview.page.context().close();
  });

  it("says so, and that the workbook is unchanged, when the workbook's code cannot be fetched", async () => {
    const context = await harness.browser.newContext({
      viewport: { width: PANE_WIDTH, height: 900 },
    });
    await context.route(
      (url) => url.hostname !== "127.0.0.1",
      (route) =>
        route.request().url().startsWith(CDN)
          ? route.fulfill({ contentType: "text/javascript", body: excelOffice(0) })
          : route.abort()
    );
    // The connection drops after the page itself has loaded.
    await context.route(/\/chunks\/excel-workbook\./, (route) => route.abort());
    const page = await context.newPage();
    await page.goto(`${harness.baseUrl}/taskpane.html`);
    const alert = page.getByRole("alert");
    await alert.waitFor({ timeout: 10000 });
    expect(await alert.textContent()).toMatch(/could not finish loading.*workbook is unchanged/);
    expect(await page.getByText("Connecting to Excel…").count()).toBe(0);
    await context.close();
  });

  it("loads functions.js as a blocking script right after office.js, before the pane's bundle", () => {
    const html = readFileSync(path.join(root, "dist/taskpane.html"), "utf8");
    const head = html.slice(0, html.indexOf("</head>"));
    const scripts = [...head.matchAll(/<script([^>]*)>/g)].map((m) => m[1] ?? "");
    expect(scripts.map((attrs) => /src="?([^\s">]+)/.exec(attrs)?.[1])).toEqual([
      `${CDN}office.js`,
      "functions.js",
      "taskpane.js",
    ]);
    expect(scripts[1]).not.toMatch(/\b(defer|async)\b/);
    expect(scripts[2]).toMatch(/\bdefer\b/);
    // Both are fetched at once: preloaded before the CSP meta, after which Chromium's preload
    // scanner fetches nothing ahead.
    const csp = head.indexOf("Content-Security-Policy");
    const preloads = [...head.matchAll(/<link rel="?preload"? href="?([^\s">]+)"? as="?script"?/g)];
    expect(preloads.map((m) => m[1])).toEqual([`${CDN}office.js`, "functions.js"]);
    expect(preloads.every((m) => (m.index ?? Infinity) < csp)).toBe(true);
  });
});

runReal("starting up with the real office.js", () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  it("in a plain browser: no CSP violation, every function associated while the page loads, then preview", async () => {
    const context = await harness.browser.newContext({
      viewport: { width: PANE_WIDTH, height: 900 },
    });
    await context.route(
      (url) => url.hostname !== "127.0.0.1",
      (route) => {
        const url = route.request().url();
        const file = url.startsWith(CDN)
          ? path.normalize(path.join(OFFICE_JS_DIR, url.slice(CDN.length).split("?")[0] ?? ""))
          : "";
        return file.startsWith(OFFICE_JS_DIR + path.sep) && existsSync(file)
          ? route.fulfill({ contentType: "text/javascript", body: readFileSync(file, "utf8") })
          : route.abort();
      }
    );
    const violations: string[] = [];
    await context.exposeFunction("ppReportCspViolation", (text: string) => {
      violations.push(text);
    });
    // Records each association as office.js's own CustomFunctions.associate receives it: office.js
    // assigns `CustomFunctions.associate` onto an existing CustomFunctions object, so a setter here
    // sees the real function and a getter hands out a recording wrapper around it.
    await context.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        const report = (window as unknown as { ppReportCspViolation: (t: string) => void })
          .ppReportCspViolation;
        void report(`${event.violatedDirective} blocked ${event.blockedURI}`);
      });
      type Associate = (id: string, f: unknown) => void;
      const calls: { id: string; readyState: string; paneStarted: boolean }[] = [];
      let real: Associate | undefined;
      const target = {} as Record<string, unknown>;
      Object.defineProperty(target, "associate", {
        configurable: true,
        set(value: Associate) {
          real = value;
        },
        get() {
          return function (this: unknown, id: string, f: unknown) {
            calls.push({
              id,
              readyState: document.readyState,
              paneStarted: document.querySelector("[data-pp-ready]") !== null,
            });
            real?.call(this, id, f);
          };
        },
      });
      Object.assign(window, { CustomFunctions: target, ppAssociateCalls: calls });
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    const requested: string[] = [];
    page.on("request", (r) => requested.push(r.url().split("?")[0]!.split("/").pop() ?? ""));
    await page.goto(`${harness.baseUrl}/taskpane.html`);
    await page.waitForSelector("body[data-pp-ready='true']", { timeout: 15000 });
    // functions.js is fetched with office.js, not after it has run: office.js, once running,
    // asks for its own table of files, and functions.js is requested before that. (Behind the
    // page's CSP meta Chromium fetches nothing ahead: the preload links come before it.)
    expect(requested.indexOf("functions.js")).toBeGreaterThanOrEqual(0);
    expect(requested.indexOf("functions.js")).toBeLessThan(
      requested.indexOf("o15apptofilemappingtable.js")
    );

    const metadata = JSON.parse(readFileSync(path.join(root, "dist/functions.json"), "utf8")) as {
      functions: { id: string }[];
    };
    const ids = metadata.functions.map((f) => f.id).sort();
    const result = await page.evaluate(() => {
      const w = window as unknown as {
        ppAssociateCalls: { id: string; readyState: string; paneStarted: boolean }[];
        CustomFunctions: { _association?: { mappings: Record<string, unknown> } };
        Office: { onReady(): Promise<{ host: unknown }> };
      };
      return w.Office.onReady().then((info) => ({
        host: info.host,
        calls: w.ppAssociateCalls,
        mapped: Object.keys(w.CustomFunctions._association?.mappings ?? {}),
      }));
    });
    // Outside Office, the real Office.onReady resolves with host null: preview.
    expect(result.host).toBeNull();
    expect(await page.getByText("Preview: not connected to Excel").first().isVisible()).toBe(true);
    // Every function went to office.js's own association table while the document was still
    // loading: before DOMContentLoaded, so before the runtime can start answering Excel.
    expect(result.calls.map((c) => c.id).sort()).toEqual(ids);
    expect(result.calls.every((c) => c.readyState === "loading" && !c.paneStarted)).toBe(true);
    expect([...result.mapped].sort()).toEqual(ids);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
