/**
 * What an inserted sheet holds, described once and written by either workbook (Excel through
 * Office.js, or preview mode's in-memory one): a title, an Excel table with its formats, input
 * and computed columns, drop-downs and highlights, cells beside it, and a native chart.
 */
import { columnLetters } from "./a1";

/** A cell to write: a number, text, TRUE/FALSE, or a formula (text starting with "="). */
export type SpecCell = string | number | boolean;

export type ColumnRole = "label" | "input" | "computed";

export interface SpecColumn {
  readonly header: string;
  readonly role: ColumnRole;
  /** An Excel number format, e.g. "#,##0.0" or "0.0%". */
  readonly numberFormat: string;
  /** A drop-down of these choices on the column's data cells. */
  readonly choices?: readonly string[];
  /** Whole data cells must be numbers 0 or more (inputs of WTE). */
  readonly nonNegative?: boolean;
  /** Data cells must be dates. */
  readonly date?: boolean;
  /**
   * Highlight data cells for which this holds, e.g. a shortfall. `value` is a formula ("=0"), as
   * the CellValue conditional format takes one:
   * https://learn.microsoft.com/javascript/api/excel/excel.conditionalcellvaluerule
   */
  readonly highlight?: { readonly operator: "GreaterThan" | "EqualTo"; readonly value: string };
  /** Wrap long text (action descriptions, quotes). */
  readonly wrap?: boolean;
  /** Column width in points; left out, it is worked out from the table's own cells. */
  readonly width?: number;
}

export interface SpecTable {
  readonly name: string;
  /** 1-based row of the header; the table starts in column A. */
  readonly headerRow: number;
  readonly columns: readonly SpecColumn[];
  readonly rows: readonly (readonly SpecCell[])[];
  /** The table's own totals row, when it has one. */
  readonly totals?: readonly SpecCell[];
}

export interface SpecBlock {
  /** Top-left cell, e.g. "N5". */
  readonly at: string;
  readonly cells: readonly (readonly SpecCell[])[];
  readonly numberFormat?: string;
  /** Formats reach this cell (bottom-right) too: the block's formulas spill to the right. */
  readonly formatTo?: string;
  readonly bold?: boolean;
}

export interface SpecChart {
  readonly type: "Line" | "ColumnClustered" | "BarClustered";
  readonly title: string;
  /**
   * The chart's data. By rows: one series per row, its name in the first column, with the
   * categories from `categoriesRange`. By columns: a header row of series names over a first
   * column of categories, as Excel reads a table.
   */
  readonly seriesRange: string;
  readonly seriesBy: "Rows" | "Columns";
  /**
   * For series by rows: each row's series name, in order. Given, the Excel writer builds each
   * series explicitly from its row (the label column left out) rather than rely on the series
   * Excel infers from the whole range.
   */
  readonly seriesNames?: readonly string[];
  /** The category labels (x axis), one row; for series by rows. */
  readonly categoriesRange?: string;
  readonly categoryTitle: string;
  readonly valueTitle: string;
  /** Where it sits: top-left and bottom-right cells. */
  readonly from: string;
  readonly to: string;
  /** First category at the top of a bar chart (Excel draws the first at the bottom). */
  readonly reverseCategories?: boolean;
}

export interface SheetSpec {
  readonly sheet: string;
  readonly title: string;
  /** Lines under the title: what the sheet is, where the figures come from. */
  readonly notes: readonly SpecCell[];
  readonly table: SpecTable;
  readonly blocks: readonly SpecBlock[];
  readonly chart?: SpecChart;
  /** Rows kept in view while scrolling (the header). */
  readonly freezeRows: number;
}

/** The table's address on its sheet, with its totals row when it has one. */
export function tableAddress(table: SpecTable): string {
  const last = columnLetters(table.columns.length - 1);
  const bottom = table.headerRow + table.rows.length;
  return `A${table.headerRow}:${last}${bottom}`;
}

/** The data cells of column `index`, e.g. C6:C14. */
export function columnDataAddress(table: SpecTable, index: number): string {
  const letter = columnLetters(index);
  return `${letter}${table.headerRow + 1}:${letter}${table.headerRow + table.rows.length}`;
}

export function totalsRowNumber(table: SpecTable): number {
  return table.headerRow + table.rows.length + 1;
}

/** The block's address from its top-left cell and size. */
export function blockAddress(block: SpecBlock): string {
  const m = /^([A-Z]+)(\d+)$/.exec(block.at);
  if (!m?.[1] || !m[2]) throw new Error(`Bad block address ${block.at}`);
  const width = Math.max(1, ...block.cells.map((r) => r.length));
  const startColumn = m[1];
  const startRow = Number(m[2]);
  let index = 0;
  for (const ch of startColumn) index = index * 26 + (ch.charCodeAt(0) - 64);
  const last = columnLetters(index - 1 + width - 1);
  return `${startColumn}${startRow}:${last}${startRow + block.cells.length - 1}`;
}

/** "PP Plan", then "PP Plan 2", … : the first name not taken (Excel compares without case). */
export function freeSheetName(base: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base} ${n}`;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

/** Excel's points per character of the default font (Calibri 11), and the cell's padding. */
const POINTS_PER_CHAR = 6;
const PADDING = 12;
const MIN_WIDTH = 48;
const MAX_WIDTH = 240;
/** Formula cells show numbers of about this many characters (e.g. "12,345.6"). */
const FORMULA_CHARS = 10;

/**
 * A column's width in points: the one given, or enough for the header and the table's own cells,
 * within bounds. Only the table counts: the sheet's title and note lines above it overflow into
 * the empty cells to their right, as Excel shows long text.
 */
export function specColumnWidth(table: SpecTable, index: number): number {
  const column = table.columns[index];
  if (column?.width !== undefined) return column.width;
  const cells = [...table.rows.map((r) => r[index]), table.totals?.[index]];
  const chars = Math.max(
    column?.header.length ?? 0,
    ...cells.map((c) =>
      c === undefined || c === ""
        ? 0
        : typeof c === "string" && c.startsWith("=")
          ? FORMULA_CHARS
          : String(c).length
    )
  );
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, chars * POINTS_PER_CHAR + PADDING));
}
