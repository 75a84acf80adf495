/**
 * The one-click planning sheet: one row per service area and staff group of Table 1 plus the MHST
 * row of Table 2, columns the planner fills in, and columns of live PP formulas over those cells
 * and the active scenario's defined names. Formulas use A1 references within their own row, so
 * they are Excel's calculated columns and can be checked by any formula engine.
 */
import { MHST_CELL, SERVICE_AREAS, STAFF_GROUPS, TABLE1_CELLS } from "../data";
import type { ServiceAreaId, StaffGroupId } from "../data/types";
import { columnLetters } from "./a1";
import { notAvailable, PlanError } from "./errors";
import type { Spill } from "./grid";
import { isBlank } from "./numbers";
import * as pp from "./pp";
import { ASSUMPTIONS, type AssumptionKey, type ScenarioValues } from "./scenarios";
import type { SheetSpec, SpecColumn } from "./sheetSpec";

export { PLAN_SHEET, PLAN_TABLE } from "./planNames";
/** The title sits above the table; the header row is row 5, the data rows follow. */
export const PLAN_HEADER_ROW = 5;

export type PlanColumnKey =
  | "area"
  | "group"
  | "baseline"
  | "inPost"
  | "pipeline"
  | "leavers"
  | "national"
  | "target"
  | "gap"
  | "growth"
  | "meets"
  | "intake";

export type PlanFormat = "text" | "wte" | "percent" | "flag";

export interface PlanColumn {
  readonly key: PlanColumnKey;
  readonly header: string;
  /** "input": the planner's cells; "computed": live formulas, not to be typed over. */
  readonly role: "label" | "input" | "computed";
  readonly format: PlanFormat;
}

export const PLAN_COLUMNS: readonly PlanColumn[] = Object.freeze([
  { key: "area", header: "Service area", role: "label", format: "text" },
  { key: "group", header: "Staff group", role: "label", format: "text" },
  { key: "baseline", header: "Baseline WTE (start year)", role: "input", format: "wte" },
  { key: "inPost", header: "WTE in post now", role: "input", format: "wte" },
  { key: "pipeline", header: "Trainees in pipeline", role: "input", format: "wte" },
  { key: "leavers", header: "Expected leavers", role: "input", format: "wte" },
  {
    key: "national",
    header: "National LTP additional WTE, 2019/20 to 2023/24 (published)",
    role: "computed",
    format: "wte",
  },
  { key: "target", header: "Target WTE", role: "computed", format: "wte" },
  { key: "gap", header: "Gap WTE", role: "computed", format: "wte" },
  { key: "growth", header: "Growth", role: "computed", format: "percent" },
  { key: "meets", header: "Meets minimum", role: "computed", format: "flag" },
  { key: "intake", header: "Intake needed a year", role: "computed", format: "wte" },
] satisfies PlanColumn[]).map((c) => Object.freeze(c));

/**
 * Headers of earlier plan sheets, still read back: a plan inserted before planning from a start
 * year called its baseline "Baseline WTE 2019/20".
 */
const EARLIER_HEADERS: Partial<Record<PlanColumnKey, readonly string[]>> = Object.freeze({
  baseline: ["Baseline WTE 2019/20"],
});

/** What a growth or minimum cell shows for a service starting from a baseline of 0 (MHST, gambling). */
export const NEW_SERVICE = "New service";

export const planColumnLetter = (key: PlanColumnKey): string =>
  columnLetters(PLAN_COLUMNS.findIndex((c) => c.key === key));

export interface PlanRowKey {
  readonly area: ServiceAreaId;
  readonly group: StaffGroupId;
}

/** Table 1's cells in the document's order, then Table 2's MHST EMHPs. */
export const PLAN_ROWS: readonly PlanRowKey[] = Object.freeze(
  [...TABLE1_CELLS, MHST_CELL].map((c) => Object.freeze({ area: c.area, group: c.group }))
);

