/**
 * Planning scenarios: the columns of the workbook's PP_Scenarios table, the defined names that
 * give the active scenario's values, and how a table found in a workbook is read and checked.
 * Pure: the workbook layer hands over the cells it read, and gets back scenarios and problems.
 */
import { AMBITION } from "../data";
import { type NumberRule, readNumber, rules, isBlank } from "./numbers";
import { DEFAULT_YEARS } from "./planning";
import { cellAddress, parseRangeAddress } from "./a1";

export const SCENARIO_SHEET = "PP Scenarios";
export const SCENARIO_TABLE = "PP_Scenarios";
/** The cell holding the active scenario's name (a drop-down of the names). */
export const ACTIVE_NAME = "PP_Active";
/** A name for the table's name column, the drop-down's source: a list source cannot be a table column. */
export const LIST_NAME = "PP_ScenarioNames";

export type PointKey =
  "share" | "uplift" | "minGrowth" | "horizon" | "attrition" | "completion" | "startYear";
/** The optional ends of an 80% range around attrition or completion. */
export type RangeKey = "attritionLow" | "attritionHigh" | "completionLow" | "completionHigh";
export type AssumptionKey = PointKey | RangeKey;
export type ColumnKey = "name" | AssumptionKey | "notes";

export interface Assumption {
  readonly key: AssumptionKey;
  /** The table's column header. */
  readonly header: string;
  /** The defined name that gives the active scenario's value. */
  readonly definedName: string;
  /** Fractions are shown and typed as percentages; a start year as the year, e.g. 2025. */
  readonly format: "percent" | "years" | "year";
  readonly rule: NumberRule;
  /**
   * A new scenario's value: from the plan where it gives one, else empty for the planner to set.
   * The start year's is the financial year the scenario is created in (see initialValues).
   */
  readonly initial: number | null;
  /** The planner's guidance shown beside the input. */
  readonly help: string;
  /**
   * For the ends of a range: the assumption it surrounds and which end it is. Its defined name
   * falls back to that assumption's value while the cell is empty ("no range").
   */
  readonly range?: { readonly of: "attrition" | "completion"; readonly end: "low" | "high" };
}

const completionRule: NumberRule = Object.freeze({
  name: "Training completion",
  lo: Number.MIN_VALUE,
  hi: 1,
  whole: false,
  expected: "a share above 0% up to 100%",
});

/** The first financial year of the national plan (2019/20) to the end of the century. */
const startYearRule: NumberRule = Object.freeze({
  name: "Start year",
  lo: 2019,
  hi: 2100,
  whole: true,
  expected: "a year from 2019 to 2100, e.g. 2025 for 2025/26",
});

