/**
 * `npm run test:excel` (scripts/test-excel.mjs) outside Excel, and the build it relies on. The
 * checks themselves (tests/excel/inExcel.ts) need Excel desktop and run only there.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "../..");
const script = path.join(root, "scripts/test-excel.mjs");

/** Runs a snippet with the script's exports in scope. */
function withScript(code: string) {
  return spawnSync(
    process.execPath,
    ["--input-type=module", "-e", `import * as t from ${JSON.stringify(script)};\n${code}`],
    { encoding: "utf8", cwd: root }
  );
}

describe("npm run test:excel", () => {
  it("where there is no Excel, says which checks were not run and exits 0", () => {
    const result = spawnSync(process.execPath, [script], {
      encoding: "utf8",
      cwd: root,
      env: { ...process.env, CI: "true" },
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("test:excel: skipped, this is CI");
    expect(result.stdout).toContain("- =PP.GAP(1/0,1) gives #DIV/0!");
    expect(result.stdout).toContain("Run `npm run test:excel` on Windows or macOS");
  });

  it("finds Excel desktop where Office installs it, and nowhere on Linux", () => {
    const result = withScript(`
      const exe = "C:\\\\Program Files\\\\Microsoft Office\\\\root\\\\Office16\\\\EXCEL.EXE";
      console.log(JSON.stringify([
        t.findExcel("win32", { ProgramFiles: "C:\\\\Program Files" }, (f) => f === exe).found,
        t.findExcel("win32", { ProgramFiles: "C:\\\\Program Files" }, () => false).found,
        t.findExcel("darwin", {}, (f) => f === "/Applications/Microsoft Excel.app").found,
        t.findExcel("darwin", { CI: "true" }, () => true).found,
        t.findExcel("linux", {}, () => true).found,
      ]));
    `);
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toEqual([true, false, true, false, false]);
  });

  it("fails when a check failed or never reported, and passes when all did", () => {
    const result = withScript(`
      const names = [
        "functions registered on open (no #VALUE!)",
        "a drop-down choice of PP_Active is seen by the pane after re-read",
        "column widths not auto-fitted to the note lines",
        "names resolve for a scenario added after set-up",
        "=PP.GAP(1/0,1) gives #DIV/0!",
        "the plan chart has one series per plan row",
        "a snapshot of a sheet with a large data sheet beside it",
      ];
      const all = names.map((name) => ({ name, ok: true, detail: "fine" }));
      const codes = [
        t.report(all),
        t.report(all.slice(1)),
        t.report(all.map((r, i) => (i === 4 ? { ...r, ok: false } : r))),
        t.report(null),
      ];
      console.error(JSON.stringify(codes));
    `);
    expect(JSON.parse(result.stderr)).toEqual([0, 1, 1, 1]);
    expect(result.stdout).toContain("MISSING functions registered on open");
    expect(result.stdout).toContain("FAIL =PP.GAP(1/0,1) gives #DIV/0!: fine");
  });

  it("keeps the in-Excel checks out of the production build", () => {
    const dist = path.join(root, "dist");
    expect(existsSync(path.join(dist, "taskpane.html"))).toBe(true);
    expect(readdirSync(dist).filter((file) => /excel/i.test(file))).toEqual([]);
    expect(readFileSync(path.join(dist, "taskpane.html"), "utf8")).not.toContain("excelChecks");
    expect(readFileSync(path.join(dist, "taskpane.js"), "utf8")).not.toContain(
      "a snapshot of a sheet with a large data sheet beside it"
    );
  });
});
