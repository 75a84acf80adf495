/**
 * What other parts of the pane may use of getting started: everything else in this
 * folder is its own (a lint rule keeps other features to this file).
 */
export { MissingAssumptions } from "./MissingAssumptions";