export const ASSUMPTIONS: readonly Assumption[] = Object.freeze([
  {
    key: "share",
    header: "Local share",
    definedName: "PP_Share",
    format: "percent",
    rule: rules.share("Local share"),
    initial: null,
    help:
      "Your system's share of the national additional posts (Tables 1 and 2). The documents do " +
      "not set it: derive it, e.g. =PP.SHARE(local population, national population, need index).",
  },
  {
    key: "uplift",
    header: "Demand uplift",
    definedName: "PP_Uplift",
    format: "percent",
    rule: rules.share("Demand uplift"),
    initial: 0,
    help:
      "Extra demand on top of your share of the national requirement, e.g. a COVID-19 backlog. " +
      "0% adds nothing; targets use share × (1 + uplift).",
  },
  {
    key: "minGrowth",
    header: "Minimum growth",
    definedName: "PP_MinGrowth",
    format: "percent",
    rule: rules.share("Minimum growth"),
    initial: AMBITION.minimumNetGrowth.value,
    help: "The net growth PP.MEETS tests against. The plan's minimum is 60% from 2019/20 to 2023/24.",
  },
  {
    key: "horizon",
    header: "Horizon (years)",
    definedName: "PP_Horizon",
    format: "years",
    rule: rules.years("Horizon"),
    initial: DEFAULT_YEARS,
    help:
      "Years to reach the target from the start year. The plan's own period, 2019/20 to " +
      "2023/24, was 4 years.",
  },
  {
    key: "attrition",
    header: "Annual attrition",
    definedName: "PP_Attrition",
    format: "percent",
    rule: rules.attrition("Annual attrition"),
    initial: null,
    help:
      "The share of staff leaving each year, from your own turnover data. The plan publishes one " +
      'rate only: =PP.ATTRITION("PWP") gives about 30% for PWPs.',
  },
  {
    key: "completion",
    header: "Training completion",
    definedName: "PP_Completion",
    format: "percent",
    rule: completionRule,
    initial: null,
    help:
      "The share of trainees who complete and take up posts; PP.INTAKE divides by it to give " +
      "commissions. Use your programme's completion data.",
  },
  {
    key: "startYear",
    header: "Start year",
    definedName: "PP_StartYear",
    format: "year",
    rule: startYearRule,
    initial: null,
    help:
      "The financial year the plan starts from: 2025 means 2025/26. The plan sheet's years run " +
      "from it to the start year plus the horizon.",
  },
  ...rangeEnds(
    "attrition",
    "Attrition",
    rules.attrition("Attrition low"),
    rules.attrition("Attrition high")
  ),
  ...rangeEnds(
    "completion",
    "Completion",
    { ...completionRule, name: "Completion low" },
    { ...completionRule, name: "Completion high" }
  ),
] satisfies Assumption[]).map((a) => Object.freeze(a));

/** The low and high ends of an 80% range around an assumption: optional, percent, same rule. */
function rangeEnds(
  of: "attrition" | "completion",
  label: "Attrition" | "Completion",
  lowRule: NumberRule,
  highRule: NumberRule
): Assumption[] {
  const what = of === "attrition" ? "attrition" : "training completion";
  return (["low", "high"] as const).map((end) => ({
    key: `${of}${end === "low" ? "Low" : "High"}` as RangeKey,
    header: `${label} ${end}`,
    definedName: `PP_${label}${end === "low" ? "Low" : "High"}`,
    format: "percent",
    rule: end === "low" ? lowRule : highRule,
    initial: null,
    help:
      end === "low"
        ? `The ${end} end of the range you are 80% sure ${what} lies in: a 1 in 10 chance of lower. Empty: no range, the ${end} end is the ${what} itself.`
        : `The ${end} end of that range: a 1 in 10 chance of higher. Empty: no range, the ${end} end is the ${what} itself.`,
    range: { of, end },
  }));
}

/** The assumptions with one value a scenario (the range ends excluded). */
export const POINT_ASSUMPTIONS: readonly Assumption[] = ASSUMPTIONS.filter((a) => !a.range);
/** The range ends of an assumption, low then high; none for assumptions without a range. */
export const rangeEndsOf = (key: AssumptionKey): Assumption[] =>
  ASSUMPTIONS.filter((a) => a.range?.of === key);

/**
 * A scenario's effective 80% range for attrition or completion: each end as given, or the
 * assumption's own value where that end is empty (as the defined names give it); null while the
 * assumption itself is empty and an end is missing.
 */
export function effectiveRange(
  values: ScenarioValues,
  of: "attrition" | "completion"
): { low: number; high: number; given: boolean } | null {
  const point = values[of];
  const low = values[`${of}Low`] ?? point;
  const high = values[`${of}High`] ?? point;
  if (low === null || low === undefined || high === null || high === undefined) return null;
  const given = (values[`${of}Low`] ?? null) !== null || (values[`${of}High`] ?? null) !== null;
  return { low, high, given };
}

/**
 * Where a range's ends are out of order: low <= value <= high, each checked where given (and
 * low <= high when the value is empty). Messages by the key of the end at fault.
 */
