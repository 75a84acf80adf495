/**
 * Writes a SheetSpec into a new worksheet as one batch of Office.js commands: no sync here, so the
 * caller's single sync carries the whole sheet whatever its number of rows. Calculation and
 * screen updating are suspended until that sync, so Excel recalculates once, at the end.
 */
import { columnLetters, filled, parseRangeAddress, rangeSize } from "../core/a1";
import { asCellText } from "../core/cellText";
import {
  blockAddress,
  specColumnWidth,
  columnDataAddress,
  tableAddress,
  totalsRowNumber,
  type SheetSpec,
  type SpecCell,
  type SpecChart,
  type SpecColumn,
} from "../core/sheetSpec";

/** Input cells look like inputs; computed cells look locked. Office's own palette. */
export const STYLE = {
  inputFill: "#FFF2CC",
  computedFill: "#F2F2F2",
  computedFont: "#404040",
  highlightFill: "#FFC7CE",
  highlightFont: "#9C0006",
  tableStyle: "TableStyleMedium2",
} as const;

/**
 * A spec cell as written through `formulas`: "=" starts a formula by the spec's convention; any
 * other text is kept as text, never parsed into a number, date or boolean.
 */
export const cellFormula = (cell: SpecCell): SpecCell =>
  typeof cell === "string" && cell.startsWith("=") ? cell : asCellText(cell);

