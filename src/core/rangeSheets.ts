/**
 * The two sheets "Ranges, not points" inserts: PP Ranges (each scenario's band of total staff in
 * post, P10 to P90, with the chance of reaching the target) and PP Sensitivity (what moves the
 * result most). The plan's totals and the scenarios' values are written as shaded input cells;
 * everything computed from them is a PP formula over those cells (PP.SUPPLYRANGE, PP.CHANCE,
 * PP.INTAKECONFIDENT, PP.INTAKE), so a changed value recalculates, and the native charts follow.
 */
import { columnLetters } from "./a1";
import { type PlanTotals, type ScenarioBand, type Sensitivity, PLUS_MINUS } from "./sensitivity";
import type { SheetSpec, SpecBlock, SpecCell, SpecColumn } from "./sheetSpec";

export const RANGES_SHEET = { sheet: "PP Ranges", table: "PP_Ranges" } as const;
export const SENSITIVITY_SHEET = { sheet: "PP Sensitivity", table: "PP_Sensitivity" } as const;

const WTE = "#,##0.0";
const PERCENT = "0.0%";

export const RANGES_COLUMNS = [
  "Scenario",
  "WTE in post now",
  "Target WTE",
  "Horizon (years)",
  "Annual attrition",
  "Attrition low",
  "Attrition high",
  "Training completion",
  "Completion low",
  "Completion high",
  "Intake a year",
  "Chance of reaching target",
  "Intake to be 90% sure",
] as const;

const RANGES_HEADER_ROW = 5;

/** The band rows' first row, under the table and a gap. */
export const bandTop = (scenarios: number): number => RANGES_HEADER_ROW + scenarios + 3;

export function rangesSpec(
  bands: readonly ScenarioBand[],
  made: string,
  sheet: string,
  table: string
): SheetSpec {
  const headerRow = RANGES_HEADER_ROW;
  const col = (name: (typeof RANGES_COLUMNS)[number]): string =>
    columnLetters(RANGES_COLUMNS.indexOf(name));
  const columns: SpecColumn[] = RANGES_COLUMNS.map((header, i) => ({
    header,
    role: i === 0 ? "label" : i <= 9 ? "input" : "computed",
    numberFormat:
      i === 0
        ? "General"
        : i === 3
          ? "0"
          : (i >= 4 && i <= 9) || header === "Chance of reaching target"
            ? PERCENT
            : WTE,
  }));
  const rows: SpecCell[][] = bands.map((b, i) => {
    const r = headerRow + 1 + i;
    const at = (name: (typeof RANGES_COLUMNS)[number]): string => `${col(name)}${r}`;
    return [
      b.name,
      b.inPost,
      b.target,
      b.horizon,
      b.attrition.value,
      b.attrition.low,
      b.attrition.high,
      b.completion.value,
      b.completion.low,
      b.completion.high,
      `=PP.INTAKE(${at("Target WTE")},${at("WTE in post now")},${at("Annual attrition")},${at("Horizon (years)")},${at("Training completion")})`,
      `=PP.CHANCE(${at("Target WTE")},${at("WTE in post now")},${at("Intake a year")},${at("Attrition low")},${at("Attrition high")},${at("Horizon (years)")},${at("Completion low")},${at("Completion high")})`,
      `=PP.INTAKECONFIDENT(${at("Target WTE")},${at("WTE in post now")},${at("Attrition low")},${at("Attrition high")},${at("Horizon (years)")},${at("Completion low")},${at("Completion high")},0.9)`,
    ];
  });
  const maxYears = Math.max(1, ...bands.map((b) => b.horizon));
  const top = bandTop(bands.length);
  const lastColumn = columnLetters(maxYears + 1);
  const bandRows: SpecCell[][] = bands.flatMap((b, i) => {
    const r = headerRow + 1 + i;
    const at = (name: (typeof RANGES_COLUMNS)[number]): string => `${col(name)}${r}`;
    return [
      [
        `${b.name} P10`,
        `=PP.SUPPLYRANGE(${at("WTE in post now")},${at("Intake a year")},${at("Attrition low")},${at("Attrition high")},${at("Horizon (years)")},${at("Completion low")},${at("Completion high")})`,
      ],
      [`${b.name} P50`],
      [`${b.name} P90`],
    ];
  });
  const last = top + bandRows.length;
  const blocks: SpecBlock[] = [
    {
      at: `A${top - 1}`,
      cells: [["Total staff in post (WTE)", ...Array.from({ length: maxYears + 1 }, (_, k) => k)]],
      numberFormat: '"Year "0',
      bold: true,
    },
    { at: `A${top}`, cells: bandRows, numberFormat: WTE, formatTo: `${lastColumn}${last - 1}` },
  ];
  return {
    sheet,
    title: "Ranges: total staff in post, 10th to 90th percentile",
    notes: [
      `Made ${made} from the plan sheet's totals (rows with a baseline and WTE in post) and each ` +
        "scenario's values. The shaded cells are values you can change; the rest are PP formulas " +
        "over them and recalculate. An empty range end on PP Scenarios is written as the value " +
        "itself (no range).",
      "P10: 9 futures in 10 do better; P90: only 1 in 10 do. The intake is what the plan " +
        "commissions at the scenario's own values (PP.INTAKE on the totals).",
    ],
    table: { name: table, headerRow, columns, rows },
    blocks,
    chart: {
      type: "Line",
      title: "Total staff in post by scenario: P10, P50 and P90 (WTE)",
      seriesRange: `A${top}:${lastColumn}${last - 1}`,
      seriesBy: "Rows",
      categoriesRange: `B${top - 1}:${lastColumn}${top - 1}`,
      categoryTitle: "Year",
      valueTitle: "WTE",
      from: `A${last + 2}`,
      to: `H${last + 20}`,
    },
    freezeRows: headerRow,
  };
}

