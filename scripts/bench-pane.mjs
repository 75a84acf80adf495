/**
 * The task pane's weight and its time from navigation to first render in Chromium, against a
 * blank page served the same way in the same run. Each round loads both in fresh browser contexts
 * (nothing cached), alternating which goes first; the medians are compared.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const BLANK_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank</title></head>
<body><script>performance.mark("pp:first-render")</script></body></html>`;

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".json": "application/json",
};

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

/** Goals for the pane's start: what loads before first render, and its time against a blank page. */
export const PANE_GOALS = { gzippedKiB: 120, ratio: 2 };

/** The scripts taskpane.html loads from the build, and their sizes. */
export function paneWeight(dist) {
  const html = readFileSync(path.join(dist, "taskpane.html"), "utf8");
  // The production page is minified: attribute quotes may be gone.
  const scripts = [...html.matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2] ?? m[3])
    .filter((src) => !/^https?:/.test(src));
  return scriptsWeight(dist, scripts);
}

/** The sizes of some of the build's scripts, by their paths under dist. */
export function scriptsWeight(dist, scripts) {
  let minified = 0;
  let gzipped = 0;
  for (const src of scripts) {
    const bytes = readFileSync(path.join(dist, src.split("?")[0]));
    minified += bytes.length;
    gzipped += gzipSync(bytes).length;
  }
  return { scripts, minified, gzipped };
}

/**
 * dist/ over http on 127.0.0.1, with `pages` (path to HTML) served beside it and each of `mounts`
 * (path prefix to folder) under its prefix.
 */
