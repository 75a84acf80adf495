/**
 * Tags the workbook so that Office opens the planner's pane when it is opened again by someone
 * who has the add-in (Office's "auto-open" document setting, paired with the TaskpaneId
 * Office.AutoShowTaskpaneWithDocument in manifest.xml).
 *
 * The tag is a convenience, never a promise: Office ignores it for anyone who does not have the
 * add-in installed ("The pane that you designate to open automatically will only open if the
 * add-in is already installed on the user's device", docs "Automatically open a task pane with a
 * document"), and it does not apply to every deployment (OfficeDev/office-js#6308: centrally
 * deployed add-ins on the desktop never auto-open). So it is best-effort: a failure to save it
 * is reported as a warning and never fails the set-up that asked for it, which has already
 * written the scenarios.
 */

export const AUTO_OPEN_SETTING = "Office.AutoShowTaskpaneWithDocument";

/** The part of Office.Settings this needs, so tests can hand in a stand-in. */
export type DocumentSettings = Pick<Office.Settings, "get" | "set" | "saveAsync">;

/** "tagged" when saved now, "already" when the workbook was tagged before, "failed" otherwise. */
export type AutoOpenOutcome = "tagged" | "already" | "failed";

export async function openPaneWithDocument(
  settings: DocumentSettings,
  warn: (message: string) => void = (message) => console.warn(message)
): Promise<AutoOpenOutcome> {
  try {
    if (settings.get(AUTO_OPEN_SETTING) === true) return "already";
    settings.set(AUTO_OPEN_SETTING, true);
    await new Promise<void>((resolve, reject) => {
      settings.saveAsync((result) => {
        if (String(result.status) === "succeeded") resolve();
        else reject(new Error(result.error?.message ?? "the setting was not saved"));
      });
    });
    return "tagged";
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    warn(`The workbook was set up, but Office could not tag it to open the planner: ${reason}`);
    return "failed";
  }
}