export function rangeProblems(values: ScenarioValues): Partial<Record<RangeKey, string>> {
  const problems: Partial<Record<RangeKey, string>> = {};
  const pct = (v: number): string => `${Number((v * 100).toPrecision(10))}%`;
  for (const of of ["attrition", "completion"] as const) {
    const name = of === "attrition" ? "Attrition" : "Completion";
    const point = values[of];
    const low = values[`${of}Low`] ?? null;
    const high = values[`${of}High`] ?? null;
    if (low !== null && point !== null && low > point) {
      problems[`${of}Low`] =
        `${name} low (${pct(low)}) must not be above the ${of} itself (${pct(point)}).`;
    }
    if (high !== null && point !== null && high < point) {
      problems[`${of}High`] =
        `${name} high (${pct(high)}) must not be below the ${of} itself (${pct(point)}).`;
    }
    if (
      low !== null &&
      high !== null &&
      low > high &&
      problems[`${of}Low`] === undefined &&
      problems[`${of}High`] === undefined
    ) {
      problems[`${of}High`] =
        `${name} high (${pct(high)}) must not be below ${name.toLowerCase()} low (${pct(low)}).`;
    }
  }
  return problems;
}
/**
 * The workbook records the layout of what the add-in set up in this name, so a later version
 * recognises an earlier workbook and upgrades it in place. Layout 1: set up before the layout was
 * recorded. Layout 2: the table, its names and PP_Layout itself. Layout 3: the "Start year"
 * column and PP_StartYear (an upgrade adds them empty, beside every entry as it was). Layout 4:
 * the optional range columns (Attrition low/high, Completion low/high) and their names
 * PP_AttritionLow, PP_AttritionHigh, PP_CompletionLow and PP_CompletionHigh.
 */
export const LAYOUT_NAME = "PP_Layout";
export const CURRENT_LAYOUT = 4;

/** What setting up again would change in this workbook, in plain words; empty when nothing. */
export function upgradeSteps(book: ScenarioBook): string[] {
  if (book.status === "missing") return [];
  const steps: string[] = [];
  if (book.missingColumns.length > 0) {
    steps.push(
      `add the column${book.missingColumns.length > 1 ? "s" : ""} ${listWords(book.missingColumns)} to the ${SCENARIO_TABLE} table (empty cells)`
    );
  }
  if (book.missingNames.length > 0) {
    steps.push(
      `add the defined name${book.missingNames.length > 1 ? "s" : ""} ${listWords(book.missingNames)}`
    );
  }
  if (book.layout < CURRENT_LAYOUT) {
    steps.push(
      `record layout ${CURRENT_LAYOUT} in the name ${LAYOUT_NAME} (it now has layout ${book.layout})`
    );
  }
  return steps;
}

export const NAME_HEADER = "Scenario";
export const NOTES_HEADER = "Notes";
/** The table's columns in the order the add-in creates them. */
export const COLUMN_HEADERS: readonly string[] = Object.freeze([
  NAME_HEADER,
  ...ASSUMPTIONS.map((a) => a.header),
  NOTES_HEADER,
]);
export const COLUMN_KEYS: readonly ColumnKey[] = Object.freeze([
  "name",
  ...ASSUMPTIONS.map((a) => a.key),
  "notes",
]);

/** The range ends are optional: a scenario without them has no range (each end is the value). */
export type ScenarioValues = { [K in PointKey]: number | null } & {
  [K in RangeKey]?: number | null;
};

export interface Scenario {
  readonly name: string;
  readonly values: ScenarioValues;
  readonly notes: string;
}

/** A scenario as found in the table, with where it sits and what is wrong with its cells. */
export interface ScenarioRow extends Scenario {
  /** 0-based position among the table's data rows. */
  readonly row: number;
  /** Fields whose cell could not be read: the raw content is kept in the workbook, untouched. */
  readonly invalid: Partial<Record<AssumptionKey, string>>;
  /**
   * Fields whose cell holds a formula, with its text (e.g. "=PP.SHARE(B2, B3, B4)"): the value
   * read is what the formula gives, and saving over it needs the planner's say-so.
   */
  readonly formulas?: Partial<Record<ColumnKey, string>>;
}

export interface TableProblem {
  /** The cell or range, e.g. 'PP Scenarios'!C5. */
  readonly address: string;
  readonly message: string;
}

