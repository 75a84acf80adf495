/**
 * The other sheets the pane inserts: a published table with its sources, the action tracker for
 * the level a planner works at, and a scenario comparison. Each is a SheetSpec that either
 * workbook writes.
 */
import {
  ACTIONS,
  ADDIN_VERSION,
  AMBITION,
  documentById,
  MHST_CELL,
  TABLE1_CELLS,
  TABLE1_TOTALS,
  TABLE2,
  unitText,
} from "../data";
import type { Action, Figure } from "../data/types";

import { columnLetters } from "./a1";
import type { ScenarioTotals } from "./compare";
import { PlanError } from "./errors";
import type { SheetSpec, SpecCell, SpecColumn } from "./sheetSpec";
import { tableByName, type TableName } from "./tables";

const plan =
  documentById("workforce-plan")?.title ?? "Psychological Professions Workforce Plan for England";
const vision = documentById("vision")?.title ?? "National Vision for the Psychological Professions";
const roles = documentById("roles-page")?.title ?? "Psychological profession roles";

/** Where each published table comes from, for the note under its title. */
export const TABLE_SOURCES: Readonly<Record<TableName, string>> = Object.freeze({
  Table1: `${plan}, Table 1: indicative additional staff by service area, 2019/20 to 2023/24.`,
  Table2: `${plan}, Table 2: the Long Term Plan total with the MHST EMHPs.`,
  Baselines: `${plan}: national in-post figures; each row names its document and section.`,
  Professions: `${roles} (taxonomy) and ${vision}, Fig. 1.`,
  ImpactAreas: `${vision}, Section 5: the key impact areas with their Long Term Plan sections.`,
  Actions: `${plan}, Tables 3 to 7: the priority actions and who implements them.`,
  Sources: "Every figure the add-in embeds, with its document, place and the document's own words.",
});

/** Long text columns wrap at a readable width rather than stretch the sheet. */
const WIDE = new Set([
  "Action",
  "Quote",
  "Figure",
  "Impact area",
  "Also known as",
  "Published name",
]);

export function referenceSpec(name: TableName, sheet: string, table: string): SheetSpec {
  const rows = tableByName(name);
  if (rows instanceof PlanError) throw new Error(rows.message);
  const [header = [], ...body] = rows;
  const columns: SpecColumn[] = header.map((h) => {
    const text = String(h);
    return {
      header: text,
      role: "label",
      numberFormat: "General",
      ...(WIDE.has(text) ? { wrap: true, width: 300 } : {}),
    };
  });
  return {
    sheet,
    title: `Published table: ${name}`,
    notes: [`Source: ${TABLE_SOURCES[name]}`, `The same table as =PP.TABLE("${name}").`],
    table: { name: table, headerRow: 4, columns, rows: body.map((r) => [...r]) },
    blocks: [],
    freezeRows: 4,
  };
}

export type TrackerLevel = "HEE/NHSEI" | "ICS" | "Employer/HEI";
export const TRACKER_LEVELS: readonly TrackerLevel[] = ["HEE/NHSEI", "ICS", "Employer/HEI"];
export const TRACKER_STATUSES = ["Not started", "In progress", "Done", "Not applicable"] as const;

const atLevel = (a: Action, level: TrackerLevel): boolean =>
  level === "HEE/NHSEI" ? a.heeNhsei : level === "ICS" ? a.ics : a.employersHeis;

export function trackerActions(level: TrackerLevel): readonly Action[] {
  return ACTIONS.filter((a) => atLevel(a, level));
}

export function trackerSpec(level: TrackerLevel, sheet: string, table: string): SheetSpec {
  const actions = trackerActions(level);
  const columns: SpecColumn[] = [
    { header: "Priority", role: "label", numberFormat: "General" },
    { header: "Table", role: "label", numberFormat: "0" },
    { header: "Action", role: "label", numberFormat: "General" },
    { header: "Text", role: "label", numberFormat: "General", wrap: true, width: 320 },
    { header: "Status", role: "input", numberFormat: "General", choices: [...TRACKER_STATUSES] },
    { header: "Owner", role: "input", numberFormat: "General", width: 110 },
    { header: "Due date", role: "input", numberFormat: "dd/mm/yyyy", date: true },
    { header: "Notes", role: "input", numberFormat: "General", wrap: true, width: 200 },
  ];
  const rows: SpecCell[][] = actions.map((a) => [
    a.priority,
    a.table,
    a.number,
    a.text,
    "Not started",
    "",
    "",
    "",
  ]);
  return {
    sheet,
    title: `Action tracker: ${level}`,
    notes: [
      `The priority actions of the ${plan}, Tables 3 to 7, that the plan gives ${level} to implement: ${actions.length} of ${ACTIONS.length}.`,
      "Fill in the shaded columns: status, owner, due date and notes.",
    ],
    table: { name: table, headerRow: 4, columns, rows },
    blocks: [],
    freezeRows: 4,
  };
}

