/**
 * The layers import one way and data/core stay pure. ESLint refuses wrong-way imports; the pure
 * tsconfig refuses DOM and Office globals. Both are checked here on sample sources, so the rules
 * cannot silently stop applying.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "../..");

/** ESLint's messages for `source` as if it were `file` (run apart: its config is an ES module). */
function lintAs(file: string, source: string): string[] {
  let output: string;
  try {
    output = execFileSync(
      process.execPath,
      [
        path.join(root, "node_modules/eslint/bin/eslint.js"),
        "--stdin",
        "--stdin-filename",
        file,
        "--format",
        "json",
      ],
      { cwd: root, input: source, encoding: "utf8" }
    );
  } catch (e) {
    output = String((e as { stdout?: string }).stdout);
  }
  const [result] = JSON.parse(output) as { messages: { ruleId: string; message: string }[] }[];
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === "no-restricted-imports")
    .map((m) => m.message);
}

describe("imports go one way: data -> core -> functions | workbook -> taskpane", () => {
  it.each([
    ["src/data/x.ts", 'import { ltp } from "../core/pp";\nexport const x = ltp;\n'],
    ["src/core/x.ts", 'import { spill } from "../functions/excel";\nexport const x = spill;\n'],
    ["src/core/x.ts", 'import { y } from "../workbook/scenarios";\nexport const x = y;\n'],
    ["src/functions/x.ts", 'import { y } from "../taskpane/index";\nexport const x = y;\n'],
    ["src/core/x.ts", 'import { readFileSync } from "node:fs";\nexport const x = readFileSync;\n'],
  ])("%s may not import that", (file, source) => {
    expect(lintAs(file, source)).not.toEqual([]);
  });

  it.each([
    ["src/core/x.ts", 'import { TABLE2 } from "../data";\nexport const x = TABLE2;\n'],
    ["src/functions/x.ts", 'import { ltp } from "../core/pp";\nexport const x = ltp;\n'],
    ["src/taskpane/x.ts", 'import { ltp } from "../core/pp";\nexport const x = ltp;\n'],
  ])("%s may import from an earlier layer", (file, source) => {
    expect(lintAs(file, source)).toEqual([]);
  });
});

describe("the task pane's features keep their insides to themselves", () => {
  it("refuses a feature reaching into another feature's files", () => {
    expect(
      lintAs(
        "src/taskpane/compare/x.ts",
        'import { describeFailure } from "../scenarios/useScenarioBook";\nexport const x = describeFailure;\n'
      )
    ).not.toEqual([]);
  });

  it.each([
    ["another feature's index", 'import { describeFailure } from "../scenarios";'],
    ["the shared pieces", 'import { formatWte } from "../shared/format";'],
    ["its own files", 'import { chosenPlan } from "./comparison";'],
  ])("lets a feature import %s", (_what, line) => {
    expect(lintAs("src/taskpane/compare/x.ts", `${line}\nexport const x = 1;\n`)).toEqual([]);
  });
});

describe("data and core compile without DOM or Office", () => {
  it("refuses a browser or Office global in core", () => {
    const dir = mkdtempSync(path.join(root, "src/core/layer-test-"));
    try {
      writeFileSync(path.join(dir, "uses-dom.ts"), "export const title = document.title;\n");
      writeFileSync(path.join(dir, "uses-office.ts"), "export const ready = Office.onReady;\n");
      let output = "";
      try {
        execFileSync(
          process.execPath,
          [require.resolve("typescript/bin/tsc"), "--noEmit", "-p", "tsconfig.pure.json"],
          {
            cwd: root,
            encoding: "utf8",
          }
        );
      } catch (e) {
        output = String((e as { stdout?: string }).stdout);
      }
      expect(output).toMatch(/uses-dom\.ts.*Cannot find name 'document'/);
      expect(output).toMatch(/uses-office\.ts.*Cannot find name 'Office'/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
