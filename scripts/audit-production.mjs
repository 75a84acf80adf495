/**
 * `npm audit` of the production dependencies (what ships in the task pane and functions bundles).
 * Any reported vulnerability fails. When the registry's advisory service cannot be reached (some
 * networks allow only reads from the registry, and the audit is a POST), the audit cannot say
 * either way: this prints that loudly, with the production packages to audit elsewhere, and fails
 * only if PP_AUDIT_REQUIRED=1.
 */
import { spawnSync } from "node:child_process";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const run = (args) => spawnSync(npm, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });

const audit = run(["audit", "--omit=dev", "--json"]);
let report;
try {
  report = JSON.parse(audit.stdout);
} catch {
  console.error(audit.stdout, audit.stderr);
  console.error("npm audit printed no report.");
  process.exit(1);
}

const counts = report.metadata?.vulnerabilities;
if (counts) {
  const total = Object.entries(counts)
    .filter(([severity]) => severity !== "total")
    .reduce((sum, [, n]) => sum + n, 0);
  const deps = report.metadata?.dependencies?.prod ?? "?";
  if (total === 0) {
    console.log(`npm audit: 0 vulnerabilities in ${deps} production dependencies.`);
    process.exit(0);
  }
  console.error(`npm audit: ${total} vulnerabilities in production dependencies:`);
  for (const [name, v] of Object.entries(report.vulnerabilities ?? {})) {
    console.error(`  ${name} (${v.severity}): ${v.range}`);
  }
  process.exit(1);
}

const reason = report.message ?? report.error?.summary ?? "no report";
const list = run(["ls", "--omit=dev", "--all", "--parseable"]);
const packages = new Set(
  list.stdout
    .split("\n")
    .filter((line) => line.includes("node_modules"))
    .map((line) => line.slice(line.lastIndexOf("node_modules") + "node_modules/".length))
);
console.warn(
  [
    "",
    "!!! npm audit NOT CHECKED: the registry's advisory service could not be reached.",
    `!!! ${reason}`,
    `!!! ${packages.size} production packages are installed from package-lock.json; run`,
    "!!! `npm audit --omit=dev` where the registry accepts audits before releasing.",
    "",
  ].join("\n")
);
process.exit(process.env.PP_AUDIT_REQUIRED === "1" ? 1 : 0);
