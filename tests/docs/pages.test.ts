/**
 * The help pages as the add-in serves them: scripts/docs-pages.cjs turns docs/*.md into complete,
 * accessible HTML pages under a strict Content Security Policy, and the production build puts one
 * where every function's help URL points.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
const DOCS = path.join(ROOT, "docs");
const RUNNER = path.join(__dirname, "support/run-docs-plugin.cjs");
const CSP =
  "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'";

interface Report {
  errors: string[];
  warnings: string[];
  assets: string[];
  fileDependencies: string[];
  contextDependencies: string[];
}

/** Builds `source` with only the docs plugin, in a child process (marked is an ES module). */
function buildDocs(source: string): { out: string; report: Report } {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "pp-docs-"));
  const json = execFileSync(process.execPath, [RUNNER, source, out], { encoding: "utf8" });
  return { out, report: JSON.parse(json) as Report };
}

function markdownFiles(dir: string, prefix = ""): string[] {
  return fs.readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((e) => {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) return markdownFiles(dir, rel);
    return e.name.endsWith(".md") ? [rel] : [];
  });
}

const hrefs = (html: string) => [...html.matchAll(/\shref="([^"]*)"/g)].map((m) => m[1]!);
const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!));

describe("the docs pages plugin on docs/", () => {
  const { out, report } = buildDocs(DOCS);
  const pages = markdownFiles(DOCS).map((md) => md.replace(/\.md$/, ".html"));
  const read = (page: string) => fs.readFileSync(path.join(out, "docs", page), "utf8");

  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  it("builds without errors or warnings (a warning is a broken link)", () => {
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
  });

  it("emits one page per Markdown file, plus the stylesheet and the function help", () => {
    expect(report.assets).toEqual(
      [...pages.map((p) => `docs/${p}`), "docs/docs.css", "docs/function-help.json"].sort()
    );
    expect(fs.existsSync(path.join(out, "docs/docs.css"))).toBe(true);
  });

  it("watches every Markdown file and the docs folder, so webpack serve rebuilds", () => {
    for (const md of markdownFiles(DOCS)) {
      expect(report.fileDependencies).toContain(path.join(DOCS, md));
    }
    expect(report.contextDependencies).toContain(DOCS);
  });

  it.each(pages)("%s is a complete, accessible page under a strict CSP", (page) => {
    const html = read(page);
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain('<html lang="en-GB">');
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${CSP}">`);
    const h1 = /<h1[^>]*>(.*?)<\/h1>/s.exec(html)?.[1]?.replace(/<[^>]+>/g, "");
    const title = /<title>(.*?)<\/title>/s.exec(html)?.[1];
    expect(h1).toBeTruthy();
    expect(title?.startsWith(h1!)).toBe(true);
    expect(html).toMatch(/<a class="skip-link" href="#main">/);
    expect(html).toMatch(/<main id="main"/);
    expect(html).toMatch(/<nav aria-label="[^"]+">[\s\S]*href="(\.\.\/)*index\.html"/);
    const depth = page.split("/").length - 1;
    expect(html).toContain(`<link rel="stylesheet" href="${"../".repeat(depth)}docs.css">`);
    // Nothing the CSP would block: no scripts, no inline styles.
    expect(html).not.toMatch(/<script|<style|\sstyle=|\son[a-z]+=/i);
  });

  it.each(pages)("%s links only to pages and headings that exist, never to .md", (page) => {
    const html = read(page);
    for (const href of hrefs(html)) {
      if (/^(https?:|mailto:)/.test(href)) continue;
      expect(href).not.toMatch(/\.md($|#)/);
      const [file, anchor] = href.split("#");
      const target = file ? path.posix.join(path.posix.dirname(page), file) : page;
      expect(fs.existsSync(path.join(out, "docs", target))).toBe(true);
      if (anchor && target.endsWith(".html")) expect(ids(read(target)).has(anchor)).toBe(true);
    }
  });

  it("gives tables a labelled, focusable region so wide ones can scroll", () => {
    const html = read("functions/gap.html");
    expect(html).toMatch(
      /<div class="table-wrap" role="region" tabindex="0" aria-labelledby="examples">\s*<table>/
    );
  });
});

describe("the docs pages plugin on awkward Markdown", () => {
  const source = fs.mkdtempSync(path.join(os.tmpdir(), "pp-docs-src-"));
  fs.mkdirSync(path.join(source, "sub"));
  fs.writeFileSync(
    path.join(source, "index.md"),
    [
      "# Home",
      "",
      "<script>alert(1)</script>",
      "",
      'Inline <b onclick="x()">bold</b>, a [page](sub/page.md#part), [top](sub/page.md),',
      "[bad](javascript:alert(1)), [web](https://www.nhs.uk/) and [missing](nowhere.md).",
      "",
    ].join("\n")
  );
  fs.writeFileSync(
    path.join(source, "sub/page.md"),
    "# Page\n\n## Part\n\nBack [home](../index.md).\n"
  );
  const { out, report } = buildDocs(source);
  const home = fs.readFileSync(path.join(out, "docs/index.html"), "utf8");
  const sub = fs.readFileSync(path.join(out, "docs/sub/page.html"), "utf8");

  afterAll(() => {
    fs.rmSync(out, { recursive: true, force: true });
    fs.rmSync(source, { recursive: true, force: true });
  });

  it("shows raw HTML as text instead of passing it through", () => {
    expect(home).not.toContain("<script>alert");
    expect(home).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(home).not.toContain("<b onclick");
  });

  it("rewrites .md links, anchors included, to .html, and renders unsafe links as text", () => {
    expect(hrefs(home)).toEqual(
      expect.arrayContaining(["sub/page.html#part", "sub/page.html", "https://www.nhs.uk/"])
    );
    expect(hrefs(home).some((h) => h.startsWith("javascript:"))).toBe(false);
    expect(hrefs(sub)).toContain("../index.html");
    expect(sub).toContain('<h2 id="part">Part</h2>');
    expect(sub).toContain('<link rel="stylesheet" href="../docs.css">');
  });

  it("warns about a link to a page that does not exist", () => {
    expect(report.errors).toEqual([]);
    expect(report.warnings.join("\n")).toContain("nowhere.html");
  });
});

describe("the production build", () => {
  // globalSetup (tests/setup/build-once.cjs) has just run `webpack --mode production`.
  const dist = path.join(ROOT, "dist");
  const metadata = JSON.parse(fs.readFileSync(path.join(dist, "functions.json"), "utf8")) as {
    functions: { id: string; helpUrl?: string }[];
  };

  it.each(metadata.functions.map((f) => [f.id, f.helpUrl]))(
    "has a help page for PP.%s where its help URL points",
    (_id, helpUrl) => {
      expect(helpUrl).toMatch(/\/docs\/functions\/[a-z]+\.html$/);
      const pathname = new URL(helpUrl!).pathname;
      const page = path.join(dist, pathname);
      expect(fs.existsSync(page)).toBe(true);
      expect(fs.readFileSync(page, "utf8")).toMatch(/Content-Security-Policy/);
    }
  );

  it("has the stylesheet the pages use", () => {
    expect(fs.existsSync(path.join(dist, "docs/docs.css"))).toBe(true);
  });

  it("has the function help the pane lists, one entry per function, from the pages", () => {
    const help = JSON.parse(
      fs.readFileSync(path.join(dist, "docs/function-help.json"), "utf8")
    ) as {
      name: string;
      syntax: string;
      summary: string;
      page: string;
      examples: { formula: string; result: string }[];
    }[];
    expect(help.map((h) => h.name).sort()).toEqual(
      metadata.functions.map((f) => `PP.${f.id}`).sort()
    );
    for (const entry of help) {
      expect(entry.syntax.startsWith(`=${entry.name}(`)).toBe(true);
      expect(entry.summary.length).toBeGreaterThan(20);
      expect(entry.examples.length).toBeGreaterThan(0);
      expect(entry.examples.every((e) => e.formula.startsWith(`=${entry.name}(`))).toBe(true);
      expect(fs.existsSync(path.join(dist, "docs", entry.page))).toBe(true);
    }
  });
});
