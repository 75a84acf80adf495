/**
 * `npm start`.
 *
 * Windows and macOS have Excel desktop, so office-addin-debugging starts the dev server (in the
 * background; `npm stop` ends it) and sideloads manifest.xml into Excel, as Office's own
 * templates do.
 *
 * Elsewhere (Linux) there is no Excel to sideload into: the add-in is used from Excel on the web.
 * So this runs the dev server in the foreground and, once it listens, says how to load the
 * manifest, where the task pane preview and the function reference are.
 *
 * Prompts: the office-addin-* tools depend on office-addin-usage-data, whose installed versions
 * (2.1.1 and 3.0.0) are stubs: every method is a no-op, so they neither ask for consent nor send
 * anything, and `npx office-addin-usage-data off` has nothing left to switch off. The only prompt
 * left is office-addin-dev-settings asking which Office app to use, which --app avoids. Without a
 * terminal (CI) the child gets no stdin, so anything that still asked would read end-of-file
 * instead of waiting.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const manifestPath = path.join(root, "manifest.xml");
const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
const port = Number(
  process.env.npm_package_config_dev_server_port || pkg.config?.dev_server_port || 3000
);
const baseUrl = `https://localhost:${port}`;
const app = process.env.npm_package_config_app_to_debug || pkg.config?.app_to_debug || "excel";
const interactive = Boolean(process.stdin.isTTY) && !isCi();
const childStdio = [interactive ? "inherit" : "ignore", "inherit", "inherit"];

if (process.platform === "win32" || process.platform === "darwin") {
  startDesktop();
} else {
  await startWebOnly();
}

function startDesktop() {
  const cli = path.join(root, "node_modules", "office-addin-debugging", "cli.js");
  if (!existsSync(cli)) fail(`office-addin-debugging is not installed (${cli}); run npm install.`);
  const args = [
    cli,
    "start",
    manifestPath,
    "desktop",
    "--app",
    app,
    "--dev-server-port",
    String(port),
    // Through npm so the dev server finds webpack in node_modules/.bin even when this script is
    // run with plain `node`, which does not put it on PATH.
    "--dev-server",
    "npm run dev-server",
  ];
  console.log(["", ...previewLines(), ""].join("\n"));
  const child = spawn(process.execPath, args, { cwd: root, stdio: childStdio });
  forwardSignals(child);
  child.on("exit", (code, signal) => exitLike(code, signal));
}

async function startWebOnly() {
  // Otherwise the instructions below would be printed for whatever else holds the port.
  if (await canConnect(port)) {
    fail(`Port ${port} is already in use: is a dev server already running? Stop it first.`);
  }
  console.log(`Starting the dev server at ${baseUrl} (Excel desktop is not available here)...`);
  const child = spawnNpm(["run", "dev-server"]);
  forwardSignals(child);
  let exited = false;
  child.on("exit", (code, signal) => {
    exited = true;
    exitLike(code, signal);
  });
  waitForPort(port, () => exited).then((listening) => {
    if (listening && !exited) printWebInstructions();
  });
}

/** npm itself, by the path npm gave us when it ran this script, so no shell or .cmd shim is needed. */
function spawnNpm(args) {
  const npmCli = process.env.npm_execpath;
  if (npmCli && /\.c?js$/.test(npmCli)) {
    return spawn(process.execPath, [npmCli, ...args], { cwd: root, stdio: childStdio });
  }
  return spawn("npm", args, { cwd: root, stdio: childStdio });
}

/**
 * The pane also opens in any browser, against an in-memory workbook with sample scenarios, under
 * a "Preview: not connected to Excel" banner: the quickest way to see it.
 */
function previewLines() {
  return [
    `  Task pane preview in a plain browser (not connected to Excel, sample scenarios):`,
    `    ${baseUrl}/taskpane.html`,
    `    ${baseUrl}/taskpane.html?sample=empty      (a workbook with no scenarios yet)`,
    `    ${baseUrl}/taskpane.html?sample=malformed  (a damaged scenario table)`,
  ];
}

function printWebInstructions() {
  const lines = [
    "",
    `PP Workforce Planner is served at ${baseUrl}`,
    "",
    "  Load it into Excel on the web:",
    "    1. Open a workbook in Excel on the web (office.com, OneDrive or SharePoint), in a browser",
    "       that trusts the dev CA (see the 'Dev HTTPS' line above).",
    "    2. Home > Add-ins > More Settings > Upload My Add-in (older ribbons: Insert > Office",
    "       Add-ins > Manage My Add-ins > Upload My Add-in).",
    `    3. Choose ${manifestPath} and Upload. "Open Planner" appears on the Home tab and the`,
    "       PP.* functions in cells.",
    "",
    ...previewLines(),
    `  Function reference: ${baseUrl}/docs/index.html`,
    "",
    "  Press Ctrl+C to stop the dev server.",
    "",
  ];
  console.log(lines.join("\n"));
}

/** Resolves true once something accepts connections on the port, false if the server gave up. */
async function waitForPort(portToCheck, hasGivenUp) {
  const deadline = Date.now() + 5 * 60 * 1000;
  while (Date.now() < deadline && !hasGivenUp()) {
    if (await canConnect(portToCheck)) return true;
    await new Promise((resolve) => setTimeout(resolve, 1000).unref());
  }
  return false;
}

function canConnect(portToCheck) {
  return new Promise((resolve) => {
    const socket = net.connect({ port: portToCheck, host: "localhost" });
    socket.unref();
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

function forwardSignals(child) {
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    });
  }
}

function exitLike(code, signal) {
  if (signal) {
    const signalNumbers = { SIGINT: 2, SIGTERM: 15 };
    process.exit(128 + (signalNumbers[signal] ?? 1));
  }
  process.exit(code ?? 1);
}

function isCi() {
  const ci = (process.env.CI || "").toLowerCase();
  return ci !== "" && ci !== "false" && ci !== "0";
}

function fail(message) {
  console.error(message);
  process.exit(1);
}