export interface ScenarioBook {
  /** "missing": the workbook has no scenario table yet. */
  readonly status: "missing" | "ready";
  readonly scenarios: readonly ScenarioRow[];
  /** The PP_Active cell's text, "" when blank. */
  readonly active: string;
  readonly problems: readonly TableProblem[];
  /** Columns the table lacks; the add-in can add them without touching the others. */
  readonly missingColumns: readonly string[];
  /** Defined names the workbook lacks; the add-in can add them. */
  readonly missingNames: readonly string[];
  /**
   * The layout the workbook records (PP_Layout); 1 for workbooks set up before it was recorded.
   * Below CURRENT_LAYOUT, setting up again upgrades it in place.
   */
  readonly layout: number;
}

/** What the workbook layer read: the header row's address and cells, the body, the active cell. */
export interface FoundTable {
  readonly headerAddress: string;
  readonly headers: readonly unknown[];
  readonly rows: readonly (readonly unknown[])[];
  /** The body's formulas (Range.formulas): a formula's text, or the constant as in `rows`. */
  readonly formulas?: readonly (readonly unknown[])[];
  readonly active: unknown;
  /** The defined names present, of those the add-in uses. */
  readonly names: readonly string[];
  /** The PP_Layout name's value, when the workbook has one. */
  readonly layout?: unknown;
  /**
   * The add-in's defined names' formulas (Range names excepted), by name. Excel rewrites them
   * when a table column is renamed, so they say which column an assumption now lives in.
   */
  readonly nameFormulas?: Readonly<Record<string, unknown>>;
}

export const MISSING_BOOK: ScenarioBook = Object.freeze({
  status: "missing",
  scenarios: [],
  active: "",
  problems: [],
  missingColumns: [],
  missingNames: [],
  layout: CURRENT_LAYOUT,
});

/** Every defined name the add-in maintains. */
export const DEFINED_NAMES: readonly string[] = Object.freeze([
  ACTIVE_NAME,
  LIST_NAME,
  ...ASSUMPTIONS.map((a) => a.definedName),
]);

const headerKey = (text: unknown): string =>
  typeof text === "string" ? text.trim().toLowerCase().replace(/\s+/g, " ") : "";

/**
 * Column positions by key, matched on header text in any order, so a moved column still reads.
 * With `defined` (the column each defined name refers to), a renamed column is followed to its
 * new header rather than looked for under its old one, so it is never taken for missing.
 */
export function locateColumns(
  headers: readonly unknown[],
  defined: Partial<Record<ColumnKey, string>> = {}
): Partial<Record<ColumnKey, number>> {
  const found: Partial<Record<ColumnKey, number>> = {};
  COLUMN_HEADERS.forEach((header, i) => {
    const key = COLUMN_KEYS[i];
    if (key === undefined) return;
    const followed = defined[key];
    const byName =
      followed === undefined ? -1 : headers.findIndex((h) => headerKey(h) === headerKey(followed));
    const at = byName >= 0 ? byName : headers.findIndex((h) => headerKey(h) === headerKey(header));
    if (at >= 0) found[key] = at;
  });
  return found;
}

