/**
 * The first run's steps, worked out from the workbook as it is: scenarios set up, the active
 * scenario's local assumptions entered, a planning sheet inserted. Planners come back a few times
 * a year, so each step says done or not from the real workbook state, never from memory of what
 * the pane did. Pure, apart from the browser storage that remembers the planner hid the guide.
 */
import {
  POINT_ASSUMPTIONS,
  findScenario,
  type Assumption,
  type AssumptionKey,
  type ScenarioBook,
  type ScenarioRow,
} from "../../core/scenarios";
import { plannerSheets } from "../workbook-status";

export type StepKey = "setUp" | "assumptions" | "plan";

export interface FirstRunStep {
  readonly key: StepKey;
  readonly done: boolean;
}

/** The assumptions a new scenario leaves empty and the plan's formulas need, in the form's order. */
export const LOCAL_ASSUMPTIONS: readonly AssumptionKey[] = Object.freeze([
  "share",
  "attrition",
  "completion",
]);

/** The active scenario, when the table has one by that name. */
export function activeScenario(book: ScenarioBook): ScenarioRow | undefined {
  if (book.status !== "ready" || book.active === "") return undefined;
  return book.scenarios[findScenario(book.scenarios, book.active)];
}

/**
 * The assumptions of the active scenario that its defined names would give as #N/A (empty, or a
 * cell that cannot be read), in the table's order: each makes some of the plan's cells #N/A.
 */
export function missingAssumptions(book: ScenarioBook): Assumption[] {
  const active = activeScenario(book);
  // A range's ends are optional: empty, the names give the assumption's own value.
  if (active === undefined) return book.status === "ready" ? [...POINT_ASSUMPTIONS] : [];
  return POINT_ASSUMPTIONS.filter((a) => active.values[a.key] === null);
}

export function firstRunSteps(
  book: ScenarioBook,
  sheets: readonly string[] | null
): FirstRunStep[] {
  const ready = book.status === "ready";
  const missing = new Set(missingAssumptions(book).map((a) => a.key));
  return [
    { key: "setUp", done: ready },
    {
      key: "assumptions",
      done:
        ready &&
        activeScenario(book) !== undefined &&
        !POINT_ASSUMPTIONS.some((a) => missing.has(a.key)),
    },
    { key: "plan", done: sheets !== null && plannerSheets(sheets).plans.length > 0 },
  ];
}

/** The first step not yet done, or null when all are. */
export function nextStep(steps: readonly FirstRunStep[]): StepKey | null {
  return steps.find((s) => !s.done)?.key ?? null;
}

/** The browser storage key that remembers the planner hid the guide (per browser). */
export const HIDDEN_KEY = "pp-workforce-planner.first-run-hidden";

/** Whether the guide was hidden in this browser; storage that cannot be read counts as not. */
export function readHidden(storage: Pick<Storage, "getItem"> | null): boolean {
  try {
    return storage?.getItem(HIDDEN_KEY) === "true";
  } catch {
    return false;
  }
}

/** Remembers the choice where the browser allows; the pane works the same where it does not. */
export function writeHidden(
  storage: Pick<Storage, "setItem" | "removeItem"> | null,
  hidden: boolean
): void {
  try {
    if (hidden) storage?.setItem(HIDDEN_KEY, "true");
    else storage?.removeItem(HIDDEN_KEY);
  } catch {
    // Storage refused (private browsing, a locked-down webview): the choice lasts this session.
  }
}

/** The browser's local storage, or null where there is none or it may not be touched. */
export function browserStorage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null;
  }
}
