/**
 * The task pane's only door to the workbook's scenarios. Two implementations keep the same
 * contract: Excel (Office.js) and an in-memory workbook for preview mode in a plain browser.
 * Each action re-reads what it changes from the workbook, so it acts on the rows as they are now,
 * including a co-author's edits, and writes only the cells it changes.
 */
import type { Scenario, ScenarioBook, ScenarioValues } from "../core/scenarios";

export type ScenarioChanges = Partial<ScenarioValues> & { readonly notes?: string };

export interface ScenarioStore {
  /** "excel" when connected to a workbook, "preview" for the in-memory one. */
  readonly mode: "excel" | "preview";
  /** Reads the table as found; never writes. */
  read(): Promise<ScenarioBook>;
  /**
   * Creates what is missing: the sheet, the table with a first scenario, the active-scenario
   * cell with its drop-down, columns the table lacks and the defined names. Existing rows and
   * cells are left as they are.
   */
  setUp(): Promise<void>;
  add(scenario: Scenario): Promise<void>;
  /** Writes only the given fields of the named scenario. */
  update(name: string, changes: ScenarioChanges): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  duplicate(from: string, to: string): Promise<void>;
  remove(name: string): Promise<void>;
  setActive(name: string): Promise<void>;
  /** Calls `listener` when the scenario sheet changes (by hand, by a co-author, by formulas). */
  subscribe(listener: () => void): Promise<() => void>;
}

/** A refused action, worded for the planner; the workbook is unchanged. */
export class ScenarioActionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ScenarioActionError";
  }
}
