/**
 * The planning sheet's sheet and table names, apart from the code that builds the sheet: the
 * pane's first screen names the plan without loading that code.
 */
export const PLAN_SHEET = "PP Plan";
export const PLAN_TABLE = "PP_Plan";