/** The drop-down choices: the short names every PP function accepts. */
export const AREA_CHOICES: readonly string[] = SERVICE_AREAS.filter(
  (a) => !a.id.startsWith("Total")
).map((a) => a.id);
export const GROUP_CHOICES: readonly string[] = STAFF_GROUPS.map((g) => g.id);

/**
 * The formulas of one data row, by column key, for sheet row `r`. Computed cells stay empty
 * until the inputs they need are entered, rather than showing errors on a fresh sheet.
 */
export function planRowFormulas(r: number): Record<PlanColumnKey, string | null> {
  const c = (key: PlanColumnKey): string => `${planColumnLetter(key)}${r}`;
  const [area, group, baseline, inPost, pipeline, leavers, target] = [
    c("area"),
    c("group"),
    c("baseline"),
    c("inPost"),
    c("pipeline"),
    c("leavers"),
    c("target"),
  ];
  const unless = (blank: string[], formula: string): string =>
    `=IF(${blank.length > 1 ? `OR(${blank.map((x) => `ISBLANK(${x})`).join(",")})` : `ISBLANK(${blank[0]})`},"",${formula})`;
  return {
    area: null,
    group: null,
    baseline: null,
    inPost: null,
    pipeline: null,
    leavers: null,
    national: `=PP.LTP(${area},${group})`,
    target: unless([baseline], `PP.TARGET(${baseline},${area},${group},PP_Share*(1+PP_Uplift))`),
    gap: unless([baseline, inPost], `PP.GAP(${target},${inPost},${pipeline},${leavers})`),
    // Growth relative to a baseline of 0 has no meaning: a new service says so, not #DIV/0!.
    growth: unless(
      [baseline],
      `IF(${baseline}=0,"${NEW_SERVICE}",PP.GROWTH(${baseline},${target}))`
    ),
    meets: unless(
      [baseline],
      `IF(${baseline}=0,"${NEW_SERVICE}",PP.MEETS(${baseline},${target},PP_MinGrowth))`
    ),
    intake: unless(
      [baseline, inPost],
      `PP.INTAKE(${target},${inPost},PP_Attrition,PP_Horizon,PP_Completion)`
    ),
  };
}

/** The row's trajectory, spilled to the right of the table: baseline first, target last. */
export function trajectoryFormula(r: number): string {
  const baseline = `${planColumnLetter("baseline")}${r}`;
  const target = `${planColumnLetter("target")}${r}`;
  return `=IF(ISBLANK(${baseline}),"",PP.TRAJECTORY(${baseline},${target},PP_Horizon))`;
}

/**
 * The financial years over the trajectory, as a spill of labels ("2025/26", "2026/27", …) from
 * the active scenario's start year to the horizon: two paths of whole years, the first year's and
 * the second's, joined as Excel's text operator does, so they follow PP_StartYear and PP_Horizon.
 */
export const TRAJECTORY_YEARS_FORMULA =
  '=PP.TRAJECTORY(PP_StartYear,PP_StartYear+PP_Horizon,PP_Horizon)&"/"&' +
  "RIGHT(PP.TRAJECTORY(PP_StartYear+1,PP_StartYear+1+PP_Horizon,PP_Horizon),2)";

/**
 * The table's totals row (sheet row `r`). Sums use structured references, so rows the planner
 * adds to the table are counted; growth is that of the totals.
 */
export function totalsRowFormulas(table: string, r: number): Record<PlanColumnKey, string | null> {
  const sum = (key: PlanColumnKey): string => {
    const header = PLAN_COLUMNS.find((c) => c.key === key)?.header ?? key;
    return `=SUBTOTAL(109,${table}[${header}])`;
  };
  const c = (key: PlanColumnKey): string => `${planColumnLetter(key)}${r}`;
  // No baseline at all: empty while nothing is entered, a new service once a target is.
  const whenNoBaseline = `IF(${c("target")}=0,"","${NEW_SERVICE}")`;
  return {
    area: null,
    group: null,
    baseline: sum("baseline"),
    inPost: sum("inPost"),
    pipeline: sum("pipeline"),
    leavers: sum("leavers"),
    national: sum("national"),
    target: sum("target"),
    gap: sum("gap"),
    growth: `=IF(${c("baseline")}=0,${whenNoBaseline},PP.GROWTH(${c("baseline")},${c("target")}))`,
    meets: `=IF(${c("baseline")}=0,${whenNoBaseline},PP.MEETS(${c("baseline")},${c("target")},PP_MinGrowth))`,
    intake: sum("intake"),
  };
}

