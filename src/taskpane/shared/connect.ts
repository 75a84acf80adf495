/**
 * The one place the pane names the Excel implementation of the scenario store, so the rest of the
 * pane depends only on the store contracts.
 */
import { OfficeWorkbook } from "../../workbook/officeWorkbook";
import type { PlannerStore } from "./plannerStore";

export function connectToExcel(): PlannerStore {
  return new OfficeWorkbook();
}
