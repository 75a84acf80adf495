/**
 * What other parts of the pane may use of workbook status: everything else in this
 * folder is its own (a lint rule keeps other features to this file).
 */
export { FoundTablePrompt, useFoundTable } from "./FoundTablePrompt";
export { ProblemList } from "./ProblemList";
export { SetUpPrompt } from "./SetUpPrompt";
export { SOURCES_SHEET, fixButton, needsUpgrade, plannerSheets } from "./workbookState";
