/**
 * The help pages are tested, not trusted: every row of every page's Examples table is evaluated
 * through the real custom functions (src/functions/functions.ts, with the CustomFunctions global
 * Excel provides faked) and must give the documented result. The pages must also cover every
 * function, be reachable from the index, and be where each function's help URL points.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import {
  FakeCustomFunctionsError,
  installCustomFunctionsGlobal,
} from "../support/customFunctionsGlobal";
import {
  isErrorLiteral,
  isNumberLiteral,
  Literal,
  parseFormula,
  parseResult,
  Scalar,
  tolerance,
  toArgument,
} from "./formula";

// The functions module reads the CustomFunctions global when it runs, so install it first.
installCustomFunctionsGlobal();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const functions = require("../../src/functions/functions") as Record<string, unknown>;

const ROOT = path.resolve(__dirname, "../..");
const DOCS = path.join(ROOT, "docs");
const FUNCTION_DOCS = path.join(DOCS, "functions");
const FUNCTIONS_SOURCE = path.join(ROOT, "src/functions/functions.ts");
const HELP_BASE = "https://localhost:3000/docs/functions/";

// ---------------------------------------------------------------------------------------------
// What functions.ts declares, read from its JSDoc (the same source custom-functions-metadata reads).

interface Param {
  readonly name: string;
  readonly optional: boolean;
}

interface FunctionDoc {
  /** The exported TypeScript function. */
  readonly exportName: string;
  /** The Excel name after PP., e.g. GAP. */
  readonly id: string;
  readonly helpUrl: string | undefined;
  readonly params: readonly Param[];
}

function readFunctionDocs(): FunctionDoc[] {
  const source = fs.readFileSync(FUNCTIONS_SOURCE, "utf8");
  const docs: FunctionDoc[] = [];
  const block = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*export function (\w+)\s*\(/g;
  for (let m = block.exec(source); m; m = block.exec(source)) {
    const jsdoc = m[1]!;
    const id = /@customfunction\s+(\w+)/.exec(jsdoc)?.[1];
    if (!id) continue;
    const params = [...jsdoc.matchAll(/@param\s+(\[)?(\w+)\]?/g)].map((p) => ({
      name: p[2]!,
      optional: p[1] === "[",
    }));
    docs.push({
      exportName: m[2]!,
      id: id.toUpperCase(),
      helpUrl: /@helpurl\s+(\S+)/.exec(jsdoc)?.[1],
      params,
    });
  }
  return docs;
}

const FUNCTION_DOCS_BY_ID = new Map(readFunctionDocs().map((d) => [d.id, d]));
const exportedFunctions = Object.keys(functions).filter((k) => typeof functions[k] === "function");

// ---------------------------------------------------------------------------------------------
// The pages.

interface Example {
  readonly formula: string;
  readonly result: string;
  readonly why: string;
  readonly line: number;
}

/** Splits a Markdown table row on unescaped pipes, as GFM does (even inside code spans). */
function splitRow(line: string): string[] {
  const cells: string[] = [];
  let cell = "";
  const body = line.trim().replace(/^\|/, "").replace(/\|$/, "");
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === "\\" && body[i + 1] === "|") {
      cell += "|";
      i++;
    } else if (c === "|") {
      cells.push(cell.trim());
      cell = "";
    } else {
      cell += c;
    }
  }
  cells.push(cell.trim());
  return cells;
}

