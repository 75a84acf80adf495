/**
 * The one place the pane names the Excel implementation of the scenario store, so the rest of the
 * pane depends only on the store contracts. Its code is a script of its own that a plain
 * browser's preview never loads; in Excel it is fetched while Office starts (`preloadExcelStore`),
 * so connecting waits for nothing more than Office itself.
 */
import type { PlannerStore } from "./plannerStore";

let loading: Promise<typeof import("../../workbook/officeWorkbook")> | null = null;
const load = () =>
  (loading ??= import(/* webpackChunkName: "excel-workbook" */ "../../workbook/officeWorkbook"));

/** Starts fetching the Excel store's script; a failure is retried by `connectToExcel`. */
export function preloadExcelStore(): void {
  load().catch(() => (loading = null));
}

export async function connectToExcel(): Promise<PlannerStore> {
  const { OfficeWorkbook } = await load();
  return new OfficeWorkbook();
}
