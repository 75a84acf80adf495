/**
 * What the pane says about the workbook as a whole when it opens: its scenarios, the planner's
 * sheets found among its tabs, the layout it records, and whether it comes from an earlier
 * version of the planner and needs upgrading. Pure: it reads the scenario book and sheet names.
 */
import { PLAN_SHEET } from "../../core/planNames";
import { COVER_SHEET } from "../../core/snapshot";
import {
  CURRENT_LAYOUT,
  findScenario,
  upgradeSteps,
  type ScenarioBook,
} from "../../core/scenarios";

/** The provenance sheet a planning sheet comes with, and its table. */
export const SOURCES_SHEET = { sheet: "PP Sources", table: "PP_Sources" } as const;

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** "PP Plan", "PP Plan 2", … as insertSheet numbers them. */
const numbered = (base: string): RegExp => new RegExp(`^${escape(base)}( \\d+)?$`, "i");
const PLAN = numbered(PLAN_SHEET);
const COVER = numbered(COVER_SHEET);
const COPY = /\(values( \d+)?\)$/i;

export interface PlannerSheets {
  readonly plans: readonly string[];
  readonly sources: boolean;
  readonly covers: readonly string[];
  /** Sheets copied as values by Share as values. */
  readonly copies: readonly string[];
}

/** The planner's sheets among the workbook's, by their names, in tab order. */
export function plannerSheets(sheets: readonly string[]): PlannerSheets {
  return {
    plans: sheets.filter((s) => PLAN.test(s)),
    sources: sheets.some((s) => s.toLowerCase() === SOURCES_SHEET.sheet.toLowerCase()),
    covers: sheets.filter((s) => COVER.test(s)),
    copies: sheets.filter((s) => COPY.test(s)),
  };
}

/**
 * A workbook set up by an earlier version of the planner: the layout it records is older than
 * this version's, so setting up again would change it (the upgrade notice lists how).
 */
export function needsUpgrade(book: ScenarioBook): boolean {
  return book.status === "ready" && book.layout < CURRENT_LAYOUT && upgradeSteps(book).length > 0;
}

/** The button that adds what the table lacks: the upgrade notice's, or the problem list's. */
export function fixButton(book: ScenarioBook): string {
  return needsUpgrade(book) ? "Upgrade workbook" : "Repair table";
}

/** When the Sources sheet says it was written: "Written 12/05/2025, 10:00:00 by …" */
export function writtenWhen(note: string): string | null {
  const match = /^Written (.+?) by PP Workforce Planner\b/.exec(note);
  return match?.[1] ?? null;
}

export interface SummaryLine {
  readonly term: string;
  readonly detail: string;
}

const quoted = (names: readonly string[]): string => names.map((n) => `“${n}”`).join(", ");

export interface SummaryFacts {
  readonly book: ScenarioBook;
  /** The workbook's sheets in tab order; null until read (or when they could not be read). */
  readonly sheets: readonly string[] | null;
  /** When PP Sources was written, when the pane can tell. */
  readonly sourcesWritten: string | null;
}

/** The "This workbook" lines: scenarios, plan sheets, sources, snapshots and layout. */
export function summaryLines({ book, sheets, sourcesWritten }: SummaryFacts): SummaryLine[] {
  const lines: SummaryLine[] = [];
  if (book.status === "missing") {
    lines.push({ term: "Scenarios", detail: "None yet" });
  } else {
    const count = book.scenarios.length;
    const known = book.active !== "" && findScenario(book.scenarios, book.active) >= 0;
    const active =
      book.active === ""
        ? "none active"
        : known
          ? `with “${book.active}” active`
          : `the active cell names “${book.active}”, which is not in the table`;
    lines.push({
      term: "Scenarios",
      detail: count === 0 ? "None in the table" : `${count}, ${active}`,
    });
  }
  if (sheets !== null) {
    const found = plannerSheets(sheets);
    lines.push({
      term: "Plan sheets",
      detail: found.plans.length === 0 ? "None yet" : quoted(found.plans),
    });
    lines.push({
      term: "Sources",
      detail: found.sources
        ? `“${SOURCES_SHEET.sheet}”${sourcesWritten === null ? "" : `, written ${sourcesWritten}`}`
        : "None yet: written with a planning sheet",
    });
    if (found.covers.length > 0) {
      const copies = found.copies.length;
      lines.push({
        term: "Snapshots",
        detail: `${quoted(found.covers)}, with ${copies} sheet${copies === 1 ? "" : "s"} as values`,
      });
    }
  }
  if (book.status === "ready") {
    lines.push({
      term: "Set up by",
      detail:
        book.layout === CURRENT_LAYOUT
          ? "This version of the planner"
          : book.layout < CURRENT_LAYOUT
            ? "An earlier version of the planner"
            : "A newer version of the planner than this one",
    });
  }
  return lines;
}

/**
 * Whether the workbook opens the planner for the next person: Office's auto-open setting, which
 * setting up scenarios writes. Preview mode says what Excel would do.
 */
export function autoOpenNote(book: ScenarioBook, mode: "excel" | "preview"): string {
  const opens =
    "Office opens the planner for whoever opens this workbook next, if they have the add-in " +
    "(Office does not offer it to anyone without it)";
  const when =
    book.status === "missing"
      ? "once scenarios are set up, "
      : needsUpgrade(book)
        ? "once it is upgraded, "
        : "";
  const sentence = `${mode === "preview" ? "in Excel, " : ""}${when}${opens}.`;
  return `${sentence[0]?.toUpperCase() ?? ""}${sentence.slice(1)}`;
}
