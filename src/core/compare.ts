/**
 * Scenarios side by side: for each, the plan sheet's total target, gap and yearly intake, from the
 * plan's input cells and the same row rules as the sheet's formulas (planRowValues), so the
 * comparison always matches what the sheet shows when that scenario is active.
 */
import { PlanError } from "./errors";
import { planRowValues, type PlanInputs, type PlanValue } from "./planSheet";
import type { Scenario } from "./scenarios";
import { planPeriod } from "./years";

export interface ScenarioTotals {
  readonly name: string;
  /** Null when no row could be computed (see `notes`). */
  readonly target: number | null;
  readonly gap: number | null;
  readonly intake: number | null;
  /** Plain-words reasons a total is missing or incomplete. */
  readonly notes: readonly string[];
  /** The financial years the scenario plans over, e.g. "2025/26 to 2029/30"; null when unset. */
  readonly period?: string | null;
}

interface Sum {
  total: number;
  counted: number;
  errors: Set<string>;
}

const newSum = (): Sum => ({ total: 0, counted: 0, errors: new Set() });

function add(sum: Sum, value: PlanValue): void {
  if (typeof value === "number") {
    sum.total += value;
    sum.counted++;
  } else if (value instanceof PlanError) {
    sum.errors.add(value.message || value.code);
  }
}

export function scenarioTotals(scenario: Scenario, rows: readonly PlanInputs[]): ScenarioTotals {
  const sums = { target: newSum(), gap: newSum(), intake: newSum() };
  for (const row of rows) {
    const values = planRowValues(row, scenario.values);
    add(sums.target, values.target);
    add(sums.gap, values.gap);
    add(sums.intake, values.intake);
  }
  const notes = new Set<string>();
  for (const sum of Object.values(sums)) for (const e of sum.errors) notes.add(e);
  const total = (sum: Sum): number | null =>
    sum.counted > 0 && sum.errors.size === 0 ? sum.total : null;
  if (sums.target.counted === 0 && sums.target.errors.size === 0) {
    notes.add("The plan has no rows with a baseline yet.");
  }
  return {
    name: scenario.name,
    target: total(sums.target),
    gap: total(sums.gap),
    intake: total(sums.intake),
    notes: [...notes],
    period:
      scenario.values.startYear === null || scenario.values.horizon === null
        ? null
        : planPeriod(scenario.values.startYear, scenario.values.horizon),
  };
}

export function compareScenarios(
  scenarios: readonly Scenario[],
  rows: readonly PlanInputs[]
): ScenarioTotals[] {
  return scenarios.map((s) => scenarioTotals(s, rows));
}
