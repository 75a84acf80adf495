/**
 * The comparison's rules: which scenarios can be chosen and how many, and the chart of the totals
 * compareScenarios gives for them.
 */
import type { ScenarioTotals } from "../../core/compare";
import { findByName, type ScenarioRow } from "../../core/scenarios";
import type { PlanTable } from "../../workbook/store";
import type { ChartData } from "../shared/chartScale";

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;

/** The scenarios that can be compared: named ones, each name once (the row the store acts on). */
export function comparable(scenarios: readonly ScenarioRow[]): ScenarioRow[] {
  return scenarios.filter((s, i) => s.name.trim() !== "" && findByName(scenarios, s.name) === i);
}

/** Until the planner chooses: the first four, in the table's order. */
export function initialChoice(scenarios: readonly ScenarioRow[]): string[] {
  return comparable(scenarios)
    .slice(0, MAX_COMPARED)
    .map((s) => s.name);
}

/** Ticks or unticks a scenario, keeping the others' order. */
export function toggleChoice(chosen: readonly string[], name: string, on: boolean): string[] {
  const rest = chosen.filter((n) => n !== name);
  return on ? [...rest, name] : rest;
}

/** The chosen scenarios still in the table, in the table's order. */
export function chosenScenarios(
  scenarios: readonly ScenarioRow[],
  chosen: readonly string[]
): ScenarioRow[] {
  return comparable(scenarios).filter((s) => chosen.some((n) => findByName([s], n) === 0));
}

/** Why the choice cannot be compared, or null when it can. */
export function choiceProblem(count: number): string | null {
  if (count < MIN_COMPARED) {
    return `Choose at least ${MIN_COMPARED} scenarios to compare${count === 1 ? ": 1 is chosen" : ""}.`;
  }
  if (count > MAX_COMPARED) {
    return `Choose at most ${MAX_COMPARED} scenarios, so the chart stays readable: ${count} are chosen.`;
  }
  return null;
}

export const COMPARED_SERIES = [
  { key: "target", name: "Total target WTE" },
  { key: "gap", name: "Total gap WTE" },
  { key: "intake", name: "Intake needed a year" },
] as const;

/** The chart of the three totals by scenario, as the inserted comparison sheet charts them. */
export function comparisonChart(totals: readonly ScenarioTotals[]): ChartData {
  return {
    title: "Total target, gap and yearly intake by scenario",
    categoryTitle: "Scenario",
    valueTitle: "WTE",
    categories: totals.map((t) => t.name),
    series: COMPARED_SERIES.map((s) => ({ name: s.name, values: totals.map((t) => t[s.key]) })),
  };
}

/**
 * The plan sheet the comparison adds up: the one the planner chose while it is still in the
 * workbook (table names ignore case, as Excel's do), else the first; null when there is none.
 */
export function chosenPlan(plans: readonly PlanTable[], choice: string | null): PlanTable | null {
  const chosen =
    choice === null ? undefined : plans.find((p) => p.table.toLowerCase() === choice.toLowerCase());
  return chosen ?? plans[0] ?? null;
}
