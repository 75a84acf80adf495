/**
 * manifest.xml is only checked by Office when someone sideloads it, and Office's complaints
 * ("add-in could not be started", a silently separate runtime) say little. These checks catch
 * those mistakes here: dangling or wrongly typed resids, ids over 32 characters, a shared runtime
 * that is not actually shared, http URLs, over-long strings, icons of the wrong size.
 *
 * The second block runs the XSD validation when xmllint and the schemas (which live beside the
 * project, not in it) are on this machine, and says in its name which is missing when not.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { sharedPresent } from "../data/shared";
import { API_USES, isUsed, requirementSet } from "./apiUsage";

const ROOT = path.resolve(__dirname, "../..");
const MANIFEST_PATH = path.join(ROOT, "manifest.xml");
const SCHEMA_DIR = path.resolve(__dirname, "../../../shared/schemas/office-addin-manifest");
const SCHEMA_PATH = path.join(SCHEMA_DIR, "OfficeAppManifestV1_1.xsd");
const VALIDATE_SCRIPT = path.join(ROOT, "scripts/validate-manifest-offline.mjs");

/** webpack.config.js rewrites exactly this prefix for production builds. */
const DEV_URL = "https://localhost:3000/";
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_ID = 32;
const MAX_SHORT = 125;
const MAX_LONG = 250;

type ResourceKind = "image" | "url" | "short" | "long";

interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
  parent: XmlElement | undefined;
}

/** fast-xml-parser's preserveOrder shape: one key for the tag, ":@" for the attributes. */
type OrderedNode = Record<string, unknown>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function toElements(nodes: unknown, parent: XmlElement | undefined): XmlElement[] {
  if (!Array.isArray(nodes)) return [];
  const elements: XmlElement[] = [];
  for (const node of nodes as unknown[]) {
    if (!isRecord(node)) continue;
    const tag = Object.keys(node as OrderedNode).find((key) => key !== ":@");
    if (tag === undefined || tag === "#text" || tag.startsWith("?")) continue;
    const rawAttrs = node[":@"];
    const attrs: Record<string, string> = {};
    if (isRecord(rawAttrs)) {
      for (const [key, value] of Object.entries(rawAttrs)) attrs[key] = String(value);
    }
    const element: XmlElement = { name: tag, attrs, children: [], text: "", parent };
    const content = node[tag];
    element.children = toElements(content, element);
    if (Array.isArray(content)) {
      element.text = content
        .filter(isRecord)
        .map((child) => (child["#text"] === undefined ? "" : String(child["#text"])))
        .join("");
    }
    elements.push(element);
  }
  return elements;
}

function parseManifest(xml: string): XmlElement {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
  });
  const roots = toElements(parser.parse(xml), undefined);
  const root = roots.find((element) => element.name === "OfficeApp");
  if (!root) throw new Error("manifest.xml has no <OfficeApp> root element");
  return root;
}

function descendants(element: XmlElement): XmlElement[] {
  return element.children.flatMap((child) => [child, ...descendants(child)]);
}

function all(element: XmlElement, name: string): XmlElement[] {
  return descendants(element).filter((candidate) => candidate.name === name);
}

function child(element: XmlElement, name: string): XmlElement {
  const found = element.children.filter((candidate) => candidate.name === name);
  if (found.length !== 1) {
    throw new Error(`<${element.name}> has ${found.length} <${name}> children, expected 1`);
  }
  return found[0] as XmlElement;
}

function only(elements: XmlElement[], what: string): XmlElement {
  if (elements.length !== 1) throw new Error(`expected one ${what}, found ${elements.length}`);
  return elements[0] as XmlElement;
}

function attr(element: XmlElement, name: string): string {
  const value = element.attrs[name];
  if (value === undefined) throw new Error(`<${element.name}> has no ${name} attribute`);
  return value;
}

function pathOf(element: XmlElement): string {
  const names: string[] = [];
  for (let at: XmlElement | undefined = element; at; at = at.parent) names.unshift(at.name);
  return names.join(" > ");
}

function hasAncestor(element: XmlElement, name: string): boolean {
  for (let at = element.parent; at; at = at.parent) if (at.name === name) return true;
  return false;
}

function extensionPoint(root: XmlElement, type: string): XmlElement {
  return only(
    all(root, "ExtensionPoint").filter((point) => point.attrs["xsi:type"] === type),
    `${type} extension point`
  );
}

interface Resource {
  id: string;
  kind: ResourceKind;
  value: string;
}

