/**
 * `npm run validate:offline [manifest]`: checks manifest.xml (or the path given, e.g.
 * dist/manifest.xml) against the Office add-in manifest XSDs with xmllint, without the network
 * that `npm run validate` (office-addin-manifest) needs.
 *
 * The XSDs are not part of the project; they are looked for beside it, in
 * ../shared/schemas/office-addin-manifest. If they or xmllint are missing, this says which and
 * exits 0 ("skipped"): a machine without them has not found a fault. A manifest that fails the
 * schemas exits 1.
 *
 * The schemas are Microsoft's 2019 ones (plus Runtimes, see their README), so they catch order,
 * type and length mistakes but know nothing newer; tests/manifest checks the rest.
 */
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const schemaDir = path.resolve(root, "..", "shared", "schemas", "office-addin-manifest");
const schema = path.join(schemaDir, "OfficeAppManifestV1_1.xsd");
const manifest = path.resolve(process.argv[2] ?? path.join(root, "manifest.xml"));

if (!existsSync(manifest) || !statSync(manifest).isFile()) {
  console.error(`validate:offline: no manifest at ${manifest}`);
  process.exit(1);
}

const missing = [];
const xmllint = findOnPath("xmllint");
if (!xmllint) missing.push("xmllint is not on PATH (Debian/Ubuntu: apt-get install libxml2-utils)");
if (!existsSync(schema)) missing.push(`no manifest schemas at ${schemaDir}`);
if (missing.length > 0) {
  console.log(`validate:offline: skipped: ${missing.join("; ")}.`);
  process.exit(0);
}

const result = spawnSync(xmllint, ["--noout", "--schema", schema, manifest], { encoding: "utf8" });
const output = `${result.stdout ?? ""}${result.stderr ?? ""}`.trim();
if (result.error) {
  console.error(`validate:offline: could not run xmllint: ${result.error.message}`);
  process.exit(1);
}
if (result.status !== 0) {
  console.error(output);
  console.error(`validate:offline: ${manifest} does NOT match the Office add-in manifest XSDs.`);
  process.exit(1);
}
console.log(`validate:offline: ${manifest} matches the Office add-in manifest XSDs.`);

function findOnPath(command) {
  const names =
    process.platform === "win32"
      ? (process.env.PATHEXT || ".EXE;.CMD;.BAT").split(";").map((ext) => command + ext)
      : [command];
  for (const dir of (process.env.PATH || "").split(path.delimiter)) {
    if (!dir) continue;
    for (const name of names) {
      const candidate = path.join(dir, name);
      if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    }
  }
  return undefined;
}