/** The lines of a `## heading` section, up to the next heading of level 2 or above. */
function section(markdown: string, heading: string): { lines: string[]; start: number } | null {
  const lines = markdown.split(/\r?\n/);
  const start = lines.findIndex((l) => l.trim() === `## ${heading}`);
  if (start < 0) return null;
  let end = lines.findIndex((l, i) => i > start && /^#{1,2}\s/.test(l));
  if (end < 0) end = lines.length;
  return { lines: lines.slice(start + 1, end), start: start + 1 };
}

/** The first Markdown table of a section: its header cells and rows with their line numbers. */
function firstTable(sec: { lines: string[]; start: number }): {
  header: string[];
  rows: { cells: string[]; line: number }[];
} | null {
  const first = sec.lines.findIndex((l) => l.trim().startsWith("|"));
  if (first < 0) return null;
  const header = splitRow(sec.lines[first]!);
  const rows: { cells: string[]; line: number }[] = [];
  for (let i = first + 2; i < sec.lines.length && sec.lines[i]!.trim().startsWith("|"); i++) {
    rows.push({ cells: splitRow(sec.lines[i]!), line: sec.start + i + 1 });
  }
  return { header, rows };
}

const CODE = /^`([^`]+)`$/;

function readExamples(markdown: string): Example[] {
  const sec = section(markdown, "Examples");
  const table = sec && firstTable(sec);
  if (!table) return [];
  return table.rows.map(({ cells, line }) => ({
    formula: CODE.exec(cells[0] ?? "")?.[1] ?? `(not one code span: ${cells[0]})`,
    result: CODE.exec(cells[1] ?? "")?.[1] ?? `(not one code span: ${cells[1]})`,
    why: cells[2] ?? "",
    line,
  }));
}

const pageFiles = fs.existsSync(FUNCTION_DOCS)
  ? fs
      .readdirSync(FUNCTION_DOCS)
      .filter((f) => f.endsWith(".md"))
      .sort()
  : [];
const pages = pageFiles.map((file) => {
  const markdown = fs.readFileSync(path.join(FUNCTION_DOCS, file), "utf8");
  return { file, name: file.replace(/\.md$/, ""), markdown, examples: readExamples(markdown) };
});

// ---------------------------------------------------------------------------------------------
// Evaluation and comparison.

/** Runs a documented formula the way Excel would call the function. */
function evaluate(formula: string): unknown[][] {
  const { name, args } = parseFormula(formula);
  const doc = FUNCTION_DOCS_BY_ID.get(name);
  if (!doc) throw new Error(`PP.${name} is not a function of src/functions/functions.ts`);
  const fn = functions[doc.exportName] as (...a: unknown[]) => unknown;
  if (args.length > doc.params.length) {
    throw new Error(`PP.${name} takes at most ${doc.params.length} arguments`);
  }
  doc.params.forEach((p, i) => {
    if (!p.optional && args[i] === undefined) {
      throw new Error(`PP.${name}: the required argument ${p.name} is missing`);
    }
  });
  // Excel passes every omitted optional argument, trailing ones included, as null.
  const passed = doc.params.map((_, i) => toArgument(args[i]));
  const result = fn(...passed);
  if (!Array.isArray(result) || !result.every(Array.isArray)) {
    throw new Error(`PP.${name} did not return a matrix: ${String(result)}`);
  }
  return result as unknown[][];
}

/** A result cell as it would be written in a Result column, to show in failures. */
function show(cell: unknown): string {
  if (cell instanceof FakeCustomFunctionsError) return cell.code;
  if (typeof cell === "string") return `"${cell.replace(/"/g, '""')}"`;
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return String(cell);
}

function showResult(result: unknown[][]): string {
  if (result.length === 1 && result[0]!.length === 1) return show(result[0]![0]);
  return `{${result.map((row) => row.map(show).join(",")).join(";")}}`;
}

function cellMismatch(expected: Scalar, actual: unknown): string | null {
  if (isNumberLiteral(expected)) {
    if (typeof actual !== "number") return `expected ${expected.text}, got ${show(actual)}`;
    const tol = tolerance(expected);
    return Math.abs(actual - expected.number) <= tol
      ? null
      : `expected ${expected.text} (within ${tol}), got ${actual}`;
  }
  if (isErrorLiteral(expected)) {
    if (!(actual instanceof FakeCustomFunctionsError)) {
      return `expected ${expected.error}, got ${show(actual)}`;
    }
    if (actual.code !== expected.error) return `expected ${expected.error}, got ${actual.code}`;
    // Excel shows a message with these two: the planner must get one.
    if ((actual.code === "#VALUE!" || actual.code === "#N/A") && !actual.message) {
      return `${actual.code} without a message`;
    }
    return null;
  }
  return actual === expected ? null : `expected ${show(expected)}, got ${show(actual)}`;
}

