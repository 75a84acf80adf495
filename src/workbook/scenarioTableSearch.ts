/**
 * Finding the scenarios when the PP_Scenarios table is not there by name: a table the planner
 * renamed (found by its columns, on the PP Scenarios sheet first, then anywhere), or the table's
 * cells left on the PP Scenarios sheet after Table > Convert to Range. Set-up uses what this
 * finds, after the planner agrees, rather than writing a new table over or beside it.
 */
import { columnLetters, parseRangeAddress } from "../core/a1";
import { SCENARIO_SHEET, SCENARIO_TABLE } from "../core/scenarios";
import { isScenarioHeaderRow } from "../core/scenarioTableMatch";
import { ScenarioActionError, type FoundScenarioTable } from "./store";

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** The header row a new scenario table starts at (A3), where a converted one is looked for. */
export const HEADER_CELL = "A3";

/** The tables' names and the scenario sheet, in one sync; for searchScenarioTable. */
export async function loadTablesAndSheet(
  context: Excel.RequestContext
): Promise<{ tables: Excel.Table[]; sheet: Excel.Worksheet | null }> {
  const tables = context.workbook.tables.load("items/name");
  const sheet = context.workbook.worksheets.getItemOrNullObject(SCENARIO_SHEET);
  await context.sync();
  return { tables: tables.items, sheet: sheet.isNullObject ? null : sheet };
}

/**
 * With the tables' names and the scenario sheet known (from an earlier sync), at most one sync
 * whatever the number of tables: each table's header row and sheet, and the block of cells
 * around A3 of the scenario sheet. Null when PP_Scenarios exists, or nothing like it does.
 */
export async function searchScenarioTable(
  context: Excel.RequestContext,
  tables: readonly Excel.Table[],
  sheet: Excel.Worksheet | null
): Promise<FoundScenarioTable | null> {
  if (tables.some((t) => same(t.name, SCENARIO_TABLE))) return null;

  const candidates = tables.map((t) => ({
    name: t.name,
    header: t.getHeaderRowRange().load("values"),
    sheet: t.worksheet.load("name"),
  }));
  // The block Excel would take for Insert > Table from A3: bounded by blank rows and columns
  // (Range.getSurroundingRegion, ExcelApi 1.7:
  // https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-getsurroundingregion-member(1)).
  const region =
    sheet === null
      ? null
      : sheet.getRange(HEADER_CELL).getSurroundingRegion().load("address, values");
  if (candidates.length > 0 || region !== null) await context.sync();

  const matching = candidates.filter((c) => isScenarioHeaderRow(c.header.values[0] ?? []));
  const table =
    matching.find((c) => same(c.sheet.name, SCENARIO_SHEET)) ?? matching[0] ?? undefined;
  if (table !== undefined) return { kind: "table", table: table.name, sheet: table.sheet.name };

  if (region !== null && region.values.length >= 2) {
    // The block must start at A3 itself (not take in cells above or to the left of it), and
    // not be part of a table: a table's cells were looked at above.
    const at = parseRangeAddress(region.address);
    const inTable = candidates.some((c) => same(c.sheet.name, SCENARIO_SHEET));
    if (
      at.row === 3 &&
      at.column === 0 &&
      !inTable &&
      isScenarioHeaderRow(region.values[0] ?? [])
    ) {
      const width = region.values[0]?.length ?? 0;
      const address = `A3:${columnLetters(width - 1)}${2 + region.values.length}`;
      return { kind: "range", sheet: SCENARIO_SHEET, address };
    }
  }
  return null;
}

/** What set-up says when it finds the scenarios elsewhere and was not asked to use them. */
export function foundElsewhereError(found: FoundScenarioTable): ScenarioActionError {
  if (found.kind === "table") {
    return new ScenarioActionError(
      `The scenarios look to be in the table "${found.table}" on the ${found.sheet} sheet, not in a table called ${SCENARIO_TABLE}. Nothing was changed: choose Use table "${found.table}", or rename it back to ${SCENARIO_TABLE} (Table Design > Table Name), then set up again.`
    );
  }
  return new ScenarioActionError(
    `Cells ${found.address} of the ${found.sheet} sheet hold the scenario columns but are not a table (converted to a range?). Nothing was changed: choose Make them a table again, or select those cells, choose Insert > Table, and name the table ${SCENARIO_TABLE}.`
  );
}

/** Whether two finds are the same one, so set-up acts only on what the planner agreed to. */
export function sameFind(a: FoundScenarioTable, b: FoundScenarioTable): boolean {
  return a.kind === "table" && b.kind === "table"
    ? same(a.table, b.table) && same(a.sheet, b.sheet)
    : a.kind === "range" && b.kind === "range" && a.address === b.address && same(a.sheet, b.sheet);
}