/** The data validation a column asks for, with the message Excel shows when it refuses a value. */
function validationOf(
  column: SpecColumn
): { rule: Excel.DataValidationRule; message: string } | null {
  if (column.choices) {
    return {
      rule: { list: { inCellDropDown: true, source: column.choices.join(",") } },
      message: `Choose one of: ${column.choices.join(", ")}.`,
    };
  }
  if (column.nonNegative) {
    return {
      rule: { decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" } },
      message: "Enter a number of WTE, 0 or more.",
    };
  }
  if (column.date) {
    return {
      rule: { date: { formula1: "2019-01-01", operator: "GreaterThanOrEqualTo" } },
      message: "Enter a date, e.g. 31/03/2024.",
    };
  }
  return null;
}

/**
 * A native chart. With series names, each series is built explicitly (ExcelApi 1.7
 * `series.add`, `setValues`, `setXAxisValues`) from its row of `seriesRange`: the chart is made
 * from the first row alone, which by rows is exactly one series, so no index relies on how many
 * series Excel would infer from the whole block. A failure mid-batch is not rolled back, so the
 * batch must not ask for a series Excel may not have made.
 */
function addChart(sheet: Excel.Worksheet, c: SpecChart): void {
  const rows = c.seriesNames === undefined ? [] : seriesRows(c.seriesRange);
  const first = rows[0];
  const chart = sheet.charts.add(
    c.type,
    sheet.getRange(first === undefined ? c.seriesRange : first),
    c.seriesBy
  );
  chart.title.text = c.title;
  chart.axes.categoryAxis.title.text = c.categoryTitle;
  chart.axes.valueAxis.title.text = c.valueTitle;
  chart.legend.position = "Bottom";
  // ChartAxis.reversePlotOrder, ExcelApi 1.7:
  // https://learn.microsoft.com/javascript/api/excel/excel.chartaxis#excel-excel-chartaxis-reverseplotorder-member
  if (c.reverseCategories) chart.axes.categoryAxis.reversePlotOrder = true;
  rows.forEach((values, i) => {
    const name = c.seriesNames?.[i] ?? "";
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(name);
    series.name = name;
    series.setValues(sheet.getRange(values));
    if (c.categoriesRange !== undefined) {
      series.setXAxisValues(sheet.getRange(c.categoriesRange));
    }
  });
  chart.setPosition(c.from, c.to);
}

/** Each row of a by-rows series range without its label column: "M15:R16" → N15:R15, N16:R16. */
function seriesRows(address: string): string[] {
  const { rows, columns } = rangeSize(address);
  const at = parseRangeAddress(address.split(":")[0] ?? address);
  return Array.from(
    { length: rows },
    (_, i) =>
      `${columnLetters(at.column + 1)}${at.row + i}:${columnLetters(at.column + columns - 1)}${at.row + i}`
  );
}

export function writeSheetSpec(
  context: Excel.RequestContext,
  spec: SheetSpec,
  options: { readonly activate: boolean } = { activate: true }
): Excel.Worksheet {
  context.application.suspendApiCalculationUntilNextSync();
  context.application.suspendScreenUpdatingUntilNextSync();
  const sheet = context.workbook.worksheets.add(spec.sheet);

  const title = sheet.getRange("A1");
  title.values = [[asCellText(spec.title)]];
  title.format.font.bold = true;
  title.format.font.size = 14;
  spec.notes.forEach((note, i) => {
    sheet.getRange(`A${2 + i}`).values = [[asCellText(note)]];
  });

  const { table: t } = spec;
  const width = t.columns.length;
  const grid = [t.columns.map((c) => c.header), ...t.rows.map((r) => r.map(cellFormula))];
  sheet.getRange(tableAddress(t)).formulas = grid;
  const table = sheet.tables.add(tableAddress(t), true);
  table.name = t.name;
  table.style = STYLE.tableStyle;
  if (t.totals) {
    table.showTotals = true;
    const last = columnLetters(width - 1);
    const row = totalsRowNumber(t);
    sheet.getRange(`A${row}:${last}${row}`).formulas = [t.totals.map(cellFormula)];
  }

  t.columns.forEach((column, i) => {
    if (t.rows.length === 0) return;
    const data = sheet.getRange(columnDataAddress(t, i));
    const cells = t.rows.map(() => [column.numberFormat]);
    data.numberFormat = cells;
    if (column.role === "input") data.format.fill.color = STYLE.inputFill;
    if (column.role === "computed") {
      data.format.fill.color = STYLE.computedFill;
      data.format.font.color = STYLE.computedFont;
    }
    if (column.wrap) data.format.wrapText = true;
    const rule = validationOf(column);
    if (rule) {
      data.dataValidation.rule = rule.rule;
      data.dataValidation.errorAlert = {
        showAlert: true,
        style: "Stop",
        title: column.header,
        message: rule.message,
      };
    }
    if (column.highlight) {
      const rule = data.conditionalFormats.add("CellValue");
      rule.cellValue.format.fill.color = STYLE.highlightFill;
      rule.cellValue.format.font.color = STYLE.highlightFont;
      rule.cellValue.rule = {
        formula1: column.highlight.value,
        operator: column.highlight.operator,
      };
    }
  });

  for (const block of spec.blocks) {
    const width = Math.max(1, ...block.cells.map((r) => r.length));
    const range = sheet.getRange(blockAddress(block));
    range.formulas = block.cells.map((r) => [
      ...r.map(cellFormula),
      ...Array<SpecCell>(width - r.length).fill(""),
    ]);
    const formattedAddress = block.formatTo ? `${block.at}:${block.formatTo}` : blockAddress(block);
    const formatted = sheet.getRange(formattedAddress);
    if (block.numberFormat) formatted.numberFormat = filled(formattedAddress, block.numberFormat);
    if (block.bold) formatted.format.font.bold = true;
  }

  // Explicit widths: autofit would fit the whole column, title and note lines included
  // (OfficeDev/office-js#1017, #5999), stretching column A across the screen.
  t.columns.forEach((_, i) => {
    const letter = columnLetters(i);
    sheet.getRange(`${letter}:${letter}`).format.columnWidth = specColumnWidth(t, i);
  });

  if (spec.chart) addChart(sheet, spec.chart);

  sheet.freezePanes.freezeRows(spec.freezeRows);
  if (options.activate) sheet.activate();
  return sheet;
}