function mismatches(expected: Literal, actual: unknown[][]): string[] {
  const rows: Scalar[][] = Array.isArray(expected) ? expected : [[expected]];
  const shape = (m: unknown[][]) => `${m.length}x${m[0]?.length ?? 0}`;
  if (shape(rows) !== shape(actual)) {
    return [`expected a ${shape(rows)} result, got ${shape(actual)}: ${showResult(actual)}`];
  }
  const problems: string[] = [];
  rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      const problem = cellMismatch(cell, actual[r]![c]);
      if (problem) problems.push(`cell (${r + 1},${c + 1}): ${problem}`);
    })
  );
  if (problems.length) problems.push(`whole result: ${showResult(actual)}`);
  return problems;
}

const isSpill = (l: Literal) => Array.isArray(l) && l.length * (l[0]?.length ?? 0) > 1;
const hasError = (l: Literal) =>
  Array.isArray(l) ? l.some((row) => row.some(isErrorLiteral)) : isErrorLiteral(l);

// ---------------------------------------------------------------------------------------------
// The formula reader itself.

describe("the example formula reader", () => {
  it("reads literals, array constants and omitted arguments as Excel passes them", () => {
    const f = parseFormula('=PP.GAP(1.5, -2, , {1,2;3,4}, "a ""b""", TRUE, )');
    expect(f.name).toBe("GAP");
    expect(f.args.map(toArgument)).toEqual([
      [[1.5]],
      [[-2]],
      null,
      [
        [1, 2],
        [3, 4],
      ],
      [['a "b"']],
      [[true]],
      null,
    ]);
    expect(parseFormula("=PP.TABLE()").args).toEqual([]);
  });

  it("reads results with error codes, also inside array constants", () => {
    expect(parseResult("#DIV/0!")).toEqual({ error: "#DIV/0!" });
    expect(parseResult('{0.3,#N/A;"",FALSE}')).toEqual([
      [{ number: 0.3, text: "0.3" }, { error: "#N/A" }],
      ["", false],
    ]);
  });

  it("rejects anything that is not a literal", () => {
    expect(() => parseFormula("=PP.GAP(A1, 2)")).toThrow();
    expect(() => parseFormula("=SUM(1, 2)")).toThrow();
    expect(() => parseFormula("=PP.GAP({1,2;3}, 2)")).toThrow();
    expect(() => parseResult("12 WTE")).toThrow();
  });

  it("compares to within half a unit of the last digit shown", () => {
    expect(tolerance({ number: 3910, text: "3910" })).toBe(0.5);
    expect(tolerance({ number: 0.1247, text: "0.1247" })).toBeCloseTo(0.00005, 12);
    expect(tolerance({ number: 1.2e6, text: "1.2e6" })).toBeCloseTo(50000, 6);
    expect(tolerance({ number: 0.123456789012, text: "0.123456789012" })).toBeCloseTo(1.23e-10, 12);
  });
});

// ---------------------------------------------------------------------------------------------
// Coverage: every function has a page, its help URL points at it, the index reaches it.

