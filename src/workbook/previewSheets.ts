/**
 * Inserted sheets as preview mode shows them. There is no Excel to calculate, so a plan sheet's
 * computed cells come from planRowValues, the same rules its formulas run (tests hold the two
 * together); other sheets are values. The planner can type into a plan's input cells.
 */
import { PlanError } from "../core/errors";
import { notAvailable } from "../core/errors";
import * as pp from "../core/pp";
import {
  BASELINE_LINE,
  GAP_SUMMARY_LABELS,
  NEW_SERVICE,
  PLAN_COLUMNS,
  planInputsFrom,
  planRowValues,
  type PlanInputs,
  type PlanValue,
} from "../core/planSheet";
import type { ScenarioValues } from "../core/scenarios";
import type { ColumnRole, SheetSpec, SpecCell } from "../core/sheetSpec";
import { planYearLabels } from "../core/years";

export interface PreviewCell {
  /** As Excel would show it with the column's number format. */
  readonly text: string;
  readonly role: ColumnRole;
  /** A shortfall or a missed minimum: what the sheet's conditional format highlights. */
  readonly highlight: boolean;
  readonly error: boolean;
}

export interface PreviewChart {
  readonly title: string;
  readonly categoryTitle: string;
  readonly valueTitle: string;
  readonly categories: readonly string[];
  readonly series: readonly {
    readonly name: string;
    readonly values: readonly (number | null)[];
  }[];
}

export interface PreviewGrid {
  readonly sheet: string;
  readonly title: string;
  readonly notes: readonly string[];
  readonly headers: readonly string[];
  readonly rows: readonly (readonly PreviewCell[])[];
  readonly totals: readonly PreviewCell[] | null;
  /** Lines under a plan's totals: total shortfall, total surplus and the net gap. */
  readonly summary: readonly { readonly label: string; readonly cell: PreviewCell }[];
  /** The plan's trajectory block: one row per plan row, by year. */
  readonly trajectory: {
    readonly years: readonly string[];
    readonly rows: readonly string[][];
  } | null;
  readonly chart: PreviewChart | null;
}

/** An inserted sheet in the in-memory workbook: its spec and what the planner typed into it. */
export interface PreviewSheet {
  readonly spec: SheetSpec;
  readonly kind: "plan" | "values";
  /** Typed input cells by "row,column" within the table's data rows (0-based). */
  readonly inputs: Map<string, unknown>;
  /** A snapshot's copy: the grid exactly as the original showed it when the copy was made. */
  readonly shown?: PreviewGrid;
}

/**
 * A values-only copy of a sheet under a new name: every cell the value the original shows (an
 * error as its code), no formulas, and the same grid on screen.
 */
export function valuesCopy(
  sheet: PreviewSheet,
  active: ScenarioValues | null,
  name: string,
  table: string
): PreviewSheet {
  const grid = previewGrid(sheet, active);
  const raw = (cell: PreviewCell): SpecCell => {
    const n = Number(cell.text.replace(/,/g, "").replace(/%$/, ""));
    if (cell.text !== "" && Number.isFinite(n)) return cell.text.endsWith("%") ? n / 100 : n;
    if (cell.text === "TRUE" || cell.text === "FALSE") return cell.text === "TRUE";
    return cell.text;
  };
  const spec: SheetSpec = {
    ...sheet.spec,
    sheet: name,
    table: {
      ...sheet.spec.table,
      name: table,
      rows: grid.rows.map((r) => r.map(raw)),
      ...(grid.totals ? { totals: grid.totals.map(raw) } : {}),
    },
    blocks: (grid.trajectory?.rows ?? []).length
      ? [
          {
            at: "N6",
            cells: (grid.trajectory?.rows ?? []).map((r) =>
              r.map((t) => raw({ text: t, role: "computed", highlight: false, error: false }))
            ),
          },
        ]
      : [],
  };
  return { spec, kind: "values", inputs: new Map(), shown: { ...grid, sheet: name } };
}

