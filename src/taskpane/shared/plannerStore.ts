/**
 * What the pane needs of a workbook: its scenarios and the sheets the planner inserts. Both the
 * Excel workbook and preview mode's in-memory one keep both contracts.
 */
import type { MemoryWorkbook } from "../../workbook/memoryWorkbook";
import type { ScenarioStore, SheetStore } from "../../workbook/store";

export type PlannerStore = ScenarioStore & SheetStore;

/** The in-memory workbook when the pane runs in preview mode, so it can show its sheets. */
export function previewWorkbook(store: PlannerStore): MemoryWorkbook | null {
  // By its mode rather than instanceof, so the first screen does not load the preview workbook's
  // code into Excel, where it is never used (it loads with the preview, see startup.ts).
  return store.mode === "preview" ? (store as MemoryWorkbook) : null;
}
