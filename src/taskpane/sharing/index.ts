/**
 * What other parts of the pane may use of sharing: everything else in this
 * folder is its own (a lint rule keeps other features to this file).
 */
export { writeSources } from "./sharing";