/** The chart's plan line's name, beside its row. */
const PLAN_LINE_LABEL = "Total plan";

/** The rows under the totals: shortfall and surplus apart, and the net gap. */
export const GAP_SUMMARY_LABELS = ["Total shortfall", "Total surplus", "Net gap"] as const;

/**
 * Shortfalls and surpluses summed apart (a surplus in one row does not hide a shortfall in
 * another), over the table's Gap column by structured reference so rows the planner adds count;
 * the net is the totals row's SUBTOTAL. An error in the net (an assumption not set) shows in all
 * three, rather than a shortfall of 0.
 */
export function gapSummaryFormulas(table: string, totalsRow: number): [string, string, string] {
  const gaps = `${table}[${PLAN_COLUMNS.find((c) => c.key === "gap")?.header ?? "Gap WTE"}]`;
  const net = `${planColumnLetter("gap")}${totalsRow}`;
  return [
    `=IF(ISERROR(${net}),${net},SUMIF(${gaps},">0"))`,
    `=IF(ISERROR(${net}),${net},-SUMIF(${gaps},"<0"))`,
    `=${net}`,
  ];
}

/** The chart's two lines, under the trajectory block: the plan's total path and the baseline. */
export function totalTrajectoryFormulas(totalsRow: number): { plan: string; baseline: string } {
  const baseline = `${planColumnLetter("baseline")}${totalsRow}`;
  const target = `${planColumnLetter("target")}${totalsRow}`;
  return {
    plan: `=IF(${baseline}=0,"",PP.TRAJECTORY(${baseline},${target},PP_Horizon))`,
    baseline: `=IF(${baseline}=0,"",PP.TRAJECTORY(${baseline},${baseline},PP_Horizon))`,
  };
}

export const TRAJECTORY_TITLE = "Trajectory (WTE) by financial year, from the start year";
export const PLAN_CHART_TITLE = "Planned WTE against the baseline, by financial year";
export const BASELINE_LINE = "Baseline (start year)";

export const NUMBER_FORMATS: Readonly<Record<PlanFormat, string>> = Object.freeze({
  text: "@",
  wte: "#,##0.0",
  percent: "0.0%",
  flag: "General",
});

/**
 * The plan sheet, for a given sheet and table name and the active horizon (which sizes the
 * chart; the trajectories themselves follow PP_Horizon as it changes).
 */