/** A structured reference's column in a defined name's formula: PP_Scenarios[Local share]. */
function referencedColumn(formula: unknown): string | undefined {
  if (typeof formula !== "string") return undefined;
  const m = new RegExp(`${SCENARIO_TABLE}\\[((?:'.|[^\\]'])*)\\]`, "i").exec(formula);
  return m?.[1]?.replace(/'(.)/g, "$1");
}

/** The column each of the add-in's names refers to now, from their formulas. */
export function definedColumns(found: FoundTable): Partial<Record<ColumnKey, string>> {
  const formulas = found.nameFormulas ?? {};
  const columns: Partial<Record<ColumnKey, string>> = {};
  const name = referencedColumn(formulas[LIST_NAME]);
  if (name !== undefined) columns.name = name;
  for (const a of ASSUMPTIONS) {
    const column = referencedColumn(formulas[a.definedName]);
    if (column !== undefined) columns[a.key] = column;
  }
  return columns;
}

/** The table's columns as read: by the defined names where they say, else by header text. */
export function columnsOf(found: FoundTable): Partial<Record<ColumnKey, number>> {
  return locateColumns(found.headers, definedColumns(found));
}

/**
 * A cell's formula text, when it holds a formula, else null. Range.formulas gives a constant as
 * its value, so text that only looks like a formula (typed with an apostrophe, "=see finance")
 * reads the same in both; a formula's text differs from what it shows.
 */
export function formulaText(formula: unknown, value: unknown): string | null {
  return typeof formula === "string" && formula.startsWith("=") && formula !== value
    ? formula
    : null;
}

/**
 * Whether a data row holds nothing the add-in or planner put in the scenario's own columns: no
 * value and no formula (a formula that gives "" is still the planner's). Other columns are the
 * planner's own and are not looked at.
 */
export function isEmptyRow(found: FoundTable, row: number): boolean {
  const columns = Object.values(columnsOf(found));
  const cells = found.rows[row] ?? [];
  const formulas = found.formulas?.[row] ?? [];
  return columns.every((c) => isBlank(cells[c]) && formulaText(formulas[c], cells[c]) === null);
}

/** The text of a name or notes cell; numbers typed as names read as their text. */
export function cellText(value: unknown): string {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return "";
}

/** Reads one assumption cell: a number in range, empty, or a message saying what is wrong. */
export function readAssumption(
  value: unknown,
  assumption: Assumption
): { value: number | null } | { problem: string } {
  if (isBlank(value)) return { value: null };
  const read = readNumber(value, assumption.rule);
  if (typeof read === "number") return { value: read };
  return { problem: read.message };
}

/**
 * Excel's case folding for text comparison: MATCH "does not distinguish between uppercase and
 * lowercase letters" (https://support.microsoft.com/en-us/office/match-function-e8dffd45-c762-47d6-bf89-533f4a37673a),
 * and folds nothing else: full-width "Ｃ" is not "C", "é" is not "e".
 */
const excelFold = (text: string): string => text.toLowerCase();

/** Whether two scenario names are the same name to Excel: equal ignoring case, nothing else. */
export const sameName = (a: string, b: string): boolean => excelFold(a) === excelFold(b);

/**
 * MATCH(lookup, names, 0) on text, as the defined names use it: case-insensitive, with "?" any one
 * character, "*" any run and "~" escaping the next of them (the MATCH page above: "If match_type
 * is 0 and lookup_value is a text string, you can use the wildcard characters").
 */
function matchPattern(lookup: string): RegExp {
  let source = "";
  for (let i = 0; i < lookup.length; i++) {
    const c = lookup[i] ?? "";
    const next = lookup[i + 1];
    if (c === "~" && (next === "*" || next === "?" || next === "~")) {
      source += next === "~" ? "~" : `\\${next}`;
      i++;
    } else if (c === "*") source += "[\\s\\S]*";
    else if (c === "?") source += "[\\s\\S]";
    else source += c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${source}$`, "u");
}

/** The scenario Excel's MATCH(name, PP_Scenarios[Scenario], 0) finds: the first that matches. */
export function findScenario(scenarios: readonly Scenario[], name: string): number {
  if (name === "") return -1;
  const pattern = matchPattern(excelFold(name));
  return scenarios.findIndex((s) => pattern.test(excelFold(s.name)));
}

/** The scenario whose name is exactly this one to Excel (no wildcards): for the pane's actions. */
export function findByName(scenarios: readonly Scenario[], name: string): number {
  return scenarios.findIndex((s) => sameName(s.name, name.trim()));
}

/**
 * Reads the table as found. Nothing is dropped: a row with a bad cell is still listed, with the
 * cell left out of its values and named in a problem; duplicate and blank names are reported.
 * Rows empty in the scenario columns (a new table's placeholder row) are skipped silently.
 */
export function readScenarioTable(found: FoundTable): ScenarioBook {
  const origin = parseRangeAddress(found.headerAddress);
  const at = (row: number, column: number): string =>
    cellAddress(origin.sheet, origin.row + 1 + row, origin.column + column);
  const columns = columnsOf(found);
  const problems: TableProblem[] = [];
  const missingColumns = COLUMN_HEADERS.filter((_, i) => {
    const key = COLUMN_KEYS[i];
    return key !== undefined && columns[key] === undefined;
  });
  if (missingColumns.length > 0) {
    problems.push({
      address: cellAddress(origin.sheet, origin.row, origin.column),
      message: `The ${SCENARIO_TABLE} table has no ${listWords(missingColumns.map((c) => `"${c}"`))} column${missingColumns.length > 1 ? "s" : ""}.`,
    });
  }

  const scenarios: ScenarioRow[] = [];
  const seen = new Map<string, string>();
  found.rows.forEach((cells, row) => {
    if (isEmptyRow(found, row)) return;
    const rowFormulas: Partial<Record<ColumnKey, string>> = {};
    for (const [key, at] of Object.entries(columns) as [ColumnKey, number][]) {
      const text = formulaText(found.formulas?.[row]?.[at], cells[at]);
      if (text !== null) rowFormulas[key] = text;
    }
    const nameAt = columns.name;
    const name = nameAt === undefined ? "" : cellText(cells[nameAt]);
    const nameCell = at(row, nameAt ?? 0);
    if (nameAt !== undefined && name === "") {
      problems.push({ address: nameCell, message: "This scenario has no name." });
    } else if (name !== "") {
      const key = excelFold(name);
      const first = seen.get(key);
      if (first !== undefined) {
        problems.push({
          address: nameCell,
          message: `"${name}" is also the name of the scenario at ${first}; names must differ.`,
        });
      } else {
        seen.set(key, nameCell);
      }
    }
    const values = {} as Record<AssumptionKey, number | null>;
    const invalid: Partial<Record<AssumptionKey, string>> = {};
    for (const assumption of ASSUMPTIONS) {
      const column = columns[assumption.key];
      if (column === undefined) {
        values[assumption.key] = null;
        continue;
      }
      const read = readAssumption(cells[column], assumption);
      if ("value" in read) {
        values[assumption.key] = read.value;
      } else {
        values[assumption.key] = null;
        invalid[assumption.key] = read.problem;
        problems.push({ address: at(row, column), message: read.problem });
      }
    }
    // A range out of order is not used (as an unreadable cell): the cell is named, not changed.
    for (const [key, message] of Object.entries(rangeProblems(values)) as [RangeKey, string][]) {
      values[key] = null;
      invalid[key] = message;
      problems.push({ address: at(row, columns[key] ?? 0), message });
    }
    const notesAt = columns.notes;
    scenarios.push({
      name,
      row,
      values,
      invalid,
      notes: notesAt === undefined ? "" : cellText(cells[notesAt]),
      ...(Object.keys(rowFormulas).length > 0 ? { formulas: rowFormulas } : {}),
    });
  });

  const active = cellText(found.active);
  if (found.names.includes(ACTIVE_NAME) && active !== "" && findScenario(scenarios, active) < 0) {
    problems.push({
      address: ACTIVE_NAME,
      message: `The active scenario "${active}" is not in the table; choose one to make active.`,
    });
  }
  const missingNames = DEFINED_NAMES.filter((n) => !found.names.includes(n));
  if (missingNames.length > 0) {
    problems.push({
      address: "Defined names",
      message: `The workbook lacks the name${missingNames.length > 1 ? "s" : ""} ${listWords(missingNames)}, so formulas using ${missingNames.length > 1 ? "them" : "it"} show #NAME?.`,
    });
  }
  const layout =
    typeof found.layout === "number" && Number.isInteger(found.layout) && found.layout > 0
      ? found.layout
      : 1;
  return { status: "ready", scenarios, active, problems, missingColumns, missingNames, layout };
}