export const SENSITIVITY_COLUMNS = [
  "Assumption",
  "Intake change at low",
  "Intake change at high",
  "Low",
  "High",
  "Basis",
  "Gap at low",
  "Gap at high",
  "Intake at low",
  "Intake at high",
] as const;

/** The inputs block: label and value, from row 5 of column A and B. */
const INPUTS = [
  ["Baseline WTE 2019/20", "baseline"],
  ["National additional WTE", "national"],
  ["WTE in post now", "inPost"],
  ["Trainees in pipeline", "pipeline"],
  ["Expected leavers", "leavers"],
  ["Local share", "share"],
  ["Demand uplift", "uplift"],
  ["Horizon (years)", "horizon"],
  ["Annual attrition", "attrition"],
  ["Training completion", "completion"],
] as const;
type InputKey = (typeof INPUTS)[number][1];
const INPUT_TOP = 5;
const cell = (key: InputKey): string => `$B$${INPUT_TOP + INPUTS.findIndex(([, k]) => k === key)}`;
const GAP_ROW = INPUT_TOP + INPUTS.length;
const INTAKE_ROW = GAP_ROW + 1;
const SENSITIVITY_HEADER_ROW = INTAKE_ROW + 3;

/** The total target, gap and intake as formulas over the inputs, with one input replaced. */
function formulas(swap: Partial<Record<InputKey, string>>): { gap: string; intake: string } {
  const c = (key: InputKey): string => swap[key] ?? cell(key);
  const target = `${c("baseline")}+${c("national")}*${c("share")}*(1+${c("uplift")})`;
  return {
    gap: `=${target}-${c("inPost")}-${c("pipeline")}+${c("leavers")}`,
    intake: `=PP.INTAKE(${target},${c("inPost")},${c("attrition")},${c("horizon")},${c("completion")})`,
  };
}

export function sensitivitySpec(
  result: Sensitivity,
  totals: PlanTotals,
  values: {
    share: number;
    uplift: number;
    horizon: number;
    attrition: number;
    completion: number;
  },
  scenario: string,
  made: string,
  sheet: string,
  table: string
): SheetSpec {
  const headerRow = SENSITIVITY_HEADER_ROW;
  const inputValue: Record<InputKey, number> = { ...totals, ...values };
  const base = formulas({});
  const columns: SpecColumn[] = SENSITIVITY_COLUMNS.map((header) => ({
    header,
    role:
      header === "Low" || header === "High"
        ? "input"
        : header === "Assumption" || header === "Basis"
          ? "label"
          : "computed",
    numberFormat:
      header === "Low" || header === "High"
        ? PERCENT
        : header === "Assumption" || header === "Basis"
          ? "General"
          : WTE,
  }));
  const rows: SpecCell[][] = result.factors.map((f, i) => {
    const r = headerRow + 1 + i;
    const atLow = formulas({ [f.factor]: `D${r}` });
    const atHigh = formulas({ [f.factor]: `E${r}` });
    return [
      f.name,
      `=I${r}-$B$${INTAKE_ROW}`,
      `=J${r}-$B$${INTAKE_ROW}`,
      f.low,
      f.high,
      f.basis === "range"
        ? "The scenario's 80% range"
        : `±${PLUS_MINUS * 100}% of the value (no range given)`,
      atLow.gap,
      atHigh.gap,
      atLow.intake,
      atHigh.intake,
    ];
  });
  const last = headerRow + rows.length;
  return {
    sheet,
    title: `What moves the result most: scenario ${scenario}`,
    notes: [
      `Made ${made} from the plan sheet's totals and the scenario "${scenario}". Each assumption ` +
        "is moved to its low and its high with the others at their values; largest effect on " +
        "the yearly intake first (the order when made).",
      `Attrition and completion use the scenario's 80% range where it gives one; without a range, ` +
        `and for share and uplift, ±${PLUS_MINUS * 100}% of the value. Change a shaded cell and the rest recalculate.`,
    ],
    table: { name: table, headerRow, columns, rows },
    blocks: [
      { at: `A${INPUT_TOP - 1}`, cells: [["Plan totals and scenario values"]], bold: true },
      {
        at: `A${INPUT_TOP}`,
        cells: INPUTS.map(([label, key]) => [label, inputValue[key]]),
        numberFormat: "General",
      },
      {
        at: `A${GAP_ROW}`,
        cells: [
          ["Total gap WTE", base.gap],
          ["Intake needed a year", base.intake],
        ],
        numberFormat: WTE,
        bold: true,
      },
    ],
    chart: {
      type: "BarClustered",
      title: "Change in the yearly intake with each assumption at its low and its high (WTE)",
      seriesRange: `A${headerRow}:C${last}`,
      seriesBy: "Columns",
      categoryTitle: "Assumption",
      valueTitle: "Change in intake a year (WTE)",
      from: `A${last + 3}`,
      to: `H${last + 20}`,
      reverseCategories: true,
    },
    freezeRows: headerRow,
  };
}