function serve(dist, pages, mounts = {}) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const page = pages[url.pathname];
    if (page !== undefined) {
      res.writeHead(200, { "content-type": TYPES[".html"] });
      res.end(page);
      return;
    }
    const prefix = Object.keys(mounts).find((p) => url.pathname.startsWith(p));
    const folder = prefix === undefined ? dist : mounts[prefix];
    const rest = prefix === undefined ? url.pathname : url.pathname.slice(prefix.length);
    const file = path.join(folder, path.normalize(rest).replace(/^([/\\])+/, ""));
    if (!file.startsWith(folder)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = readFileSync(file);
      res.writeHead(200, {
        "content-type": TYPES[path.extname(file)] ?? "application/octet-stream",
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/** Debian's Chromium, headless, with nothing reaching for the network (none here). */
async function launch(chromiumPath) {
  const { chromium } = await import("playwright-core");
  return chromium.launch({
    executablePath: chromiumPath,
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
}

async function timeToMark(browser, url) {
  const context = await browser.newContext({ viewport: { width: 380, height: 800 } });
  // No network here: office.js from Microsoft's CDN fails at once, as offline, into preview mode.
  await context.route(/appsforoffice\.microsoft\.com/, (route) => route.abort());
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(
    () => performance.getEntriesByName("pp:first-render").length > 0,
    null,
    {
      timeout: 30000,
    }
  );
  const { ms, scripts } = await page.evaluate(() => {
    const mark = performance.getEntriesByName("pp:first-render")[0].startTime;
    // Every script of our own that started loading before the first render (lazy chunks too).
    const loaded = performance
      .getEntriesByType("resource")
      .filter((r) => r.startTime <= mark && new URL(r.name).origin === location.origin)
      .map((r) => new URL(r.name).pathname)
      .filter((p) => p.endsWith(".js"));
    return { ms: mark, scripts: loaded };
  });
  await context.close();
  return { ms, scripts };
}

/**
 * The stack's floor (tests/bench/stackFloor.tsx), built for production beside the pane's build:
 * its page is the pane's own taskpane.html (same office.js, functions.js and CSP) with the floor's
 * script in place of the pane's.
 */
export async function buildStackFloor(dist) {
  const { default: webpack } = await import("webpack");
  const out = mkdtempSync(path.join(tmpdir(), "pp-floor-"));
  const compiler = webpack({
    mode: "production",
    target: ["web", "es2020"],
    context: root,
    entry: { floor: path.join(root, "tests/bench/stackFloor.tsx") },
    output: { path: out, filename: "[name].js" },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    performance: { hints: false },
  });
  const stats = await new Promise((resolve, reject) =>
    compiler.run((error, result) => (error ? reject(error) : resolve(result)))
  );
  await new Promise((resolve) => compiler.close(resolve));
  if (stats.hasErrors()) throw new Error(stats.toString("errors-only"));
  const html = readFileSync(path.join(dist, "taskpane.html"), "utf8");
  const floorHtml = html.replace(/(src=["']?)taskpane\.js/, "$1floor.js");
  if (floorHtml === html) throw new Error("taskpane.html does not load taskpane.js");
  writeFileSync(path.join(out, "taskpane.html"), floorHtml);
  copyFileSync(path.join(dist, "functions.js"), path.join(out, "functions.js"));
  return out;
}

/**
 * The pane's first render, the stack's floor (if `floorDir` is given) and a blank page, each
 * in fresh contexts, interleaved.
 */
export async function benchPane({ dist, chromiumPath, floorDir, rounds = 15 }) {
  const server = await serve(
    dist,
    { "/blank.html": BLANK_PAGE },
    floorDir ? { "/floor/": floorDir } : {}
  );
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await launch(chromiumPath);
  try {
    const urls = {
      pane: `${base}/taskpane.html?sample=sample&latency=0`,
      blank: `${base}/blank.html`,
      ...(floorDir ? { floor: `${base}/floor/taskpane.html` } : {}),
    };
    const pages = Object.keys(urls);
    // Warm the browser process and the server once on each page.
    const scripts = {};
    for (const which of pages) scripts[which] = (await timeToMark(browser, urls[which])).scripts;
    const times = Object.fromEntries(pages.map((which) => [which, []]));
    for (let i = 0; i < rounds; i++) {
      // Each page goes first in turn.
      const order = pages.map((_, j) => pages[(i + j) % pages.length]);
      for (const which of order) times[which].push((await timeToMark(browser, urls[which])).ms);
    }
    const weight = (list, folder) =>
      scriptsWeight(
        folder,
        list.map((p) => p.replace(/^\/(floor\/)?/, ""))
      );
    return {
      blank: median(times.blank),
      pane: median(times.pane),
      rounds,
      beforeFirstRender: weight(scripts.pane, dist),
      ...(floorDir
        ? { floor: median(times.floor), floorBeforeFirstRender: weight(scripts.floor, floorDir) }
        : {}),
    };
  } finally {
    await browser.close();
    server.close();
  }
}

/** Registration goal: every function associated within this ratio of a page that holds only them. */
export const REGISTRATION_GOAL = 1.2;

/**
 * A page with nothing but office.js and functions.js: the fastest the PP functions could be
 * associated, the baseline for the pane's own page (which is also the shared runtime's page).
 */
const FUNCTIONS_ONLY_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Functions only</title>
<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>
<script src="functions.js"></script></head><body></body></html>`;

const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";

/**
 * The time from navigation until office.js's own CustomFunctions.associate has received every
 * function of functions.json. The real office.js (npm @microsoft/office-js) is served at its CDN
 * address; a recording wrapper sits between office.js's associate and functions.js's calls.
 */
async function timeToRegistered(browser, url, officeJsDir, count) {
  const context = await browser.newContext({ viewport: { width: 380, height: 800 } });
  await context.route(
    (u) => u.hostname !== "127.0.0.1",
    (route) => {
      const address = route.request().url();
      const file = address.startsWith(CDN)
        ? path.normalize(path.join(officeJsDir, address.slice(CDN.length).split("?")[0]))
        : "";
      return file.startsWith(officeJsDir + path.sep) && existsSync(file)
        ? route.fulfill({ contentType: "text/javascript", body: readFileSync(file, "utf8") })
        : route.abort();
    }
  );
  await context.addInitScript(() => {
    const times = [];
    let real;
    const target = {};
    Object.defineProperty(target, "associate", {
      configurable: true,
      set(value) {
        real = value;
      },
      get() {
        return function (id, f) {
          times.push(performance.now());
          return real?.call(this, id, f);
        };
      },
    });
    Object.assign(window, { CustomFunctions: target, ppAssociateTimes: times });
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction((n) => window.ppAssociateTimes.length >= n, count, {
    timeout: 30000,
  });
  const ms = await page.evaluate(() => Math.max(...window.ppAssociateTimes));
  await context.close();
  return ms;
}

/** The pane's page against the functions-only page, in fresh contexts, interleaved. */
export async function benchRegistration({ dist, chromiumPath, officeJsDir, rounds = 15 }) {
  const count = JSON.parse(readFileSync(path.join(dist, "functions.json"), "utf8")).functions
    .length;
  const page = await serve(dist, { "/functions-only.html": FUNCTIONS_ONLY_PAGE });
  const base = `http://127.0.0.1:${page.address().port}`;
  const browser = await launch(chromiumPath);
  try {
    const urls = { pane: `${base}/taskpane.html`, only: `${base}/functions-only.html` };
    await timeToRegistered(browser, urls.only, officeJsDir, count);
    await timeToRegistered(browser, urls.pane, officeJsDir, count);
    const times = { pane: [], only: [] };
    for (let i = 0; i < rounds; i++) {
      for (const which of i % 2 ? ["pane", "only"] : ["only", "pane"]) {
        times[which].push(await timeToRegistered(browser, urls[which], officeJsDir, count));
      }
    }
    return { pane: median(times.pane), only: median(times.only), rounds, count };
  } finally {
    await browser.close();
    page.close();
  }
}
