/**
 * Errors as values. Core never throws for bad input: it returns a `PlanError` in the cell (or in
 * place of the whole result) and the Excel boundary turns it into a `CustomFunctions.Error`.
 */

/** Excel's error codes, as the custom functions runtime spells them. */
export type ExcelErrorCode =
  "#VALUE!" | "#N/A" | "#DIV/0!" | "#NUM!" | "#NULL!" | "#NAME?" | "#REF!";

export class PlanError {
  constructor(
    /** An Excel error code; an error read from an input cell keeps whatever code Excel gave it. */
    readonly code: ExcelErrorCode | string,
    /** A planner-readable explanation. Excel shows it for #VALUE! and #N/A. */
    readonly message: string
  ) {}
}

export const valueError = (message: string): PlanError => new PlanError("#VALUE!", message);
export const notAvailable = (message: string): PlanError => new PlanError("#N/A", message);
export const numError = (message: string): PlanError => new PlanError("#NUM!", message);
export const divZero = (message: string): PlanError => new PlanError("#DIV/0!", message);
/** A result beyond the range of numbers Excel can hold. */
export const tooLarge = (): PlanError => numError("The result is too large to compute.");

/**
 * An error value that arrived from a worksheet cell. Excel hands these over as objects carrying an
 * error code (a `CustomFunctions.Error`); core recognises them by shape so it stays free of Office.
 */
export function isErrorCell(value: unknown): value is { readonly code: string } {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { code?: unknown }).code === "string" &&
    (value as { code: string }).code.startsWith("#")
  );
}

/**
 * An error for many cells to show alike (a column of blank names, of error values): callers keep
 * one per distinct message, so a whole column holds one object, not one per cell. Frozen, so it
 * cannot be changed through one cell, and so the Excel boundary knows to reuse its Excel error.
 */
export function sharedError(code: ExcelErrorCode | string, message: string): PlanError {
  return Object.freeze(new PlanError(code, message));
}

/** Shared input-error explanations by argument, then code; bounded, as codes come from cells. */
const FROM_CELL = new Map<string, Map<string, PlanError>>();
const FROM_CELL_LIMIT = 64;

/** The error an input error cell becomes: the same code, explained. */
export function fromErrorCell(value: { readonly code: string }, argument: string): PlanError {
  if (value instanceof PlanError) return value;
  let byCode = FROM_CELL.get(argument);
  const hit = byCode?.get(value.code);
  if (hit) return hit;
  const error = sharedError(value.code, `The ${argument} cell holds the error ${value.code}.`);
  if (!byCode && FROM_CELL.size < FROM_CELL_LIMIT) FROM_CELL.set(argument, (byCode = new Map()));
  if (byCode && byCode.size < FROM_CELL_LIMIT) byCode.set(value.code, error);
  return error;
}
