/**
 * The Office APIs the add-in calls, each with the requirement set it belongs to, so the manifest
 * can ask for exactly what the code needs. The sets are read from the API's own type definitions
 * (@types/office-js and @types/custom-functions-runtime carry the "[Api set: ...]" line of the
 * reference docs for each member), except where those definitions give none (noted).
 *
 * Each entry also says how to find the call in the source, so an entry whose call is gone no
 * longer counts, and a new call listed here (as delayForCellEdit) raises the requirement as soon
 * as it lands.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");

export interface ApiUse {
  /** Namespace-qualified class (or enum) and member, as the reference docs name them. */
  readonly api: string;
  /** Where the call is made, and what it looks like there. */
  readonly dir: "src/workbook" | "src/functions";
  readonly used: RegExp;
  /** Only where the type definitions give no set: the set, and the page that says so. */
  readonly set?: { name: string; version: number; source: string };
}

export const API_USES: readonly ApiUse[] = [
  {
    api: "Excel.WorksheetCollection.getItemOrNullObject",
    dir: "src/workbook",
    used: /worksheets\.getItemOrNullObject\(/,
  },
  {
    api: "Excel.TableCollection.getItemOrNullObject",
    dir: "src/workbook",
    used: /tables\.getItemOrNullObject\(/,
  },
  {
    api: "Excel.NamedItemCollection.getItemOrNullObject",
    dir: "src/workbook",
    used: /names\.getItemOrNullObject\(/,
  },
  { api: "Excel.NamedItemCollection.add", dir: "src/workbook", used: /names\.add\(/ },
  { api: "Excel.NamedItem.getRange", dir: "src/workbook", used: /Item\.getRange\(\)/ },
  {
    api: "Excel.Worksheet.getUsedRangeOrNullObject",
    dir: "src/workbook",
    used: /\.getUsedRangeOrNullObject\(/,
  },
  { api: "Excel.Worksheet.copy", dir: "src/workbook", used: /sheet\.copy\(/ },
  { api: "Excel.Worksheet.activate", dir: "src/workbook", used: /sheet\.activate\(\)/ },
  { api: "Excel.Worksheet.freezePanes", dir: "src/workbook", used: /\.freezePanes\./ },
  { api: "Excel.WorksheetFreezePanes.freezeRows", dir: "src/workbook", used: /\.freezeRows\(/ },
  {
    api: "Excel.WorksheetCollection.onChanged",
    dir: "src/workbook",
    used: /(?:worksheets|sheets)\.onChanged/,
  },
  {
    api: "Excel.WorksheetCollection.onSelectionChanged",
    dir: "src/workbook",
    used: /(?:worksheets|sheets)\.onSelectionChanged/,
  },
  {
    api: "Excel.WorksheetCollection.onActivated",
    dir: "src/workbook",
    used: /(?:worksheets|sheets)\.onActivated/,
  },
  {
    api: "Excel.Range.getSpecialCellsOrNullObject",
    dir: "src/workbook",
    used: /\.getSpecialCellsOrNullObject\(/,
  },
  { api: "Excel.Workbook.getSelectedRange", dir: "src/workbook", used: /\.getSelectedRange\(\)/ },
  { api: "Excel.Range.format", dir: "src/workbook", used: /\.format\./ },
  { api: "Excel.RangeFormat.autofitColumns", dir: "src/workbook", used: /\.autofitColumns\(\)/ },
  { api: "Excel.RangeFormat.columnWidth", dir: "src/workbook", used: /\.columnWidth = / },
  { api: "Excel.RangeFormat.wrapText", dir: "src/workbook", used: /\.wrapText = / },
  { api: "Excel.Range.numberFormat", dir: "src/workbook", used: /\.numberFormat = / },
  { api: "Excel.Range.formulas", dir: "src/workbook", used: /\.formulas = / },
  { api: "Excel.Range.clear", dir: "src/workbook", used: /\.clear\("Contents"\)/ },
  { api: "Excel.Range.dataValidation", dir: "src/workbook", used: /\.dataValidation\./ },
  { api: "Excel.DataValidation.rule", dir: "src/workbook", used: /dataValidation\.rule = / },
  {
    api: "Excel.DataValidation.errorAlert",
    dir: "src/workbook",
    used: /dataValidation\.errorAlert = /,
  },
  { api: "Excel.DataValidation.clear", dir: "src/workbook", used: /dataValidation\.clear\(\)/ },
  { api: "Excel.Range.conditionalFormats", dir: "src/workbook", used: /\.conditionalFormats\./ },
  {
    api: "Excel.ConditionalFormatCollection.add",
    dir: "src/workbook",
    used: /conditionalFormats\.add\(/,
  },
  { api: "Excel.ConditionalFormat.cellValue", dir: "src/workbook", used: /\.cellValue\./ },
  { api: "Excel.Table.getHeaderRowRange", dir: "src/workbook", used: /\.getHeaderRowRange\(\)/ },
  { api: "Excel.Table.getDataBodyRange", dir: "src/workbook", used: /\.getDataBodyRange\(\)/ },
  { api: "Excel.Table.style", dir: "src/workbook", used: /table\.style = / },
  { api: "Excel.Table.showTotals", dir: "src/workbook", used: /\.showTotals = / },
  { api: "Excel.TableRowCollection.add", dir: "src/workbook", used: /rows\.add\(/ },
  { api: "Excel.ChartCollection.add", dir: "src/workbook", used: /charts\.add\(/ },
  { api: "Excel.Chart.setPosition", dir: "src/workbook", used: /chart\.setPosition\(/ },
  { api: "Excel.Chart.axes", dir: "src/workbook", used: /chart\.axes\./ },
  { api: "Excel.ChartAxis.title", dir: "src/workbook", used: /Axis\.title\./ },
  { api: "Excel.ChartLegend.position", dir: "src/workbook", used: /legend\.position = / },
  {
    api: "Excel.ChartAxis.reversePlotOrder",
    dir: "src/workbook",
    used: /reversePlotOrder = /,
  },
  { api: "Excel.ChartSeries.setXAxisValues", dir: "src/workbook", used: /\.setXAxisValues\(/ },
  { api: "Excel.ChartSeriesCollection.add", dir: "src/workbook", used: /series\.add\(/ },
  {
    api: "Excel.RunOptions.delayForCellEdit",
    dir: "src/workbook",
    used: /delayForCellEdit/,
    set: {
      name: "ExcelApi",
      version: 1.11,
      source:
        "https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-1-11-requirement-set",
    },
  },
  // The PP functions return these codes as CustomFunctions.Error (src/functions/excel.ts).
  { api: "CustomFunctions.Error", dir: "src/functions", used: /CustomFunctions\.Error\b/ },
  { api: "CustomFunctions.ErrorCode.divisionByZero", dir: "src/functions", used: /"#DIV\/0!"/ },
  { api: "CustomFunctions.ErrorCode.invalidNumber", dir: "src/functions", used: /"#NUM!"/ },
  { api: "CustomFunctions.ErrorCode.nullReference", dir: "src/functions", used: /"#NULL!"/ },
];

function sourceText(dir: string): string {
  const full = path.join(ROOT, dir);
  return readdirSync(full, { recursive: true, encoding: "utf8" })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => readFileSync(path.join(full, file), "utf8"))
    .join("\n");
}

export function isUsed(use: ApiUse): boolean {
  return use.used.test(sourceText(use.dir));
}

const typeFiles = {
  Excel: path.join(ROOT, "node_modules/@types/office-js/index.d.ts"),
  CustomFunctions: path.join(ROOT, "node_modules/@types/custom-functions-runtime/index.d.ts"),
};
const typeText = new Map<string, string[]>();

function lines(file: string): string[] {
  let text = typeText.get(file);
  if (text === undefined) {
    text = readFileSync(file, "utf8").split("\n");
    typeText.set(file, text);
  }
  return text;
}

/** The "[Api set: Name x.y]" of a member in the type definitions: the member's own, else its class's. */
export function requirementSet(use: ApiUse): { name: string; version: number } {
  if (use.set) return use.set;
  const [namespace, type, member] = use.api.split(".") as [keyof typeof typeFiles, string, string?];
  const text = lines(typeFiles[namespace]);
  const start = text.findIndex((line) => line.startsWith(`declare namespace ${namespace} {`));
  const declaration = new RegExp(`^    (?:export )?(?:class|enum|interface) ${type}\\b`);
  const typeLine = text.findIndex((line, i) => i > start && declaration.test(line));
  if (start < 0 || typeLine < 0) throw new Error(`${use.api}: no ${type} in the type definitions`);
  let at = typeLine;
  if (member !== undefined) {
    const end = text.findIndex((line, i) => i > typeLine && line === "    }");
    const memberLine = new RegExp(`^        (?:readonly )?${member}\\??[(:<= ]`);
    at = text.findIndex((line, i) => i > typeLine && i < end && memberLine.test(line));
    if (at < 0) throw new Error(`${use.api}: no ${member} in ${type}`);
  }
  // The doc comment right above the declaration.
  for (let i = at - 1; i > 0 && /^\s*(\*|\/\*\*)/.test(text[i] ?? ""); i--) {
    const found = /\[Api set: (\w+) (\d+\.\d+)/.exec(text[i] ?? "");
    if (found) return { name: found[1] as string, version: Number(found[2]) };
  }
  throw new Error(`${use.api}: no [Api set] in its doc comment`);
}

/** Requirement-set versions order by minor number: 1.11 is after 1.9, unlike the decimals. */
export function compareVersions(a: number, b: number): number {
  const [aMajor = 0, aMinor = 0] = String(a).split(".").map(Number);
  const [bMajor = 0, bMinor = 0] = String(b).split(".").map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}
