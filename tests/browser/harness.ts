/**
 * The task pane as a planner sees it outside Excel: dist/ served over plain http on 127.0.0.1,
 * opened in headless Chromium at task-pane width, with office.js unreachable (as with no network)
 * so the pane starts in preview mode. Records what must never happen: CSP violations, alert
 * dialogs, uncaught page errors.
 */
import { createServer, type Server } from "node:http";
import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from "playwright-core";

const root = path.resolve(__dirname, "../..");
const dist = path.join(root, "dist");
export const SCREENSHOTS = path.join(root, "test-results/screenshots");

/** A task pane is 320 to 400 px wide in Excel; 380 is a common width on the desktop. */
export const PANE_WIDTH = 380;

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

export const CHROMIUM = process.env.PP_CHROMIUM || "/usr/bin/chromium";

/**
 * Whether the browser tests can run here. CI must have a browser (a missing one fails there);
 * elsewhere they are skipped with a warning, so `npm test` still runs everything else.
 */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI) {
    throw new Error(
      `No Chromium at ${CHROMIUM}: install it (e.g. apt-get install chromium) or set PP_CHROMIUM.`
    );
  }
  console.warn(`Skipping the browser tests: no Chromium at ${CHROMIUM} (set PP_CHROMIUM).`);
  return false;
}

function serveDist(): Promise<Server> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const file = path.normalize(path.join(dist, decodeURIComponent(url.pathname)));
    if (!file.startsWith(dist + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { "Content-Type": "text/plain" }).end("Not found");
      return;
    }
    const type = CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream";
    response.writeHead(200, { "Content-Type": type }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

export interface Harness {
  readonly browser: Browser;
  readonly baseUrl: string;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const server = await serveDist();
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  return {
    browser,
    baseUrl: `http://127.0.0.1:${port}`,
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** What the page did that it never should. */
export interface PageRecord {
  readonly cspViolations: string[];
  readonly dialogs: string[];
  readonly pageErrors: string[];
}

export interface Pane {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly record: PageRecord;
}

/** Opens taskpane.html with the given query (e.g. "?sample=empty") and waits until it is ready. */
export async function openPane(harness: Harness, query = ""): Promise<Pane> {
  const context = await harness.browser.newContext({
    viewport: { width: PANE_WIDTH, height: 900 },
    locale: "en-GB",
  });
  const record: PageRecord = { cspViolations: [], dialogs: [], pageErrors: [] };
  // Nothing leaves the machine: office.js (and anything else off 127.0.0.1) fails to load.
  await context.route(
    (url) => url.hostname !== "127.0.0.1",
    (route) => route.abort()
  );
  await context.exposeFunction("ppReportCspViolation", (text: string) => {
    record.cspViolations.push(text);
  });
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { ppReportCspViolation: (t: string) => void })
        .ppReportCspViolation;
      void report(`${event.violatedDirective} blocked ${event.blockedURI} (${event.sample})`);
    });
  });
  const page = await context.newPage();
  page.on("dialog", (dialog) => {
    record.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("pageerror", (error) => record.pageErrors.push(error.message));
  await page.goto(`${harness.baseUrl}/taskpane.html${query}`);
  await page.waitForSelector("body[data-pp-ready='true']");
  return { page, context, record };
}

/**
 * One browser and one pane for a describe block: started before its tests, closed after them,
 * and checked after each test for what the page must never do (CSP violations, dialogs such as
 * alert(), uncaught errors). Register it before the block's own beforeAll hooks.
 */
export function sharedPane(query: string): { readonly pane: Pane } {
  let harness: Harness | undefined;
  let pane: Pane | undefined;
  beforeAll(async () => {
    harness = await startHarness();
    pane = await openPane(harness, query);
  });
  afterAll(async () => {
    await harness?.close();
  });
  afterEach(() => {
    expect(pane?.record.cspViolations).toEqual([]);
    expect(pane?.record.dialogs).toEqual([]);
    expect(pane?.record.pageErrors).toEqual([]);
  });
  return {
    get pane(): Pane {
      if (pane === undefined) throw new Error("The pane opens in beforeAll");
      return pane;
    },
  };
}

/** Saves what the planner sees (the pane's visible height, or all of it) for a person to look at. */
export async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({
    path: path.join(SCREENSHOTS, `${name}.png`),
    fullPage,
    animations: "disabled",
  });
}

/** Saves one part of the page, all of it however tall, for a person to look at. */
export async function screenshotOf(part: Locator, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await part.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), animations: "disabled" });
}