function readResources(root: XmlElement): Resource[] {
  const resources = child(child(root, "VersionOverrides"), "Resources");
  const groups: [string, string, ResourceKind][] = [
    ["bt:Images", "bt:Image", "image"],
    ["bt:Urls", "bt:Url", "url"],
    ["bt:ShortStrings", "bt:String", "short"],
    ["bt:LongStrings", "bt:String", "long"],
  ];
  return groups.flatMap(([groupName, itemName, kind]) =>
    resources.children
      .filter((group) => group.name === groupName)
      .flatMap((group) => group.children.filter((item) => item.name === itemName))
      .map((item) => ({ id: attr(item, "id"), kind, value: attr(item, "DefaultValue") }))
  );
}

/** What a resid on this element must point at, by the element's role in the manifest. */
function expectedKind(element: XmlElement): ResourceKind | undefined {
  switch (element.name) {
    case "bt:Image":
      return hasAncestor(element, "Icon") ? "image" : undefined;
    case "SourceLocation":
    case "Runtime":
    case "FunctionFile":
    case "LearnMoreUrl":
      return "url";
    case "Label":
    case "Title":
    case "Namespace":
      return "short";
    case "Description":
      return "long";
    default:
      return undefined;
  }
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature)) {
    throw new Error(`${file} is not a PNG`);
  }
  // The first chunk of a PNG is IHDR: length (4), type (4), then width and height, big-endian.
  if (bytes.toString("ascii", 12, 16) !== "IHDR") {
    throw new Error(`${file} does not start with IHDR`);
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The assets/ file a dev-server URL serves. */
function assetFile(url: string): string {
  expect(url.startsWith(`${DEV_URL}assets/`)).toBe(true);
  return path.join(ROOT, "assets", url.slice(`${DEV_URL}assets/`.length));
}

function findOnPath(command: string): string | undefined {
  const names =
    process.platform === "win32"
      ? (process.env.PATHEXT ?? ".EXE;.CMD;.BAT").split(";").map((ext) => command + ext)
      : [command];
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    if (!dir) continue;
    for (const name of names) {
      const candidate = path.join(dir, name);
      if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    }
  }
  return undefined;
}

const xml = readFileSync(MANIFEST_PATH, "utf8");

