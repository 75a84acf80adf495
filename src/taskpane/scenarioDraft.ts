/**
 * What the planner has typed into a scenario's form, compared with what the workbook holds.
 * Kept apart from the form so the rules (what counts as a change, what a save writes, how a
 * re-read merges with unsaved typing) read in one place.
 */
import { ASSUMPTIONS, type AssumptionKey, type ScenarioRow } from "../core/scenarios";
import { formatAssumption, parseAssumption } from "../core/scenarioInput";
import type { ScenarioChanges } from "../workbook/store";

export type FieldTexts = Readonly<Record<AssumptionKey, string>>;

export interface Draft {
  /** The scenario as last read, which the texts are compared against. */
  readonly source: ScenarioRow;
  readonly texts: FieldTexts;
  readonly notes: string;
}

export function draftOf(scenario: ScenarioRow): Draft {
  const texts = {} as Record<AssumptionKey, string>;
  for (const a of ASSUMPTIONS) texts[a.key] = formatAssumption(scenario.values[a.key], a);
  return { source: scenario, texts, notes: scenario.notes };
}

/** True when the text would write something other than the stored value (or cannot be read). */
export function fieldChanged(draft: Draft, key: AssumptionKey): boolean {
  const assumption = ASSUMPTIONS.find((a) => a.key === key);
  if (assumption === undefined) return false;
  const parsed = parseAssumption(draft.texts[key], assumption);
  return "problem" in parsed || parsed.value !== draft.source.values[key];
}

/** The workbook reads notes trimmed, so spaces at either end are not a change. */
export function notesChanged(draft: Draft): boolean {
  return draft.notes.trim() !== draft.source.notes;
}

export function isDirty(draft: Draft): boolean {
  return notesChanged(draft) || ASSUMPTIONS.some((a) => fieldChanged(draft, a.key));
}

/**
 * The draft after the workbook was read again: fields the planner has not changed take the
 * workbook's new values; fields they have changed keep their typing, so a co-author's edit or a
 * change event never throws away unsaved work.
 */
export function mergeDraft(draft: Draft, next: ScenarioRow): Draft {
  const fresh = draftOf(next);
  const texts = {} as Record<AssumptionKey, string>;
  for (const a of ASSUMPTIONS) {
    texts[a.key] = fieldChanged(draft, a.key) ? draft.texts[a.key] : fresh.texts[a.key];
  }
  return {
    source: next,
    texts,
    notes: notesChanged(draft) ? draft.notes : next.notes,
  };
}

export type SaveCheck =
  | { readonly ok: true; readonly changes: ScenarioChanges }
  | { readonly ok: false; readonly problems: Partial<Record<AssumptionKey, string>> };

/** What a save would write (only the changed fields), or why it cannot. */
export function checkSave(draft: Draft): SaveCheck {
  const problems: Partial<Record<AssumptionKey, string>> = {};
  const changes: { -readonly [K in keyof ScenarioChanges]: ScenarioChanges[K] } = {};
  for (const a of ASSUMPTIONS) {
    const parsed = parseAssumption(draft.texts[a.key], a);
    if ("problem" in parsed) problems[a.key] = parsed.problem;
    else if (parsed.value !== draft.source.values[a.key]) changes[a.key] = parsed.value;
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  if (notesChanged(draft)) changes.notes = draft.notes.trim();
  return { ok: true, changes };
}
