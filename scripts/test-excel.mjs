/**
 * `npm run test:excel`: the checks only Excel can answer, run inside Excel desktop.
 *
 * As Microsoft's own end-to-end tests do (OfficeDev/Excel-Custom-Functions, test/end-to-end):
 * office-addin-test-server listens for results, office-addin-debugging starts the dev server on
 * the test build (webpack --env excelTest: the add-in plus tests/excel/inExcel.ts) and sideloads
 * manifest.xml into Excel, the checks run in the add-in's shared runtime against a new workbook
 * and post their results, and this prints each one and exits 1 if any failed.
 *
 * Where there is no Excel desktop (Linux, CI) it says what was not checked and exits 0.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const manifestPath = path.join(root, "manifest.xml");
/** tests/excel/protocol.ts RESULTS_PORT. */
const RESULTS_PORT = 4201;
const DEV_SERVER_PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
const RESULTS_TIMEOUT_MS = 5 * 60_000;

const CHECKS = [
  "functions registered on open (no #VALUE!)",
  "a drop-down choice of PP_Active is seen by the pane after re-read",
  "column widths not auto-fitted to the note lines",
  "names resolve for a scenario added after set-up",
  "=PP.GAP(1/0,1) gives #DIV/0!",
  "the plan chart has one series per plan row",
  "a snapshot of a sheet with a large data sheet beside it",
];

/** Where Excel desktop is, or why there is none to test with. */
export function findExcel(platform = process.platform, env = process.env, exists = existsSync) {
  if (env.CI) return { found: false, why: "this is CI, which has no Excel desktop" };
  if (platform === "darwin") {
    const app = "/Applications/Microsoft Excel.app";
    return exists(app) ? { found: true } : { found: false, why: `no ${app}` };
  }
  if (platform === "win32") {
    const dirs = [env.ProgramFiles, env["ProgramFiles(x86)"]].filter(Boolean);
    const candidates = dirs.flatMap((dir) => [
      path.win32.join(dir, "Microsoft Office", "root", "Office16", "EXCEL.EXE"),
      path.win32.join(dir, "Microsoft Office", "Office16", "EXCEL.EXE"),
    ]);
    return candidates.some((file) => exists(file))
      ? { found: true }
      : { found: false, why: "no EXCEL.EXE under Program Files\\Microsoft Office" };
  }
  return { found: false, why: `Excel desktop does not run on ${platform}` };
}

function notChecked(why) {
  console.log(
    [
      `test:excel: skipped, ${why}. These checks were NOT run:`,
      ...CHECKS.map((name) => `  - ${name}`),
      "Run `npm run test:excel` on Windows or macOS with Excel installed to check them.",
    ].join("\n")
  );
}

async function main() {
  const excel = findExcel();
  if (!excel.found) {
    notChecked(excel.why);
    return 0;
  }
  let TestServer;
  try {
    ({ TestServer } = await import("office-addin-test-server"));
  } catch {
    console.error(
      "test:excel needs office-addin-test-server: npm install --save-dev office-addin-test-server"
    );
    return 1;
  }
  const { AppType, startDebugging, stopDebugging } = await import("office-addin-debugging");

  const server = new TestServer(RESULTS_PORT);
  if (!(await server.startTestServer())) throw new Error("The test server did not start.");
  let results;
  try {
    await startDebugging(manifestPath, {
      appType: AppType.Desktop,
      app: "excel",
      devServerCommandLine: "npm run dev-server -- --env excelTest",
      devServerPort: DEV_SERVER_PORT,
      enableDebugging: false,
    });
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(
        () => reject(new Error("No results from Excel: did the add-in load? Open its task pane.")),
        RESULTS_TIMEOUT_MS
      );
    });
    try {
      results = await Promise.race([server.getTestResults(), timeout]);
    } finally {
      clearTimeout(timer);
    }
  } finally {
    await server.stopTestServer();
    await stopDebugging(manifestPath);
  }
  return report(results);
}

/** Prints each check's result; 0 when every expected check ran and passed. */
export function report(results) {
  const byName = new Map((Array.isArray(results) ? results : []).map((r) => [r.name, r]));
  let failed = 0;
  for (const name of CHECKS) {
    const result = byName.get(name);
    if (result === undefined) failed++;
    else if (!result.ok) failed++;
    const mark = result === undefined ? "MISSING" : result.ok ? "ok  " : "FAIL";
    console.log(`${mark} ${name}${result ? `: ${result.detail}` : ""}`);
  }
  for (const [name, result] of byName) {
    if (!CHECKS.includes(name)) {
      failed += result.ok ? 0 : 1;
      console.log(`${result.ok ? "ok  " : "FAIL"} ${name}: ${result.detail}`);
    }
  }
  console.log(failed === 0 ? "All Excel checks passed." : `${failed} Excel check(s) failed.`);
  return failed === 0 ? 0 : 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => process.exit(code),
    (error) => {
      console.error(`test:excel failed: ${error instanceof Error ? error.message : error}`);
      process.exit(1);
    }
  );
}