const numberText = (exact: number, format: string): string => {
  // Excel formats a number from its first 15 significant digits ("Number precision: 15 digits",
  // https://support.microsoft.com/office/1672b34d-7043-467e-8e27-269d656771c3), so a value such
  // as 0.14999999999999997 shows with one decimal as 0.15 would: "0.2".
  const value = Number(exact.toPrecision(15));
  if (format.includes("%")) {
    return `${(value * 100).toLocaleString("en-GB", { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`;
  }
  if (format.includes("0.0")) {
    return value.toLocaleString("en-GB", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  }
  return value.toLocaleString("en-GB", { maximumFractionDigits: 10 });
};

export function displayText(value: unknown, format: string): string {
  if (value instanceof PlanError) return value.code;
  if (typeof value === "number") return numberText(value, format);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value === null || value === undefined) return "";
  return String(value);
}

/** The table's data cells with the planner's typing laid over them. */
export function tableCells(sheet: PreviewSheet): unknown[][] {
  return sheet.spec.table.rows.map((row, r) =>
    row.map((cell, c) => {
      const key = `${r},${c}`;
      return sheet.inputs.has(key) ? sheet.inputs.get(key) : cell;
    })
  );
}

export function planInputsOf(sheet: PreviewSheet): PlanInputs[] {
  const headers = sheet.spec.table.columns.map((c) => c.header);
  return planInputsFrom(
    headers,
    tableCells(sheet).map((row) => row.map((c) => (isFormula(c) ? null : c)))
  );
}

const isFormula = (cell: unknown): boolean => typeof cell === "string" && cell.startsWith("=");

export function previewGrid(sheet: PreviewSheet, active: ScenarioValues | null): PreviewGrid {
  if (sheet.shown) return sheet.shown;
  return sheet.kind === "plan" ? planGrid(sheet, active) : valuesGrid(sheet);
}

function valuesGrid(sheet: PreviewSheet): PreviewGrid {
  const { spec } = sheet;
  const columns = spec.table.columns;
  const cell = (value: unknown, c: number): PreviewCell => ({
    text: displayText(value, columns[c]?.numberFormat ?? "General"),
    role: columns[c]?.role ?? "label",
    highlight: false,
    error: false,
  });
  const rows = tableCells(sheet);
  const chart = spec.chart;
  return {
    sheet: spec.sheet,
    title: spec.title,
    notes: spec.notes.map(String),
    headers: columns.map((c) => c.header),
    rows: rows.map((r) => r.map(cell)),
    totals: null,
    summary: [],
    trajectory: null,
    chart:
      chart && chart.seriesBy === "Columns"
        ? {
            title: chart.title,
            categoryTitle: chart.categoryTitle,
            valueTitle: chart.valueTitle,
            categories: rows.map((r) => String(r[0] ?? "")),
            series: [1, 2, 3].map((c) => ({
              name: columns[c]?.header ?? "",
              values: rows.map((r) => (typeof r[c] === "number" ? (r[c] as number) : null)),
            })),
          }
        : null,
  };
}

