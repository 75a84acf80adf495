/**
 * The task pane's weight and its time from navigation to first render in Chromium, against a
 * blank page served the same way in the same run. Each round loads both in fresh browser contexts
 * (nothing cached), alternating which goes first; the medians are compared.
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { gzipSync } from "node:zlib";

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

function serve(dist) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname === "/blank.html") {
      res.writeHead(200, { "content-type": TYPES[".html"] });
      res.end(BLANK_PAGE);
      return;
    }
    const file = path.join(dist, path.normalize(url.pathname).replace(/^([/\\])+/, ""));
    if (!file.startsWith(dist)) {
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

export async function benchPane({ dist, chromiumPath, rounds = 15 }) {
  const { chromium } = await import("playwright-core");
  const server = await serve(dist);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
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
  try {
    const pane = `${base}/taskpane.html?sample=sample&latency=0`;
    const blank = `${base}/blank.html`;
    // Warm the browser process and the server once on each page.
    await timeToMark(browser, blank);
    const { scripts } = await timeToMark(browser, pane);
    const times = { blank: [], pane: [] };
    for (let i = 0; i < rounds; i++) {
      const order = i % 2 ? ["pane", "blank"] : ["blank", "pane"];
      for (const which of order) {
        times[which].push((await timeToMark(browser, which === "pane" ? pane : blank)).ms);
      }
    }
    const beforeFirstRender = scriptsWeight(
      dist,
      scripts.map((p) => p.replace(/^\//, ""))
    );
    return { blank: median(times.blank), pane: median(times.pane), rounds, beforeFirstRender };
  } finally {
    await browser.close();
    server.close();
  }
}
