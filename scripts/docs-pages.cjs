/**
 * Renders the Markdown help pages in docs/ to accessible HTML pages served with the add-in, so the
 * help URL of each custom function (https://<host>/docs/functions/<name>.html) opens a real page.
 *
 * Every .md under `source` becomes `<output>/<relative path>.html`, plus one stylesheet,
 * `<output>/docs.css`. Links to .md files become links to .html files. Pages carry a strict
 * Content Security Policy and no inline styles or scripts; raw HTML in the Markdown is shown as
 * text, never passed through. The .md files are file dependencies of the compilation, so
 * `webpack serve` rebuilds when a page changes.
 *
 * marked is ESM-only, so it is loaded with a dynamic import() in a promise hook.
 */
const fs = require("node:fs/promises");
const path = require("node:path");
const { Compilation, WebpackError, sources } = require("webpack");

const PLUGIN = "DocsPagesPlugin";
const SITE_NAME = "Psychological Professions Workforce Planner for Excel";
const STYLESHEET = "docs.css";
/** The function reference in brief, for the task pane's searchable list. */
const HELP_FILE = "function-help.json";
const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'";
/** Link schemes a page may point at; anything else (javascript:, data:) is rendered as text. */
const SAFE_SCHEME = /^(https?:|mailto:)/i;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

const ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** A relative link to a Markdown page becomes a link to its HTML page; others are unchanged. */
function rewriteHref(href) {
  if (HAS_SCHEME.test(href) || href.startsWith("//")) return href;
  return href.replace(/^([^?#]*)\.md(?=$|[?#])/i, "$1.html");
}

/** GitHub-style heading ids: lower case, punctuation dropped, spaces as hyphens. */
function slugify(text) {
  const slug = text
    .toLowerCase()
    .trim()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
  return slug || "section";
}

/** Lists every .md file under `dir`, as paths relative to it with forward slashes, sorted. */
async function listMarkdown(dir, prefix = "") {
  const entries = await fs.readdir(path.join(dir, prefix), { withFileTypes: true });
  const found = [];
  for (const entry of entries) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) found.push(...(await listMarkdown(dir, rel)));
    else if (entry.isFile() && entry.name.toLowerCase().endsWith(".md")) found.push(rel);
  }
  return found.sort();
}

let markedModule;
/** marked is an ES module: load it once, on first use. */
function loadMarked() {
  markedModule ??= import("marked");
  return markedModule;
}

/**
 * A Markdown renderer for one page at a time: `render` returns the page's HTML body, its first
 * heading as plain text, its heading ids and the relative links it makes, for link checking.
 */
function createRenderer({ Marked, Renderer }) {
  let state;
  const marked = new Marked({ gfm: true, async: false });
  marked.use({
    walkTokens(token) {
      if (token.type === "link" || token.type === "image") {
        token.href = rewriteHref(token.href);
        if (!HAS_SCHEME.test(token.href) && !token.href.startsWith("//")) {
          state.links.push(token.href);
        }
      }
    },
    renderer: {
      // Raw HTML in the Markdown is shown as text, never passed through.
      html({ text }) {
        return escapeHtml(text);
      },
      heading({ tokens, depth }) {
        const plain = this.parser.parseInline(tokens, this.parser.textRenderer);
        let id = slugify(plain);
        const seen = state.ids.get(id) ?? 0;
        state.ids.set(id, seen + 1);
        if (seen > 0) id = `${id}-${seen}`;
        state.headingIds.add(id);
        state.lastHeadingId = id;
        state.title ??= plain;
        return `<h${depth} id="${escapeHtml(id)}">${this.parser.parseInline(tokens)}</h${depth}>\n`;
      },
      // Wide tables scroll within a labelled, keyboard-focusable region instead of the page.
      table(token) {
        const label = state.lastHeadingId
          ? ` aria-labelledby="${escapeHtml(state.lastHeadingId)}"`
          : ' aria-label="Table"';
        return (
          `<div class="table-wrap" role="region" tabindex="0"${label}>\n` +
          `${Renderer.prototype.table.call(this, token)}</div>\n`
        );
      },
      link(token) {
        if (HAS_SCHEME.test(token.href) && !SAFE_SCHEME.test(token.href)) {
          return this.parser.parseInline(token.tokens);
        }
        return false;
      },
      image(token) {
        if (HAS_SCHEME.test(token.href) && !SAFE_SCHEME.test(token.href)) {
          return escapeHtml(token.text);
        }
        return false;
      },
    },
  });

  return function render(markdown) {
    state = { ids: new Map(), headingIds: new Set(), links: [], title: undefined };
    const body = marked.parse(markdown, { async: false });
    return { body, title: state.title, headingIds: state.headingIds, links: state.links };
  };
}

/** The relative URL from the page at `fromPage` (a path under the output folder) to `target`. */
function relativeUrl(fromPage, target) {
  const rel = path.posix.relative(path.posix.dirname(fromPage), target);
  return rel || path.posix.basename(target);
}

/** The complete HTML5 page around a rendered body. */
function pageHtml({ page, title, body }) {
  const indexUrl = relativeUrl(page, "index.html");
  const cssUrl = relativeUrl(page, STYLESHEET);
  const isIndex = page === "index.html";
  const pageTitle = title && title !== SITE_NAME ? `${title} – ${SITE_NAME}` : SITE_NAME;
  const current = isIndex ? ' aria-current="page"' : "";
  return `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
    <meta name="referrer" content="no-referrer">
    <title>${escapeHtml(pageTitle)}</title>
    <link rel="stylesheet" href="${escapeHtml(cssUrl)}">
  </head>
  <body>
    <a class="skip-link" href="#main">Skip to main content</a>
    <header class="site-header">
      <p class="site-name">${escapeHtml(SITE_NAME)}</p>
      <nav aria-label="Help pages">
        <ul>
          <li><a href="${escapeHtml(indexUrl)}"${current}>All functions and conventions</a></li>
        </ul>
      </nav>
    </header>
    <main id="main" tabindex="-1">
${body}
    </main>
    <footer class="site-footer">
      <p>Every national figure comes from the <a href="${escapeHtml(indexUrl)}#sources">published documents listed in the help index</a>.</p>
    </footer>
  </body>
</html>
`;
}

class DocsPagesPlugin {
  /**
   * @param {{ source: string, output?: string, stylesheet?: string }} options `source`: the folder
   * of Markdown pages; `output`: the folder, within the build, the pages go to (default "docs");
   * `stylesheet`: the CSS file to emit as docs.css (default: docs-pages.css next to this file).
   */
  constructor(options) {
    if (!options || !options.source) throw new Error(`${PLUGIN}: the 'source' option is required.`);
    this.source = path.resolve(options.source);
    this.output = (options.output ?? "docs").replace(/\\/g, "/").replace(/^\/+|\/+$/g, "");
    this.stylesheet = path.resolve(options.stylesheet ?? path.join(__dirname, "docs-pages.css"));
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.hooks.processAssets.tapPromise(
        { name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        async () => {
          try {
            await this.emitPages(compilation);
          } catch (error) {
            const failure = new WebpackError(`${PLUGIN}: ${error.message}`);
            failure.stack = error.stack;
            compilation.errors.push(failure);
          }
        }
      );
    });
  }

  async emitPages(compilation) {
    // Watch the folder itself too, so that a new page triggers a rebuild.
    compilation.contextDependencies.add(this.source);
    compilation.fileDependencies.add(this.stylesheet);
    const files = await listMarkdown(this.source);
    const render = createRenderer(await loadMarked());
    const pages = new Map();
    for (const rel of files) {
      const file = path.join(this.source, rel);
      compilation.fileDependencies.add(file);
      const page = rel.replace(/\.md$/i, ".html");
      const rendered = render(await fs.readFile(file, "utf8"));
      pages.set(page, rendered);
      this.emit(compilation, `${this.output}/${page}`, pageHtml({ page, ...rendered }));
    }
    this.emit(compilation, `${this.output}/${STYLESHEET}`, await fs.readFile(this.stylesheet));
    const help = [];
    for (const rel of files.filter((f) => f.startsWith("functions/"))) {
      const entry = functionHelp(await fs.readFile(path.join(this.source, rel), "utf8"), rel);
      if (entry) help.push(entry);
    }
    this.emit(compilation, `${this.output}/${HELP_FILE}`, JSON.stringify(help, null, 1));
    for (const warning of brokenLinks(pages)) {
      compilation.warnings.push(new WebpackError(`${PLUGIN}: ${warning}`));
    }
  }

  emit(compilation, name, content) {
    const source = new sources.RawSource(content);
    if (compilation.getAsset(name)) compilation.updateAsset(name, source);
    else compilation.emitAsset(name, source);
  }
}

