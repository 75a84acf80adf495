/**
 * Planning in financial years (April to March). A plan runs from the scenario's start year for its
 * horizon; the national plan's 2019/20 to 2023/24 figures stay the published reference. The plan
 * sheet builds the same labels with formulas over PP_StartYear and PP_Horizon, so they follow the
 * active scenario; these give the pane's preview and tests the same text.
 */

/** 2025 as "2025/26"; 2099 as "2099/00", as the sheet's RIGHT(year + 1, 2) gives. */
export function financialYearLabel(start: number): string {
  return `${start}/${String(start + 1).slice(-2)}`;
}

/** The labels of a plan's years: the start year and each year to the horizon (horizon + 1 labels). */
export function planYearLabels(startYear: number, horizon: number): string[] {
  return Array.from({ length: horizon + 1 }, (_, k) => financialYearLabel(startYear + k));
}

/** "2025/26 to 2029/30". */
export function planPeriod(startYear: number, horizon: number): string {
  return `${financialYearLabel(startYear)} to ${financialYearLabel(startYear + horizon)}`;
}
