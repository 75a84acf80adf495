/**
 * The one place the pane names the Excel implementation of the scenario store, so the rest of the
 * pane depends only on the ScenarioStore contract.
 */
import { OfficeWorkbook } from "../workbook/officeWorkbook";
import type { ScenarioStore } from "../workbook/store";

export function connectToExcel(): ScenarioStore {
  return new OfficeWorkbook();
}
