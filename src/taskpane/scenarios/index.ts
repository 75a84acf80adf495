/**
 * What other parts of the pane may use of scenarios: everything else in this
 * folder is its own (a lint rule keeps other features to this file).
 */
export { describeFailure } from "./useScenarioBook";
export type { Outcome, Write } from "./useScenarioBook";
