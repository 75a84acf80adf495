/**
 * "Share as values": which sheets a snapshot copies, what the copies are called, and the cover
 * note that says what the snapshot is. Office cannot hand an add-in a new workbook it can write
 * to, so the copies are new sheets in the same workbook, and the cover note says so.
 */
import { ADDIN_VERSION, DOCUMENTS } from "../data";
import { asCellText } from "./cellText";
import type { SheetSpec, SpecCell, SpecColumn } from "./sheetSpec";

/** Excel's longest sheet name. */
const MAX_SHEET_NAME = 31;
export const COVER_SHEET = "PP Snapshot";

/**
 * A PP function call in a formula: `PP.GAP(`, or `_xldudf_PP_GAP(` as Excel shows a call to a
 * custom function that is not loaded (OfficeDev/office-js#4185, #6395).
 */
const PP_CALL = /(^|[^A-Za-z0-9_.])(?:PP\.|_xldudf_PP_)([A-Z]+)\s*\(/gi;

/** A formula that calls a PP function: the cells a reader without the add-in sees as #NAME?. */
export const usesPPFunction = (formula: unknown): boolean =>
  typeof formula === "string" &&
  formula.startsWith("=") &&
  new RegExp(PP_CALL.source, "i").test(formula);

/**
 * The formula with each PP call in its `PP.` form: what re-entering a formula stuck at #NAME?
 * writes. Text inside string literals is left alone.
 */
export function ppFormula(formula: string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            PP_CALL,
            (_, before: string, fn: string) => `${before}PP.${fn.toUpperCase()}(`
          )
    )
    .join("");
}

/** Excel's error values, which a values copy keeps as errors rather than as text. */
const ERROR_VALUES = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BUSY!",
  "#BLOCKED!",
  "#CONNECT!",
  "#UNKNOWN!",
]);

/** A value read from a sheet as a values copy writes it: text stays text, errors stay errors. */
export const snapshotValue = <T>(value: T): T | string =>
  typeof value === "string" && ERROR_VALUES.has(value) ? value : asCellText(value);

/** "PP Plan" → "PP Plan (values)", shortened to fit and numbered when taken. */
export function snapshotName(original: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? " (values)" : ` (values ${n})`;
    const name = `${original.slice(0, MAX_SHEET_NAME - suffix.length)}${suffix}`;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

export interface SnapshotCopy {
  readonly original: string;
  readonly copy: string;
}

export interface CoverFacts {
  readonly made: string;
  readonly active: string;
  readonly copies: readonly SnapshotCopy[];
}

export function coverSpec(facts: CoverFacts, sheet: string, table: string): SheetSpec {
  const columns: SpecColumn[] = [
    { header: "Original sheet", role: "label", numberFormat: "General" },
    { header: "Snapshot (values)", role: "label", numberFormat: "General" },
  ];
  const rows: SpecCell[][] = facts.copies.map((c) => [c.original, c.copy]);
  const notes: string[] = [
    `A snapshot for readers without the PP Workforce Planner add-in, made ${facts.made} by version ${ADDIN_VERSION}.`,
    `Active scenario when it was made: ${facts.active === "" ? "none" : facts.active}.`,
    "The sheets listed below are copies holding values and formats only: they do not recalculate, " +
      "and they show the same numbers to anyone who opens the file, with or without the add-in.",
    "Office does not let an add-in write a new workbook, so the copies are new sheets in this one. " +
      "The original sheets are unchanged. To share only the snapshot, move or copy these sheets to a new workbook (right-click a sheet tab > Move or Copy).",
    `National figures from: ${DOCUMENTS.map((d) => d.title).join("; ")}. The PP Sources sheet, where present, lists each figure with its source.`,
  ];
  return {
    sheet,
    title: "Snapshot as values",
    notes,
    table: { name: table, headerRow: notes.length + 3, columns, rows },
    blocks: [],
    freezeRows: 0,
  };
}