export function planSpec(sheet: string, table: string, horizon: number): SheetSpec {
  const first = PLAN_HEADER_ROW + 1;
  const last = PLAN_HEADER_ROW + PLAN_ROWS.length;
  const totalsRow = last + 1;
  const columns: SpecColumn[] = PLAN_COLUMNS.map((c) => ({
    header: c.header,
    role: c.role,
    numberFormat: NUMBER_FORMATS[c.format],
    ...(c.key === "area" ? { choices: AREA_CHOICES } : {}),
    ...(c.key === "group" ? { choices: GROUP_CHOICES } : {}),
    ...(c.role === "input" ? { nonNegative: true } : {}),
    ...(c.key === "gap" ? { highlight: { operator: "GreaterThan", value: "=0" } as const } : {}),
    ...(c.key === "meets" ? { highlight: { operator: "EqualTo", value: "=FALSE" } as const } : {}),
  }));
  const rows = PLAN_ROWS.map((key, i) => {
    const formulas = planRowFormulas(first + i);
    return PLAN_COLUMNS.map((c) =>
      c.key === "area" ? key.area : c.key === "group" ? key.group : (formulas[c.key] ?? "")
    );
  });
  const totalsFormulas = totalsRowFormulas(table, totalsRow);
  const totals = PLAN_COLUMNS.map((c) =>
    c.key === "area" ? "Total" : (totalsFormulas[c.key] ?? "")
  );
  const trajectoryStart = columnLetters(PLAN_COLUMNS.length + 1);
  const labelColumn = columnLetters(PLAN_COLUMNS.length);
  const trajectoryEnd = columnLetters(PLAN_COLUMNS.length + 1 + horizon);
  const lines = totalTrajectoryFormulas(totalsRow);
  const summary = gapSummaryFormulas(table, totalsRow);
  return {
    sheet,
    title: "Psychological professions workforce plan",
    notes: [
      "Enter your figures in the shaded columns. The other columns are PP formulas over them and " +
        "the active scenario's names (PP_Share, PP_Uplift, PP_MinGrowth, PP_Horizon, " +
        "PP_Attrition, PP_Completion, PP_StartYear) on the PP Scenarios sheet.",
      "National figures: Psychological Professions Workforce Plan for England, Tables 1 and 2, " +
        "the published additional WTE for 2019/20 to 2023/24. Your plan runs from the scenario's " +
        "start year over its horizon.",
    ],
    table: { name: table, headerRow: PLAN_HEADER_ROW, columns, rows, totals },
    blocks: [
      { at: "A4", cells: [["Active scenario", "=PP_Active"]], bold: true },
      {
        at: `${trajectoryStart}${PLAN_HEADER_ROW - 1}`,
        cells: [[TRAJECTORY_TITLE]],
        bold: true,
      },
      {
        at: `${trajectoryStart}${PLAN_HEADER_ROW}`,
        cells: [[TRAJECTORY_YEARS_FORMULA]],
        formatTo: `${trajectoryEnd}${PLAN_HEADER_ROW}`,
        bold: true,
      },
      {
        at: `${trajectoryStart}${first}`,
        cells: PLAN_ROWS.map((_, i) => [trajectoryFormula(first + i)]),
        numberFormat: NUMBER_FORMATS.wte,
        formatTo: `${trajectoryEnd}${last}`,
      },
      {
        at: `${labelColumn}${totalsRow}`,
        cells: [
          [PLAN_LINE_LABEL, lines.plan],
          [BASELINE_LINE, lines.baseline],
        ],
        numberFormat: NUMBER_FORMATS.wte,
        formatTo: `${trajectoryEnd}${totalsRow + 1}`,
        bold: true,
      },
      {
        at: `${planColumnLetter("target")}${totalsRow + 2}`,
        cells: GAP_SUMMARY_LABELS.map((label, i) => [label, summary[i] ?? ""]),
        numberFormat: NUMBER_FORMATS.wte,
        bold: true,
      },
    ],
    chart: {
      type: "Line",
      title: PLAN_CHART_TITLE,
      seriesRange: `${labelColumn}${totalsRow}:${trajectoryEnd}${totalsRow + 1}`,
      seriesBy: "Rows",
      seriesNames: [PLAN_LINE_LABEL, BASELINE_LINE],
      categoriesRange: `${trajectoryStart}${PLAN_HEADER_ROW}:${trajectoryEnd}${PLAN_HEADER_ROW}`,
      categoryTitle: "Financial year",
      valueTitle: "WTE",
      from: `A${totalsRow + 6}`,
      to: `H${totalsRow + 23}`,
    },
    freezeRows: PLAN_HEADER_ROW,
  };
}

/** A plan row's inputs as read from its cells. */
export interface PlanInputs {
  readonly area: unknown;
  readonly group: unknown;
  readonly baseline: unknown;
  readonly inPost: unknown;
  readonly pipeline: unknown;
  readonly leavers: unknown;
}

/** What a computed cell shows: a number, TRUE/FALSE, "" (waiting for input) or an error. */
export type PlanValue = number | boolean | string | PlanError;

export interface PlanRowValues {
  readonly national: PlanValue;
  readonly target: PlanValue;
  readonly gap: PlanValue;
  readonly growth: PlanValue;
  readonly meets: PlanValue;
  readonly intake: PlanValue;
  /** The spilled path, or [""] while the baseline is empty. */
  readonly trajectory: readonly PlanValue[];
}

