/**
 * The function help the pane reads: the build's file is read whole, anything malformed or pointing
 * off the add-in's own pages is left out, and the search finds functions by name, purpose and
 * arguments, names first.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import {
  codeSpans,
  pageUrl,
  parseFunctionHelp,
  searchHelp,
  shortResult,
  type FunctionHelp,
} from "../../../src/taskpane/function-help/functionHelp";

const built = path.resolve(__dirname, "../../../dist/docs/function-help.json");

const entry = (name: string, summary: string, syntax = `=${name}()`): FunctionHelp => ({
  name,
  summary,
  syntax,
  page: `functions/${name.slice(3).toLowerCase()}.html`,
  examples: [],
});

const HELP = [
  entry("PP.GAP", "Shortfall or surplus of staff", "=PP.GAP(target, in_post)"),
  entry("PP.INTAKE", "The yearly intake needed", "=PP.INTAKE(target, in_post, attrition)"),
  entry("PP.SUPPLY", "Staff in post under leaving and intake", "=PP.SUPPLY(in_post, intake)"),
  entry("PP.SHARE", "A local share of a national figure", "=PP.SHARE(local_population)"),
];

describe("parseFunctionHelp", () => {
  it("reads the build's help for every PP function, each with a tested example", () => {
    if (!existsSync(built))
      throw new Error("Build first: dist/docs/function-help.json is missing.");
    const help = parseFunctionHelp(JSON.parse(readFileSync(built, "utf8")));
    expect(help.map((h) => h.name).sort()).toEqual(
      [
        "ATTRITION",
        "BASELINE",
        "CHANCE",
        "GAP",
        "GROWTH",
        "INTAKE",
        "INTAKECONFIDENT",
        "LTP",
        "MEETS",
        "SHARE",
        "SUPPLY",
        "SUPPLYRANGE",
        "TABLE",
        "TARGET",
        "TRAJECTORY",
      ].map((n) => `PP.${n}`)
    );
    for (const h of help) {
      expect(h.examples.length).toBeGreaterThan(0);
      expect(h.examples[0]?.formula.startsWith(`=${h.name}(`)).toBe(true);
      expect(existsSync(path.join(path.dirname(built), h.page))).toBe(true);
    }
  });

  it("leaves out entries that are not as the build writes them, or that point elsewhere", () => {
    const good = {
      name: "PP.GAP",
      summary: "s",
      syntax: "=PP.GAP()",
      page: "functions/gap.html",
      examples: [
        { formula: "=PP.GAP(1, 2)", result: "-1", why: "w" },
        { formula: "PP.GAP(1)", result: "x" },
        { formula: "=PP.GAP(3, 1)", result: 2 },
        null,
      ],
    };
    const parsed = parseFunctionHelp([
      good,
      { ...good, name: 3 },
      { ...good, page: "javascript:alert(1)" },
      { ...good, page: "../../secret.html" },
      { ...good, page: "https://example.com/x.html" },
      "PP.LTP",
      null,
    ]);
    expect(parsed).toEqual([
      {
        name: "PP.GAP",
        summary: "s",
        syntax: "=PP.GAP()",
        page: "functions/gap.html",
        examples: [{ formula: "=PP.GAP(1, 2)", result: "-1", why: "w" }],
      },
    ]);
    expect(pageUrl(parsed[0] as FunctionHelp)).toBe("docs/functions/gap.html");
    expect(() => parseFunctionHelp({ name: "PP.GAP" })).toThrow();
  });
});

describe("searchHelp", () => {
  const names = (query: string): string[] => searchHelp(HELP, query).map((h) => h.name);

  it("finds by name, summary or arguments, whatever the case, names first", () => {
    expect(names("")).toEqual(["PP.GAP", "PP.INTAKE", "PP.SUPPLY", "PP.SHARE"]);
    expect(names("intake")).toEqual(["PP.INTAKE", "PP.SUPPLY"]);
    expect(names("pp.gap")).toEqual(["PP.GAP"]);
    expect(names("POPULATION")).toEqual(["PP.SHARE"]);
    expect(names("in_post attrition")).toEqual(["PP.INTAKE"]);
    expect(names("dermatology")).toEqual([]);
  });
});

describe("showing an entry", () => {
  it("shortens a long result, leaving a short one", () => {
    expect(shortResult("27.45")).toBe("27.45");
    const long = shortResult("x".repeat(200), 80);
    expect([...long]).toHaveLength(80);
    expect(long.endsWith("…")).toBe(true);
  });

  it("splits `code` spans from plain text, leaving unmatched backticks as text", () => {
    expect(codeSpans("CWPs have no rate: `#N/A` in that cell.")).toEqual([
      { code: false, text: "CWPs have no rate: " },
      { code: true, text: "#N/A" },
      { code: false, text: " in that cell." },
    ]);
    expect(codeSpans("a ` b")).toEqual([{ code: false, text: "a ` b" }]);
  });
});
