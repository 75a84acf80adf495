/**
 * The scenario names must follow the table as it grows: `PP_ScenarioNames` is the active cell's
 * drop-down list and `PP_Share` etc. look up the active row. Excel can store a name added with a
 * structured reference (`=PP_Scenarios[Scenario]`) as the fixed A1 range the table covers at that
 * moment (OfficeDev/office-js#740), so a scenario added later would be missing from the list and
 * its values #N/A. Set-up reads the names back in the sync that adds them, and rewrites any that
 * Excel changed, in one more sync only when there is something to repair.
 */
import {
  ASSUMPTIONS,
  LIST_FORMULA,
  LIST_NAME,
  SCENARIO_TABLE,
  definedNameFormula,
} from "../core/scenarios";

/** The formula names the add-in writes, with the formula each should hold. */
export const TABLE_FORMULA_NAMES: readonly { readonly name: string; readonly formula: string }[] = [
  { name: LIST_NAME, formula: LIST_FORMULA },
  ...ASSUMPTIONS.map((a) => ({ name: a.definedName, formula: definedNameFormula(a) })),
];

/** True when a name's formula, as Excel reports it, still refers to the table by its columns. */
export const followsTable = (formula: unknown): boolean =>
  typeof formula === "string" && formula.toLowerCase().includes(`${SCENARIO_TABLE.toLowerCase()}[`);

/**
 * Loads the formula of each name set-up is adding (those not `present` before); call before the
 * sync that carries set-up's writes. Names that were there before are the workbook's as found.
 */
export function loadNameFormulas(
  context: Excel.RequestContext,
  present: readonly string[]
): { readonly item: Excel.NamedItem; readonly formula: string }[] {
  const added = TABLE_FORMULA_NAMES.filter(({ name }) => !present.includes(name));
  return added.map(({ name, formula }) => ({
    item: context.workbook.names.getItemOrNullObject(name).load("formula"),
    formula,
  }));
}

/**
 * After the sync: rewrites through NamedItem.formula (ExcelApi 1.7) each name that no longer
 * refers to the table. Returns whether anything was queued, so the caller syncs only then.
 */
export function queueNameRepairs(
  loaded: readonly { readonly item: Excel.NamedItem; readonly formula: string }[]
): boolean {
  let queued = false;
  for (const { item, formula } of loaded) {
    if (item.isNullObject || followsTable(item.formula)) continue;
    item.formula = formula;
    queued = true;
  }
  return queued;
}
