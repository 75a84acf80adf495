/**
 * What the planner has typed into a scenario's form, compared with what the workbook holds.
 * Kept apart from the form so the rules (what counts as a change, what a save writes, how a
 * re-read merges with unsaved typing, when someone else changed a cell being edited) read in one
 * place.
 */
import {
  ASSUMPTIONS,
  rangeProblems,
  type AssumptionKey,
  type ScenarioRow,
  type ScenarioValues,
} from "../../core/scenarios";
import { formatAssumption, parseAssumption } from "../../core/scenarioInput";
import type { ScenarioChanges } from "../../workbook/store";

export type FieldTexts = Readonly<Record<AssumptionKey, string>>;

/** A cell as read: its number, empty (null), or "invalid" when it holds something unreadable. */
export type Stored = number | null | "invalid";

export interface Draft {
  /** The scenario as last read, which the texts are compared against. */
  readonly source: ScenarioRow;
  readonly texts: FieldTexts;
  readonly notes: string;
  /**
   * For each field being edited, the cell as it was when the planner started: if the workbook
   * now holds something else (a co-author, or the planner in the sheet), the form says so.
   */
  readonly seen: Readonly<Partial<Record<AssumptionKey, Stored>>>;
  readonly notesSeen: string | null;
}

export function stored(scenario: ScenarioRow, key: AssumptionKey): Stored {
  return scenario.invalid[key] !== undefined ? "invalid" : (scenario.values[key] ?? null);
}

export function draftOf(scenario: ScenarioRow): Draft {
  const texts = {} as Record<AssumptionKey, string>;
  for (const a of ASSUMPTIONS) texts[a.key] = formatAssumption(scenario.values[a.key] ?? null, a);
  return { source: scenario, texts, notes: scenario.notes, seen: {}, notesSeen: null };
}

/**
 * True when the planner changed the field: its text differs from the text the form showed for the
 * stored value, and it would write something else (or cannot be read). The shown text is rounded
 * to ten significant digits, so comparing numbers instead would count a share such as
 * =PP.SHARE(...)'s 0.0123456789012 as changed untouched, and a save would write it rounded.
 */
export function fieldChanged(draft: Draft, key: AssumptionKey): boolean {
  const assumption = ASSUMPTIONS.find((a) => a.key === key);
  if (assumption === undefined) return false;
  const text = draft.texts[key].trim();
  if (text === formatAssumption(draft.source.values[key] ?? null, assumption)) return false;
  const parsed = parseAssumption(text, assumption);
  return "problem" in parsed || parsed.value !== (draft.source.values[key] ?? null);
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
  const seen: Partial<Record<AssumptionKey, Stored>> = {};
  for (const a of ASSUMPTIONS) {
    if (fieldChanged(draft, a.key)) {
      texts[a.key] = draft.texts[a.key];
      seen[a.key] = a.key in draft.seen ? draft.seen[a.key] : stored(draft.source, a.key);
    } else {
      texts[a.key] = fresh.texts[a.key];
    }
  }
  const keepNotes = notesChanged(draft);
  return {
    source: next,
    texts,
    notes: keepNotes ? draft.notes : next.notes,
    seen,
    notesSeen: keepNotes ? (draft.notesSeen ?? draft.source.notes) : null,
  };
}

/** The workbook's value now, when it changed under a field the planner is editing; else none. */
export function changedMeanwhile(draft: Draft, key: AssumptionKey): { now: Stored } | null {
  if (!(key in draft.seen) || !fieldChanged(draft, key)) return null;
  const now = stored(draft.source, key);
  return draft.seen[key] === now ? null : { now };
}

export function notesChangedMeanwhile(draft: Draft): boolean {
  return draft.notesSeen !== null && notesChanged(draft) && draft.notesSeen !== draft.source.notes;
}

export type SaveCheck =
  | { readonly ok: true; readonly changes: ScenarioChanges; readonly expected: ScenarioChanges }
  | { readonly ok: false; readonly problems: Partial<Record<AssumptionKey, string>> };

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * What a save would write (only the changed fields), or why it cannot. `expected` holds what the
 * form showed for those cells (the last read, with any change made meanwhile pointed out), so
 * the workbook refuses the save if they changed again since.
 */
export function checkSave(draft: Draft): SaveCheck {
  const problems: Partial<Record<AssumptionKey, string>> = {};
  const changes: Mutable<ScenarioChanges> = {};
  const expected: Mutable<ScenarioChanges> = {};
  const next: Mutable<ScenarioValues> = { ...draft.source.values };
  for (const a of ASSUMPTIONS) {
    // A field the planner did not change is never written, nor checked: its cell keeps its value.
    if (!fieldChanged(draft, a.key)) continue;
    const parsed = parseAssumption(draft.texts[a.key], a);
    if ("problem" in parsed) {
      problems[a.key] = parsed.problem;
    } else {
      next[a.key] = parsed.value;
      changes[a.key] = parsed.value;
      const now = stored(draft.source, a.key);
      // An unreadable cell is expected to be still unreadable (the store reads it as undefined).
      expected[a.key] = now === "invalid" ? undefined : now;
    }
  }
  // A range's ends in order around the value, as the form will save them.
  for (const [key, message] of Object.entries(rangeProblems(next))) {
    problems[key as AssumptionKey] ??= message;
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  if (notesChanged(draft)) {
    changes.notes = draft.notes.trim();
    expected.notes = draft.source.notes;
  }
  return { ok: true, changes, expected };
}

/**
 * The changed fields whose cell holds a formula in the workbook: saving them replaces the
 * formula, so the planner is asked first.
 */
export function formulaFields(draft: Draft, changes: ScenarioChanges): AssumptionKey[] {
  return ASSUMPTIONS.filter(
    (a) => changes[a.key] !== undefined && draft.source.formulas?.[a.key] !== undefined
  ).map((a) => a.key);
}
