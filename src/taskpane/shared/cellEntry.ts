/**
 * What the planner types into a plan's input cell in preview mode, read as the sheet's data
 * validation reads it in Excel: a number of WTE, 0 or more, or nothing to clear the cell.
 */

export type CellEntry =
  | { readonly ok: true; readonly value: number | "" }
  | { readonly ok: false; readonly problem: string };

/** The same words as the sheet's data validation alert in Excel. */
export const WTE_PROBLEM = "Enter a number of WTE, 0 or more.";

const GROUPED = /^\d{1,3}(,\d{3})+(\.\d*)?$/;

export function parseWteEntry(text: string): CellEntry {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: true, value: "" };
  const plain = GROUPED.test(trimmed) ? trimmed.replace(/,/g, "") : trimmed;
  if (!/^[+]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(plain)) {
    return { ok: false, problem: WTE_PROBLEM };
  }
  const value = Number(plain);
  if (!Number.isFinite(value) || value < 0) return { ok: false, problem: WTE_PROBLEM };
  return { ok: true, value };
}
