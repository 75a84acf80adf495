/**
 * What other parts of the pane may use of compare: everything else in this
 * folder is its own (a lint rule keeps other features to this file).
 */
export { chosenPlan } from "./comparison";