describe("every function has a help page", () => {
  it("functions.ts declares a custom function for every export", () => {
    expect(exportedFunctions.length).toBeGreaterThan(0);
    const declared = [...FUNCTION_DOCS_BY_ID.values()].map((d) => d.exportName).sort();
    expect(declared).toEqual([...exportedFunctions].sort());
  });

  it.each(exportedFunctions)("%s has docs/functions/<name>.md, where its @helpurl points", (e) => {
    const doc = [...FUNCTION_DOCS_BY_ID.values()].find((d) => d.exportName === e)!;
    const name = doc.id.toLowerCase();
    expect(doc.helpUrl).toBe(`${HELP_BASE}${name}.html`);
    expect(fs.existsSync(path.join(FUNCTION_DOCS, `${name}.md`))).toBe(true);
  });

  it("has no page for a function that does not exist", () => {
    const names = [...FUNCTION_DOCS_BY_ID.keys()].map((id) => `${id.toLowerCase()}.md`).sort();
    expect(pageFiles).toEqual(names);
  });

  it("reaches every page from docs/index.md by following links", () => {
    const all = new Set<string>();
    const walk = (dir: string): void => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name.endsWith(".md")) all.add(full);
      }
    };
    walk(DOCS);
    const index = path.join(DOCS, "index.md");
    expect(all.has(index)).toBe(true);
    const reached = new Set<string>([index]);
    const queue = [index];
    const broken: string[] = [];
    while (queue.length) {
      const page = queue.shift()!;
      const markdown = fs.readFileSync(page, "utf8");
      for (const m of markdown.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
        const href = m[1]!;
        if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith("#")) continue;
        const target = path.resolve(path.dirname(page), href.split("#")[0]!);
        if (!fs.existsSync(target)) broken.push(`${path.relative(DOCS, page)} -> ${href}`);
        else if (target.endsWith(".md") && !reached.has(target)) {
          reached.add(target);
          queue.push(target);
        }
      }
    }
    expect(broken).toEqual([]);
    expect([...all].filter((p) => !reached.has(p)).map((p) => path.relative(DOCS, p))).toEqual([]);
  });

  it("the index links every function page directly", () => {
    const index = fs.readFileSync(path.join(DOCS, "index.md"), "utf8");
    for (const file of pageFiles) expect(index).toContain(`(functions/${file})`);
  });
});

// ---------------------------------------------------------------------------------------------
// Each page: its shape, then its examples.

const REQUIRED_SECTIONS = ["Syntax", "Arguments", "Result", "Examples", "In a worksheet", "Errors"];

describe.each(pages)("docs/functions/$file", ({ name, markdown, examples }) => {
  const doc = FUNCTION_DOCS_BY_ID.get(name.toUpperCase());

  it("documents a function of functions.ts, titled # PP.NAME", () => {
    expect(doc).toBeDefined();
    expect(markdown.split(/\r?\n/)[0]).toBe(`# PP.${name.toUpperCase()}`);
  });

  it("has the sections every page has", () => {
    for (const heading of REQUIRED_SECTIONS) expect(section(markdown, heading)).not.toBeNull();
  });

  it("gives the syntax with the parameters functions.ts declares", () => {
    const params = doc!.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ");
    const syntax = section(markdown, "Syntax")!.lines.join("\n");
    expect(syntax).toContain(`=PP.${doc!.id}(${params})`);
  });

  it("describes every argument in the Arguments table", () => {
    const table = firstTable(section(markdown, "Arguments")!);
    expect(table).not.toBeNull();
    const documented = table!.rows.map((r) => (r.cells[0] ?? "").replace(/[`[\]]/g, ""));
    expect(documented).toEqual(doc!.params.map((p) => p.name));
  });

  it("has 4 to 8 examples in a | Formula | Result | Why | table, with a spill and an error", () => {
    const table = firstTable(section(markdown, "Examples")!);
    expect(table?.header).toEqual(["Formula", "Result", "Why"]);
    expect(examples.length).toBeGreaterThanOrEqual(4);
    expect(examples.length).toBeLessThanOrEqual(8);
    const results = examples.map((e) => parseResult(e.result));
    expect(results.some(isSpill)).toBe(true);
    expect(results.some(hasError)).toBe(true);
    for (const e of examples) {
      expect(parseFormula(e.formula).name).toBe(name.toUpperCase());
      expect(e.why.length).toBeGreaterThan(0);
    }
  });

  if (examples.length) {
    it.each(examples)("line $line: $formula gives $result", ({ formula, result }) => {
      const expected = parseResult(result);
      const actual = evaluate(formula);
      expect(mismatches(expected, actual)).toEqual([]);
    });
  }
});