/**
 * A function page in brief: its name, one-line summary, syntax and examples (formula, result and
 * why), read from the page's own sections so the pane's help and the reference never disagree.
 */
function functionHelp(markdown, rel) {
  const name = /^#\s+(PP\.[A-Z]+)\s*$/m.exec(markdown)?.[1];
  const syntax = /## Syntax\s+```\s*\n([^`]+?)\n```/.exec(markdown)?.[1]?.trim();
  if (!name || !syntax) return null;
  const summary =
    markdown
      .split("\n")
      .find(
        (line, i, lines) =>
          i > 0 && line.trim() !== "" && !line.startsWith("#") && lines[i - 1].trim() === ""
      ) ?? "";
  const examples = [];
  const section = markdown.split(/^## Examples\s*$/m)[1] ?? "";
  for (const line of section.split("\n")) {
    const cells = line.split("|").map((c) => c.trim());
    const formula = /^`(=PP\..+)`$/.exec(cells[1] ?? "")?.[1];
    const result = /^`(.+)`$/.exec(cells[2] ?? "")?.[1];
    if (formula && result) examples.push({ formula, result, why: cells[3] ?? "" });
  }
  return {
    name,
    summary: summary.trim(),
    syntax,
    page: rel.replace(/\.md$/i, ".html"),
    examples,
  };
}

/** Links between pages that point at no page, or at no heading of it. */
function brokenLinks(pages) {
  const problems = [];
  for (const [page, { links }] of pages) {
    for (const link of links) {
      const [target, anchor] = link.split("#");
      if (!target.endsWith(".html") && target !== "") continue;
      const targetPage = target
        ? path.posix.normalize(path.posix.join(path.posix.dirname(page), target))
        : page;
      const found = pages.get(targetPage);
      if (!found) problems.push(`${page} links to ${link}, but there is no such page.`);
      else if (anchor && !found.headingIds.has(anchor)) {
        problems.push(`${page} links to ${link}, but that page has no heading '${anchor}'.`);
      }
    }
  }
  return problems;
}

module.exports = {
  functionHelp,
  DocsPagesPlugin,
  rewriteHref,
  slugify,
  escapeHtml,
};