function planGrid(sheet: PreviewSheet, active: ScenarioValues | null): PreviewGrid {
  const { spec } = sheet;
  const columns = spec.table.columns;
  const inputs = planInputsOf(sheet);
  const noScenario: ScenarioValues = {
    share: null,
    uplift: null,
    minGrowth: null,
    horizon: null,
    attrition: null,
    completion: null,
    startYear: null,
  };
  const values = inputs.map((row) => planRowValues(row, active ?? noScenario));
  const cells = tableCells(sheet);
  const rows = cells.map((row, r) =>
    PLAN_COLUMNS.map((column, c): PreviewCell => {
      const computed = values[r];
      const value: unknown =
        column.role === "computed" && computed
          ? computed[column.key as keyof typeof computed]
          : row[c];
      return {
        text: displayText(value, columns[c]?.numberFormat ?? "General"),
        role: column.role,
        highlight:
          (column.key === "gap" && typeof value === "number" && value > 0) ||
          (column.key === "meets" && value === false),
        error: value instanceof PlanError,
      };
    })
  );
  const sum = (
    key: "baseline" | "inPost" | "pipeline" | "leavers" | "national" | "target" | "gap" | "intake"
  ): PlanValue => {
    let total = 0;
    for (let r = 0; r < inputs.length; r++) {
      const v: unknown = ["national", "target", "gap", "intake"].includes(key)
        ? values[r]?.[key as "national"]
        : inputs[r]?.[key as "baseline"];
      if (v instanceof PlanError) return v;
      if (typeof v === "number") total += v;
    }
    return total;
  };
  const summed = [
    "baseline",
    "inPost",
    "pipeline",
    "leavers",
    "national",
    "target",
    "gap",
    "intake",
  ] as const;
  const totalsValues: Record<string, PlanValue> = Object.fromEntries(
    summed.map((k) => [k, sum(k)])
  );
  totalsValues.growth = "";
  totalsValues.meets = "";
  const baselineSum = totalsValues.baseline;
  const targetSum = totalsValues.target;
  if (baselineSum === 0) {
    // As the sheet's IF(baseline=0, IF(target=0, "", "New service"), …).
    const shown = targetSum === 0 ? "" : targetSum instanceof PlanError ? targetSum : NEW_SERVICE;
    totalsValues.growth = shown;
    totalsValues.meets = shown;
  } else if (baselineSum !== undefined) {
    const arg = (v: unknown): unknown[][] => [[v]];
    totalsValues.growth = pp.growth(arg(baselineSum), arg(targetSum)).cells[0]?.[0] ?? "";
    const minimum = active?.minGrowth ?? notAvailable("Minimum growth is empty.");
    totalsValues.meets =
      pp.meets(arg(baselineSum), arg(targetSum), arg(minimum)).cells[0]?.[0] ?? "";
  }
  const totals = PLAN_COLUMNS.map((column, c): PreviewCell => {
    const value = column.key === "area" ? "Total" : (totalsValues[column.key] ?? "");
    return {
      text: displayText(value, columns[c]?.numberFormat ?? "General"),
      role: column.role,
      highlight: false,
      error: value instanceof PlanError,
    };
  });
  const summary = gapSummary(
    values.map((v) => v.gap),
    totalsValues.gap ?? 0
  );
  const horizon = active?.horizon ?? null;
  const startYear = active?.startYear ?? null;
  // The sheet's year labels spill from PP_StartYear and PP_Horizon: #N/A while either is empty.
  const years =
    horizon === null ? [] : startYear === null ? ["#N/A"] : planYearLabels(startYear, horizon);
  const trajectoryRows = values.map((v) => v.trajectory.map((x) => displayText(x, "#,##0.0")));
  const baselineTotal = totalsValues.baseline ?? "";
  const targetTotal = totalsValues.target ?? "";
  const path = (to: PlanValue): (number | null)[] =>
    typeof baselineTotal === "number" && typeof to === "number" && baselineTotal > 0 && horizon
      ? Array.from(
          { length: horizon + 1 },
          (_, i) => baselineTotal + ((to - baselineTotal) * i) / horizon
        )
      : [];
  return {
    sheet: spec.sheet,
    title: spec.title,
    notes: spec.notes.map(String),
    headers: columns.map((c) => c.header),
    rows,
    totals,
    summary,
    trajectory: { years, rows: trajectoryRows },
    chart: spec.chart
      ? {
          title: spec.chart.title,
          categoryTitle: spec.chart.categoryTitle,
          valueTitle: spec.chart.valueTitle,
          categories: years,
          series: [
            { name: "Total plan", values: path(targetTotal) },
            { name: BASELINE_LINE, values: path(baselineTotal) },
          ],
        }
      : null,
  };
}

/**
 * As the sheet's rows under the totals: shortfalls summed, surpluses summed (as a positive
 * figure), the net; an error in the net shows in all three.
 */
function gapSummary(
  gaps: readonly PlanValue[],
  net: PlanValue
): { label: string; cell: PreviewCell }[] {
  let shortfall = 0;
  let surplus = 0;
  for (const gap of gaps) {
    if (typeof gap !== "number") continue;
    if (gap > 0) shortfall += gap;
    else surplus -= gap;
  }
  const shown: PlanValue[] = net instanceof PlanError ? [net, net, net] : [shortfall, surplus, net];
  return GAP_SUMMARY_LABELS.map((label, i) => {
    const value = shown[i] ?? "";
    return {
      label,
      cell: {
        text: displayText(value, "#,##0.0"),
        role: "computed",
        highlight: false,
        error: value instanceof PlanError,
      },
    };
  });
}
