/**
 * Tags the workbook so that Office opens the planner's pane for whoever opens it next, and offers
 * to install the add-in to someone who does not have it (Office's "auto-open" document setting,
 * paired with the TaskpaneId Office.AutoShowTaskpaneWithDocument in manifest.xml).
 */

export const AUTO_OPEN_SETTING = "Office.AutoShowTaskpaneWithDocument";

/** The part of Office.Settings this needs, so tests can hand in a stand-in. */
export type DocumentSettings = Pick<Office.Settings, "get" | "set" | "saveAsync">;

export async function openPaneWithDocument(settings: DocumentSettings): Promise<void> {
  if (settings.get(AUTO_OPEN_SETTING) === true) return;
  settings.set(AUTO_OPEN_SETTING, true);
  await new Promise<void>((resolve, reject) => {
    settings.saveAsync((result) => {
      if (String(result.status) === "succeeded") resolve();
      else reject(new Error(result.error?.message ?? "Excel could not save the workbook setting."));
    });
  });
}
