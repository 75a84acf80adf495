/**
 * How Excel (on the web first) treats what an add-in writes, modelled for the test double in
 * `excelFake.ts`. Each behaviour cites where Microsoft documents it or where office-js issues
 * report it. Kept apart from the fake's own bookkeeping so each can be read on its own.
 */

/** Excel's day 0 for serial dates (the 1900 date system, as Excel counts). */
const EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

const serial = (year: number, month: number, day: number): number =>
  (Date.UTC(year, month, day) - EPOCH) / DAY;

const monthOf = (word: string): number => MONTHS.indexOf(word.slice(0, 3).toLowerCase());

/**
 * A string written through Range.values or Range.formulas as Excel reads it: like typed input.
 * "12", "1,200", "5%" and "£3" become numbers, "TRUE" a boolean, "1/2", "March 2025" and
 * "2025-03-31" dates (serial numbers, en-GB day/month order). A leading apostrophe keeps text as
 * text and is handled where the cell is stored. Source: "Set values or formulas" in
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values
 * (values are interpreted as if typed into the cell), and Excel's own typed-entry rules.
 */
export function typedInput(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const text = value.trim();
  if (text === "" || text.startsWith("'") || text.startsWith("=")) return value;
  if (/^(true|false)$/i.test(text)) return text.toLowerCase() === "true";
  const number = /^([-+]?)[£$]?((\d{1,3}(,\d{3})+|\d+)?(\.\d+)?(e[-+]?\d+)?)(%?)$/i.exec(text);
  if (number?.[2] && /\d/.test(number[2])) {
    const n = Number(number[2].replace(/,/g, "")) * (number[1] === "-" ? -1 : 1);
    if (Number.isFinite(n)) return number[7] === "%" ? n / 100 : n;
  }
  const thisYear = 2025;
  const dayMonth = /^(\d{1,2})[/-](\d{1,2})(?:[/-](\d{2}|\d{4}))?$/.exec(text);
  if (dayMonth?.[1] && dayMonth[2]) {
    const day = Number(dayMonth[1]);
    const month = Number(dayMonth[2]);
    const year = dayMonth[3]
      ? Number(dayMonth[3].length === 2 ? `20${dayMonth[3]}` : dayMonth[3])
      : thisYear;
    if (day >= 1 && day <= 31 && month >= 1 && month <= 12) return serial(year, month - 1, day);
  }
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso?.[1] && iso[2] && iso[3])
    return serial(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]));
  const monthYear = /^([a-z]{3,9})[\s-](\d{2}|\d{4})$/i.exec(text);
  if (monthYear?.[1] && monthYear[2] && monthOf(monthYear[1]) >= 0) {
    const y = monthYear[2].length === 2 ? 2000 + Number(monthYear[2]) : Number(monthYear[2]);
    return serial(y, monthOf(monthYear[1]), 1);
  }
  const dayMonthName = /^(\d{1,2})[\s-]([a-z]{3,9})(?:[\s-](\d{4}))?$/i.exec(text);
  if (dayMonthName?.[1] && dayMonthName[2] && monthOf(dayMonthName[2]) >= 0) {
    const y = dayMonthName[3] ? Number(dayMonthName[3]) : thisYear;
    return serial(y, monthOf(dayMonthName[2]), Number(dayMonthName[1]));
  }
  return value;
}

/**
 * A CellValue conditional format's formula1 as Excel keeps it. The rule takes a formula ("=0");
 * a bare "0" or "FALSE" is not a formula, and Excel's rule dialog keeps such an entry as the text
 * constant ="0", which no number or boolean equals. Source: formula1 "The formula ... on which to
 * evaluate the conditional format rule", example `{ formula1: "=0", operator: "LessThan" }`,
 * https://learn.microsoft.com/javascript/api/excel/excel.conditionalcellvaluerule
 */
export function keptRuleFormula(formula: unknown): string {
  if (typeof formula === "number") return `=${formula}`;
  const text = String(formula);
  return text.startsWith("=") ? text : `="${text.replace(/"/g, '""')}"`;
}

/** Points per character of Excel's default font, and a cell's padding, for autofit widths. */
const POINTS_PER_CHAR = 6;
const PADDING = 12;

/**
 * Range.format.autofitColumns() fits the whole column, not the range it is called on: a long title
 * or note line in A1:A4 widens column A for a table below it. Sources: OfficeDev/office-js#1017,
 * OfficeDev/office-js#5999.
 */
export function autofitWidth(columnCells: readonly unknown[]): number {
  const longest = Math.max(0, ...columnCells.map((c) => (c === "" ? 0 : String(c).length)));
  return longest * POINTS_PER_CHAR + PADDING;
}

/** A table as fixedReferences needs it: where its data rows are and its headers. */
export interface TablePlace {
  readonly name: string;
  readonly sheet: string;
  readonly headers: readonly string[];
  /** Header row, 1-based; first column, 0-based. */
  readonly top: number;
  readonly left: number;
  readonly rows: number;
}

const letters = (index: number): string => {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
};

/**
 * NamedItemCollection.add with a structured reference (`=PP_Scenarios[Scenario]`) may store the
 * fixed A1 range the table column covers at that moment (`='PP Scenarios'!$A$4:$A$4`), so the
 * name no longer grows with the table. Source: OfficeDev/office-js#740 ("With version 1904 it
 * started to return =Sheet1!$A$1"). Setting NamedItem.formula afterwards is not reported to do
 * this, so the double keeps a formula set that way as given.
 */
export function fixedReferences(formula: string, tables: readonly TablePlace[]): string {
  return formula.replace(
    /([A-Za-z_][A-Za-z0-9_.]*)\[([^\]]+)\]/g,
    (whole, table: string, column: string) => {
      const t = tables.find((x) => x.name.toLowerCase() === table.toLowerCase());
      const name = column.replace(/'(.)/g, "$1").toLowerCase();
      const c = t ? t.headers.findIndex((h) => h.toLowerCase() === name) : -1;
      if (!t || c < 0) return whole;
      const col = letters(t.left + c);
      return `'${t.sheet}'!$${col}$${t.top + 1}:$${col}$${t.top + t.rows}`;
    }
  );
}

/**
 * Excel on the web refuses a request or a response over 5 MB with a RichApi.Error. Source:
 * "Excel add-ins" in https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization
 * ("Excel on the web has a payload size limit for requests and responses of 5MB. RichAPI.Error
 * is triggered if that limit is exceeded."), and the error codes RequestPayloadSizeLimitExceeded
 * and ResponsePayloadSizeLimitExceeded of https://learn.microsoft.com/javascript/api/excel/excel.errorcodes
 */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** A value's size on the wire: its JSON text, as the request and response carry it. */
export const payloadSize = (value: unknown): number =>
  value === undefined ? 0 : (JSON.stringify(value)?.length ?? 0);