describe("manifest.xml structure", () => {
  const root = parseManifest(xml);
  const resources = readResources(root);
  const resourceById = new Map(resources.map((resource) => [resource.id, resource]));
  const versionOverrides = child(root, "VersionOverrides");
  const host = only(all(versionOverrides, "Host"), "VersionOverrides host");
  const resid = (element: XmlElement): string => attr(element, "resid");
  const valueOf = (id: string): string => {
    const resource = resourceById.get(id);
    if (!resource) throw new Error(`no resource ${id}`);
    return resource.value;
  };

  test("is well-formed XML with a TaskPaneApp root", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(root.attrs["xsi:type"]).toBe("TaskPaneApp");
    expect(attr(versionOverrides, "xsi:type")).toBe("VersionOverridesV1_0");
  });

  test("Id is a GUID and Version has four parts", () => {
    expect(child(root, "Id").text).toMatch(GUID);
    expect(child(root, "Version").text).toMatch(/^\d{1,5}(\.\d{1,5}){3}$/);
  });

  test("resource ids are unique", () => {
    const ids = resources.map((resource) => resource.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  test("every resid resolves to a resource of the right kind", () => {
    const users = descendants(root).filter((element) => element.attrs.resid !== undefined);
    expect(users.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const user of users) {
      const id = resid(user);
      const expected = expectedKind(user);
      const resource = resourceById.get(id);
      if (expected === undefined) problems.push(`${pathOf(user)}: no rule for a resid here`);
      else if (!resource) problems.push(`${pathOf(user)}: resid "${id}" is not defined`);
      else if (resource.kind !== expected) {
        problems.push(`${pathOf(user)}: "${id}" is a ${resource.kind}, expected a ${expected}`);
      }
    }
    expect(problems).toEqual([]);
  });

  test(`resource ids and element ids are at most ${MAX_ID} characters`, () => {
    const ids = [
      ...resources.map((resource) => resource.id),
      ...descendants(root)
        .map((element) => element.attrs.id)
        .filter((id): id is string => id !== undefined),
    ];
    expect(ids.filter((id) => id.length === 0 || id.length > MAX_ID)).toEqual([]);
  });

  test("task pane, ribbon and functions share one long-lived runtime", () => {
    const runtimes = child(host, "Runtimes");
    // Office's schema accepts Runtimes only as the Host's first child.
    expect(host.children[0]?.name).toBe("Runtimes");
    const runtime = only(runtimes.children, "Runtime");
    expect(attr(runtime, "lifetime")).toBe("long");

    const functions = extensionPoint(host, "CustomFunctions");
    const pageResid = resid(child(child(functions, "Page"), "SourceLocation"));
    const desktop = child(host, "DesktopFormFactor");
    const functionFileResid = resid(child(desktop, "FunctionFile"));
    const paneResid = resid(child(only(all(desktop, "Action"), "ribbon action"), "SourceLocation"));

    expect([pageResid, functionFileResid, paneResid]).toEqual([
      resid(runtime),
      resid(runtime),
      resid(runtime),
    ]);
    // The page Office opens by default must be that same runtime page.
    const defaultPage = attr(
      child(child(root, "DefaultSettings"), "SourceLocation"),
      "DefaultValue"
    );
    expect(defaultPage).toBe(valueOf(resid(runtime)));
  });

  test("asks for exactly the requirement sets the code's Office calls need", () => {
    const sets = child(child(root, "Requirements"), "Sets");
    const declared = new Map(
      sets.children
        .filter((element) => element.name === "Set")
        .map((set) => [
          attr(set, "Name"),
          Number(set.attrs.MinVersion ?? attr(sets, "DefaultMinVersion")),
        ])
    );
    const needed = new Map<string, { version: number; apis: string[] }>();
    for (const use of API_USES.filter(isUsed)) {
      const { name, version } = requirementSet(use);
      const current = needed.get(name);
      if (current === undefined || version > current.version) {
        needed.set(name, { version, apis: [use.api] });
      } else if (version === current.version) current.apis.push(use.api);
    }
    // Each set at the version its newest call needs: higher would shut out hosts the add-in runs
    // on, lower would let it install where those calls fail.
    const expected: Record<string, number> = { SharedRuntime: 1.1 };
    for (const [name, { version }] of needed) expected[name] = version;
    expect(Object.fromEntries(declared)).toEqual(expected);
    expect(needed.get("ExcelApi")?.apis).toContain("Excel.WorksheetCollection.onChanged");
    expect(needed.get("CustomFunctionsRuntime")?.version).toBe(1.3);
  });

  test('the custom functions namespace is "PP" and all custom function URLs are set', () => {
    const functions = extensionPoint(host, "CustomFunctions");
    expect(valueOf(resid(child(functions, "Namespace")))).toBe("PP");
    expect(valueOf(resid(child(child(functions, "Script"), "SourceLocation")))).toBe(
      `${DEV_URL}functions.js`
    );
    expect(valueOf(resid(child(child(functions, "Metadata"), "SourceLocation")))).toBe(
      `${DEV_URL}functions.json`
    );
  });

  test("every URL is https under the dev server URL that the production build rewrites", () => {
    const urls = [
      ...resources
        .filter((resource) => resource.kind === "url" || resource.kind === "image")
        .map((resource) => resource.value),
      ...["IconUrl", "HighResolutionIconUrl", "SupportUrl"].map((name) =>
        attr(child(root, name), "DefaultValue")
      ),
      ...all(root, "SourceLocation")
        .map((element) => element.attrs.DefaultValue)
        .filter((value): value is string => value !== undefined),
    ];
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) {
      expect(new URL(url).protocol).toBe("https:");
      expect(url.startsWith(DEV_URL)).toBe(true);
    }
  });

  test("strings fit Office's length limits", () => {
    const tooLong = (limit: number) => (text: string) => text.length === 0 || text.length > limit;
    const short = resources.filter((resource) => resource.kind === "short");
    const long = resources.filter((resource) => resource.kind === "long");
    expect(short.length).toBeGreaterThan(0);
    expect(long.length).toBeGreaterThan(0);
    expect(short.map((resource) => resource.value).filter(tooLong(MAX_SHORT))).toEqual([]);
    expect(long.map((resource) => resource.value).filter(tooLong(MAX_LONG))).toEqual([]);
    const displayName = attr(child(root, "DisplayName"), "DefaultValue");
    const description = attr(child(root, "Description"), "DefaultValue");
    expect(tooLong(MAX_SHORT)(displayName)).toBe(false);
    expect(tooLong(MAX_LONG)(description)).toBe(false);
    expect(tooLong(MAX_SHORT)(child(root, "ProviderName").text)).toBe(false);
  });

  test("icons exist in assets/ at the pixel size the manifest declares", () => {
    const expectedSizes = new Map<string, Set<number>>();
    const expectSize = (url: string, size: number): void => {
      const sizes = expectedSizes.get(url) ?? new Set<number>();
      sizes.add(size);
      expectedSizes.set(url, sizes);
    };
    expectSize(attr(child(root, "IconUrl"), "DefaultValue"), 32);
    expectSize(attr(child(root, "HighResolutionIconUrl"), "DefaultValue"), 64);
    const icons = all(host, "Icon");
    expect(icons.length).toBeGreaterThan(0);
    for (const icon of icons) {
      const images = icon.children.filter((element) => element.name === "bt:Image");
      // 16, 32 and 80 are the sizes the ribbon requires.
      expect(images.map((image) => Number(attr(image, "size"))).sort((a, b) => a - b)).toEqual(
        expect.arrayContaining([16, 32, 80])
      );
      for (const image of images) expectSize(valueOf(resid(image)), Number(attr(image, "size")));
    }
    for (const [url, sizes] of expectedSizes) {
      const file = assetFile(url);
      expect(existsSync(file)).toBe(true);
      expect(sizes.size).toBe(1);
      const [size] = [...sizes];
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
  });

  test("the Home tab button opens the task pane", () => {
    const ribbon = extensionPoint(host, "PrimaryCommandSurface");
    const tab = child(ribbon, "OfficeTab");
    expect(attr(tab, "id")).toBe("TabHome");
    const group = child(tab, "Group");
    const button = only(
      group.children.filter(
        (element) => element.name === "Control" && element.attrs["xsi:type"] === "Button"
      ),
      "ribbon button"
    );
    const action = child(button, "Action");
    expect(attr(action, "xsi:type")).toBe("ShowTaskpane");
    // The well-known id that lets a workbook reopen the pane for whoever opens it next.
    expect(child(action, "TaskpaneId").text).toBe("Office.AutoShowTaskpaneWithDocument");
    expect(child(child(button, "Supertip"), "Description").attrs.resid).toBeDefined();
  });

  test("GetStarted links to the function reference", () => {
    const getStarted = child(child(host, "DesktopFormFactor"), "GetStarted");
    expect(valueOf(resid(child(getStarted, "LearnMoreUrl")))).toBe(`${DEV_URL}docs/index.html`);
    expect(attr(child(root, "SupportUrl"), "DefaultValue")).toBe(`${DEV_URL}docs/index.html`);
  });
});

function runValidateScript(args: string[], env: NodeJS.ProcessEnv = process.env) {
  return spawnSync(process.execPath, [VALIDATE_SCRIPT, ...args], { encoding: "utf8", env });
}

describe("npm run validate:offline without xmllint", () => {
  test("skips, exiting 0 and saying why", () => {
    const emptyDir = mkdtempSync(path.join(os.tmpdir(), "pp-no-xmllint-"));
    try {
      const result = runValidateScript([], { ...process.env, PATH: emptyDir });
      expect(result.status).toBe(0);
      expect(result.stdout).toContain("skipped: xmllint is not on PATH");
    } finally {
      rmSync(emptyDir, { recursive: true, force: true });
    }
  });
});

const xmllint = findOnPath("xmllint");
const schemasPresent = sharedPresent(
  SCHEMA_DIR,
  "manifest.xml against Office's XSD schemas (tests/manifest/manifest.test.ts, xmllint)"
);
const missing = [
  xmllint ? undefined : "xmllint is not on PATH",
  schemasPresent ? undefined : `no schemas at ${SCHEMA_DIR}`,
].filter((reason): reason is string => reason !== undefined);
const describeIf = missing.length === 0 ? describe : describe.skip;

describeIf(
  `manifest.xml against the Office XSDs${missing.length ? ` (skipped: ${missing.join("; ")})` : ""}`,
  () => {
    test("validates with xmllint", () => {
      const result = spawnSync(
        xmllint ?? "xmllint",
        ["--noout", "--schema", SCHEMA_PATH, MANIFEST_PATH],
        {
          encoding: "utf8",
        }
      );
      expect({ status: result.status, output: result.stderr.trim() }).toEqual({
        status: 0,
        output: `${MANIFEST_PATH} validates`,
      });
    });

    test("npm run validate:offline passes manifest.xml", () => {
      const result = runValidateScript([]);
      expect(result.status).toBe(0);
      expect(result.stdout).toContain("matches");
    });

    test("npm run validate:offline fails a manifest that breaks the schema", () => {
      const tempDir = mkdtempSync(path.join(os.tmpdir(), "pp-manifest-"));
      try {
        const broken = path.join(tempDir, "manifest.xml");
        writeFileSync(broken, xml.replace("<Version>1.0.0.0</Version>", "<Version>one</Version>"));
        const result = runValidateScript([broken]);
        expect(result.status).toBe(1);
        expect(result.stderr).toContain("does NOT match");
      } finally {
        rmSync(tempDir, { recursive: true, force: true });
      }
    });
  }
);