export const COMPARISON_COLUMNS = [
  "Scenario",
  "Total target WTE",
  "Total gap WTE",
  "Intake needed a year",
  "Notes",
] as const;

/** A snapshot of the comparison as values, with a clustered column chart of the three totals. */
export function comparisonSpec(
  totals: readonly ScenarioTotals[],
  made: string,
  sheet: string,
  table: string
): SheetSpec {
  const headerRow = 4;
  const columns: SpecColumn[] = COMPARISON_COLUMNS.map((header, i) => ({
    header,
    role: "label",
    numberFormat: i === 0 || i === 4 ? "General" : "#,##0.0",
    ...(i === 4 ? { wrap: true, width: 260 } : {}),
  }));
  const rows: SpecCell[][] = totals.map((t) => [
    t.name,
    t.target ?? "",
    t.gap ?? "",
    t.intake ?? "",
    [...(t.period ? [`Plans ${t.period}.`] : []), ...t.notes].join(" "),
  ]);
  const last = headerRow + rows.length;
  return {
    sheet,
    title: "Scenario comparison",
    notes: [
      `Made ${made} from the plan sheet's inputs with each scenario's assumptions. These are ` +
        "values, not formulas: insert the comparison again after changing the plan.",
    ],
    table: { name: table, headerRow, columns, rows },
    blocks: [],
    chart: {
      type: "ColumnClustered",
      title: "Total target, gap and yearly intake by scenario (WTE)",
      seriesRange: `A${headerRow}:${columnLetters(3)}${last}`,
      seriesBy: "Columns",
      categoryTitle: "Scenario",
      valueTitle: "WTE",
      from: `A${last + 3}`,
      to: `E${last + 20}`,
    },
    freezeRows: headerRow,
  };
}

/** The embedded figures a plan sheet computes with, and where they appear. */
export function planFigures(): { figure: Figure; usedIn: string }[] {
  const posts = "PP.LTP and PP.TARGET: the plan's National additional WTE and Target WTE";
  return [
    ...TABLE1_CELLS.map((c) => ({ figure: c.figure, usedIn: posts })),
    { figure: MHST_CELL.figure, usedIn: posts },
    { figure: TABLE1_TOTALS.total, usedIn: 'PP.LTP("Total"): Table 1\'s total' },
    { figure: TABLE2.total, usedIn: 'PP.LTP("Total incl MHST"): Table 2\'s total' },
    {
      figure: AMBITION.minimumNetGrowth,
      usedIn: "PP.MEETS and a new scenario's Minimum growth (PP_MinGrowth)",
    },
  ];
}

/**
 * The Sources sheet: every figure the plan uses, with its document, place in it and the
 * document's own words, stamped with the add-in's version and the date it was written.
 */
export function sourcesSpec(made: string, sheet: string, table: string): SheetSpec {
  const columns: SpecColumn[] = [
    { header: "Figure", role: "label", numberFormat: "General", wrap: true, width: 220 },
    { header: "Value", role: "label", numberFormat: "General" },
    { header: "Unit", role: "label", numberFormat: "General" },
    { header: "Approximate", role: "label", numberFormat: "General" },
    { header: "Document", role: "label", numberFormat: "General", wrap: true, width: 200 },
    { header: "Where", role: "label", numberFormat: "General" },
    {
      header: "The document's words",
      role: "label",
      numberFormat: "General",
      wrap: true,
      width: 300,
    },
    { header: "Used in", role: "label", numberFormat: "General", wrap: true, width: 220 },
  ];
  const rows: SpecCell[][] = planFigures().map(({ figure, usedIn }) => [
    figure.label,
    figure.value,
    unitText(figure),
    figure.approximate,
    documentById(figure.citation.document)?.title ?? figure.citation.document,
    figure.citation.where,
    figure.citation.quote,
    usedIn,
  ]);
  return {
    sheet,
    title: "Sources of the figures in this workbook",
    notes: [
      `Written ${made} by PP Workforce Planner ${ADDIN_VERSION}. Every figure the add-in embeds, ` +
        'with its source, is also listed by =PP.TABLE("Sources").',
      "Your own assumptions (local share, uplift, attrition, completion) are on the PP Scenarios sheet.",
    ],
    table: { name: table, headerRow: 5, columns, rows },
    blocks: [],
    freezeRows: 5,
  };
}
