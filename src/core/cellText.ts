/**
 * Text written to a cell stays text. Excel parses a string written through `Range.values` or
 * `Range.formulas` as if it were typed: "March 2025" and "1/2" become dates, "12" and "5%"
 * numbers, "true" a boolean, "=x" a formula
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values,
 * "set values or formulas": values are interpreted as the user would type them). A leading
 * apostrophe makes Excel keep the rest as text; Excel does not store the apostrophe in the value.
 * Every string the add-in writes as text goes through here, so no scenario name, note or label
 * changes type on the way in.
 */
export function asCellText<T>(value: T): T | string {
  if (typeof value !== "string" || value === "") return value;
  return `'${value}`;
}

/** A row of cells with each text cell kept as text. */
export const asCellTextRow = <T>(cells: readonly T[]): (T | string)[] => cells.map(asCellText);