function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1] ?? ""}`;
}

/**
 * A new scenario's values: the plan's where it gives them, empty where the planner must decide,
 * the start year the financial year of `today` (planning from this year), and no range (the
 * range ends are left out).
 */
export function initialValues(today: Date = new Date()): ScenarioValues {
  const values = {} as Record<PointKey, number | null>;
  for (const a of POINT_ASSUMPTIONS) values[a.key as PointKey] = a.initial;
  values.startYear = financialYear(today);
  return values;
}

/** The financial year (April to March) a date falls in, by its first calendar year: 2025 for 2025/26. */
export function financialYear(date: Date): number {
  return date.getMonth() >= 3 ? date.getFullYear() : date.getFullYear() - 1;
}

/** The cells of a table row for a scenario, in the table's own column order. */
export function rowCells(
  headers: readonly unknown[],
  scenario: Scenario,
  columns: Partial<Record<ColumnKey, number>> = locateColumns(headers)
): (string | number)[] {
  const cells: (string | number)[] = headers.map(() => "");
  const put = (key: ColumnKey, value: string | number | null): void => {
    const at = columns[key];
    if (at !== undefined) cells[at] = value ?? "";
  };
  put("name", scenario.name);
  for (const a of ASSUMPTIONS) put(a.key, scenario.values[a.key] ?? null);
  put("notes", scenario.notes);
  return cells;
}

/** Why a proposed scenario name cannot be used, or null when it can. */
export function nameProblem(
  scenarios: readonly Scenario[],
  proposed: string,
  renaming?: string
): string | null {
  const name = proposed.trim();
  if (name === "") return "Give the scenario a name.";
  if (name.length > 100) return "Keep the name to 100 characters or fewer.";
  if (/^[=+\-@]/.test(name)) {
    return "Start the name with a letter or digit: Excel reads =, +, - and @ as a formula.";
  }
  if (/[*?~]/.test(name)) {
    return "Leave out *, ? and ~: Excel's MATCH reads them as wildcards, so formulas could pick another scenario.";
  }
  const clash = findByName(scenarios, name);
  if (clash >= 0 && (renaming === undefined || !sameName(scenarios[clash]?.name ?? "", renaming))) {
    return `A scenario called "${scenarios[clash]?.name ?? name}" already exists.`;
  }
  return null;
}

/** A name like "Central (copy)", "Central (copy 2)" that no scenario has yet. */
export function copyName(scenarios: readonly Scenario[], original: string): string {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? `${original} (copy)` : `${original} (copy ${n})`;
    if (findByName(scenarios, candidate) < 0) return candidate;
  }
}

/** "Scenario 2", "Scenario 3", … : the first unused. */
export function newScenarioName(scenarios: readonly Scenario[]): string {
  for (let n = scenarios.length + 1; ; n++) {
    const candidate = `Scenario ${n}`;
    if (findByName(scenarios, candidate) < 0) return candidate;
  }
}

/**
 * The formula of the defined name for an assumption: the active row's cell, or #N/A while that
 * cell is empty, so a formula never silently computes with a 0 nobody chose. A range end falls
 * back to its assumption's cell while empty ("no range": PP.SUPPLYRANGE then gives PP.SUPPLY's
 * path), and is #N/A only when both are empty.
 */
export function definedNameFormula(assumption: Assumption): string {
  const cellOf = (header: string): string =>
    `INDEX(${SCENARIO_TABLE}[${escapeColumn(header)}],MATCH(${ACTIVE_NAME},${SCENARIO_TABLE}[${NAME_HEADER}],0))`;
  const cell = cellOf(assumption.header);
  const of = assumption.range?.of;
  const point = ASSUMPTIONS.find((a) => a.key === of);
  if (point !== undefined) {
    const fallback = cellOf(point.header);
    return `=IF(ISBLANK(${cell}),IF(ISBLANK(${fallback}),NA(),${fallback}),${cell})`;
  }
  return `=IF(ISBLANK(${cell}),NA(),${cell})`;
}

/** Structured references escape these characters in column names with an apostrophe. */
function escapeColumn(header: string): string {
  return header.replace(/['#[\]]/g, (c) => `'${c}`);
}

export const LIST_FORMULA = `=${SCENARIO_TABLE}[${NAME_HEADER}]`;