/** The scenario as the sheet's defined names give it: an empty assumption is #N/A. */
export function scenarioNames(values: ScenarioValues): Record<AssumptionKey, number | PlanError> {
  const out = {} as Record<AssumptionKey, number | PlanError>;
  for (const a of ASSUMPTIONS) {
    const v = values[a.key] ?? null;
    out[a.key] =
      v === null
        ? notAvailable(`${a.header} is empty in this scenario, so ${a.definedName} gives #N/A.`)
        : v;
  }
  return out;
}

const first = (spill: Spill): PlanValue => spill.cells[0]?.[0] ?? "";

/**
 * The values the row's formulas compute, by the same functions, for showing a plan in preview
 * mode and for comparing scenarios. Tests check these against a formula engine running the
 * sheet's formulas.
 */
export function planRowValues(row: PlanInputs, values: ScenarioValues): PlanRowValues {
  const names = scenarioNames(values);
  const arg = (v: unknown): unknown[][] => [[v]];
  const effectiveShare =
    names.share instanceof PlanError
      ? names.share
      : names.uplift instanceof PlanError
        ? names.uplift
        : names.share * (1 + names.uplift);
  const national = first(pp.ltp(arg(row.area), arg(row.group)));
  const noBaseline = isBlank(row.baseline);
  const noInPost = isBlank(row.inPost);
  const target = noBaseline
    ? ""
    : first(pp.target(arg(row.baseline), arg(row.area), arg(row.group), arg(effectiveShare)));
  const gap =
    noBaseline || noInPost
      ? ""
      : first(pp.gap(arg(target), arg(row.inPost), arg(row.pipeline), arg(row.leavers)));
  const newService = row.baseline === 0;
  const growth = noBaseline
    ? ""
    : newService
      ? NEW_SERVICE
      : first(pp.growth(arg(row.baseline), arg(target)));
  const meets = noBaseline
    ? ""
    : newService
      ? NEW_SERVICE
      : first(pp.meets(arg(row.baseline), arg(target), arg(names.minGrowth)));
  const intake =
    noBaseline || noInPost
      ? ""
      : first(
          pp.intake(
            arg(target),
            arg(row.inPost),
            arg(names.attrition),
            arg(names.horizon),
            arg(names.completion)
          )
        );
  const trajectory = noBaseline
    ? [""]
    : (pp.trajectory(arg(row.baseline), arg(target), arg(names.horizon)).cells[0] ?? [""]);
  return { national, target, gap, growth, meets, intake, trajectory };
}

const INPUT_KEYS = ["area", "group", "baseline", "inPost", "pipeline", "leavers"] as const;

/**
 * The plan's input cells from its table as read, matching columns by header so a planner's
 * reordering or extra columns do not matter. Rows with no area or group are left out.
 */
export function planInputsFrom(
  headers: readonly unknown[],
  rows: readonly (readonly unknown[])[]
): PlanInputs[] {
  const norm = (h: unknown): string => (typeof h === "string" ? h.trim().toLowerCase() : "");
  const at = Object.fromEntries(
    INPUT_KEYS.map((key) => {
      const header = PLAN_COLUMNS.find((c) => c.key === key)?.header ?? "";
      const known = [header, ...(EARLIER_HEADERS[key] ?? [])].map((h) => h.toLowerCase());
      return [key, headers.findIndex((h) => known.includes(norm(h)))];
    })
  ) as Record<(typeof INPUT_KEYS)[number], number>;
  const cell = (row: readonly unknown[], i: number): unknown => (i < 0 ? null : (row[i] ?? null));
  return rows
    .map((row) => ({
      area: cell(row, at.area),
      group: cell(row, at.group),
      baseline: cell(row, at.baseline),
      inPost: cell(row, at.inPost),
      pipeline: cell(row, at.pipeline),
      leavers: cell(row, at.leavers),
    }))
    .filter((r) => !isBlank(r.area) || !isBlank(r.group));
}
