/**
 * "Share as values": which sheets a snapshot copies, what the copies are called, and the cover
 * note that says what the snapshot is. Office cannot hand an add-in a new workbook it can write
 * to, so the copies are new sheets in the same workbook, and the cover note says so.
 */
import { ADDIN_VERSION, DOCUMENTS } from "../data";
import type { SheetSpec, SpecCell, SpecColumn } from "./sheetSpec";

/** Excel's longest sheet name. */
const MAX_SHEET_NAME = 31;
export const COVER_SHEET = "PP Snapshot";

/** A formula that calls a PP function: the cells a reader without the add-in sees as #NAME?. */
export const usesPPFunction = (formula: unknown): boolean =>
  typeof formula === "string" &&
  formula.startsWith("=") &&
  /(^|[^A-Za-z0-9_.])PP\.[A-Z]+\s*\(/i.test(formula);

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
