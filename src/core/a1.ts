/** A1-style addresses, so problems in a table can name the exact cell the planner must look at. */

export interface CellPosition {
  readonly sheet: string;
  /** 1-based, as Excel numbers rows. */
  readonly row: number;
  /** 0-based: A is 0. */
  readonly column: number;
}

export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A sheet name as a reference writes it: quoted when it holds anything but letters and digits. */
export function sheetPrefix(sheet: string): string {
  if (sheet === "") return "";
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? `${sheet}!` : `'${sheet.replace(/'/g, "''")}'!`;
}

export function cellAddress(sheet: string, row: number, column: number): string {
  return `${sheetPrefix(sheet)}${columnLetters(column)}${row}`;
}

/** The top-left cell of an address such as 'PP Scenarios'!A3:H3 or Sheet1!B2. */
export function parseRangeAddress(address: string): CellPosition {
  const bang = address.lastIndexOf("!");
  const rawSheet = bang < 0 ? "" : address.slice(0, bang);
  const sheet =
    rawSheet.startsWith("'") && rawSheet.endsWith("'")
      ? rawSheet.slice(1, -1).replace(/''/g, "'")
      : rawSheet;
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)/.exec(address.slice(bang + 1));
  if (!match?.[1] || !match[2]) return { sheet, row: 1, column: 0 };
  return { sheet, row: Number(match[2]), column: columnIndex(match[1]) };
}

/** Rows and columns of an address such as N5:R16 (a single cell is 1 by 1). */
export function rangeSize(address: string): { rows: number; columns: number } {
  const [from = "", to = from] = address.slice(address.lastIndexOf("!") + 1).split(":");
  const a = parseRangeAddress(from);
  const b = parseRangeAddress(to);
  return { rows: b.row - a.row + 1, columns: b.column - a.column + 1 };
}

/** A grid of `value` the size of `address`: Office.js writes need matching dimensions. */
export function filled<T>(address: string, value: T): T[][] {
  const { rows, columns } = rangeSize(address);
  return Array.from({ length: rows }, () => Array.from({ length: columns }, () => value));
}
