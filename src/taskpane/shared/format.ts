/** Numbers as the pane shows them: British separators, at most one decimal place. */
const wte = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat("en-GB", { style: "percent", maximumFractionDigits: 1 });

/** 1234.56 as "1,234.6", 50 as "50". */
export function formatWte(value: number): string {
  return wte.format(value);
}

/** 0.125 as "12.5%". */
export function formatPercent(fraction: number): string {
  return percent.format(fraction);
}

/** 1 as "1 year", 4 as "4 years". */
export function formatYears(years: number): string {
  return `${years} year${years === 1 ? "" : "s"}`;
}

/** How a scenario without a name is listed, so it can still be picked and renamed. */
export const UNNAMED = "(no name)";

export function scenarioLabel(name: string): string {
  return name === "" ? UNNAMED : name;
}
