/**
 * The form's rules against the in-memory workbook: unsaved typing survives re-reads, untouched
 * fields follow the workbook, a cell changed under the planner's typing is pointed out, and a
 * save never overwrites a change it did not show.
 */
import {
  COLUMN_HEADERS,
  initialValues,
  type ScenarioBook,
  type ScenarioRow,
} from "../../../src/core/scenarios";
import {
  changedMeanwhile,
  checkSave,
  draftOf,
  isDirty,
  mergeDraft,
  notesChangedMeanwhile,
  type Draft,
} from "../../../src/taskpane/scenarios/scenarioDraft";
import { MemoryWorkbook } from "../../../src/workbook/memoryWorkbook";
import { sampleSheet } from "../../../src/workbook/samples";
import { ScenarioActionError } from "../../../src/workbook/store";

/** Column positions in the sample sheet. */
const SHARE = 1;
const ATTRITION = 5;
const NOTES = COLUMN_HEADERS.indexOf("Notes");

async function scenario(store: MemoryWorkbook, name: string): Promise<ScenarioRow> {
  const book: ScenarioBook = await store.read();
  const found = book.scenarios.find((s) => s.name === name);
  if (found === undefined) throw new Error(`no ${name}`);
  return found;
}

const typed = (draft: Draft, key: keyof Draft["texts"], text: string): Draft => ({
  ...draft,
  texts: { ...draft.texts, [key]: text },
});

describe("the scenario form's draft", () => {
  it("shows the workbook's values as typed: percentages as percentages, nothing to save", async () => {
    const store = new MemoryWorkbook(sampleSheet("sample"));
    const draft = draftOf(await scenario(store, "Central"));
    expect(draft.texts).toEqual({
      share: "2",
      uplift: "0",
      minGrowth: "60",
      horizon: "4",
      startYear: String(initialValues().startYear),
      attrition: "12",
      completion: "90",
      attritionLow: "10",
      attritionHigh: "18",
      completionLow: "80",
      completionHigh: "95",
    });
    expect(isDirty(draft)).toBe(false);
    expect(checkSave(draft)).toEqual({ ok: true, changes: {}, expected: {} });
  });

  it("saves only what changed, with the values the form showed", async () => {
    const store = new MemoryWorkbook(sampleSheet("sample"));
    let draft = typed(draftOf(await scenario(store, "Central")), "share", "2.5%");
    draft = { ...draft, notes: "  Agreed.  " };
    const check = checkSave(draft);
    expect(check).toEqual({
      ok: true,
      changes: { share: 0.025, notes: "Agreed." },
      expected: { share: 0.02, notes: "Illustration only: replace with your system's figures." },
    });
    if (!check.ok) return;
    await store.update("Central", check.changes, check.expected);
    const after = mergeDraft(draft, await scenario(store, "Central"));
    expect(isDirty(after)).toBe(false);
    expect(after.texts.share).toBe("2.5%");
  });

  it("keeps unsaved typing through a re-read, and takes the workbook's new values elsewhere", async () => {
    const store = new MemoryWorkbook(sampleSheet("sample"));
    const draft = typed(draftOf(await scenario(store, "Central")), "share", "3");
    store.editByHand((sheet) => {
      sheet.rows[0]![ATTRITION] = 0.2;
    });
    const merged = mergeDraft(draft, await scenario(store, "Central"));
    expect(merged.texts.share).toBe("3");
    expect(merged.texts.attrition).toBe("20");
    expect(changedMeanwhile(merged, "share")).toBeNull();
    expect(changedMeanwhile(merged, "attrition")).toBeNull();
    expect(checkSave(merged)).toEqual({
      ok: true,
      changes: { share: 0.03 },
      expected: { share: 0.02 },
    });
  });

  it("points out a cell changed under the planner's typing, and saves over it only once shown", async () => {
    const store = new MemoryWorkbook(sampleSheet("sample"));
    const draft = typed(draftOf(await scenario(store, "Central")), "share", "3");
    store.editByHand((sheet) => {
      sheet.rows[0]![SHARE] = 0.04;
    });
    const merged = mergeDraft(draft, await scenario(store, "Central"));
    expect(merged.texts.share).toBe("3");
    expect(changedMeanwhile(merged, "share")).toEqual({ now: 0.04 });
    // Still pointed out after a further, unrelated re-read.
    const again = mergeDraft(merged, await scenario(store, "Central"));
    expect(changedMeanwhile(again, "share")).toEqual({ now: 0.04 });

    const check = checkSave(again);
    expect(check).toEqual({ ok: true, changes: { share: 0.03 }, expected: { share: 0.04 } });
    if (!check.ok) return;
    // A change the form has not shown yet is never overwritten.
    store.editByHand((sheet) => {
      sheet.rows[0]![SHARE] = 0.05;
    });
    await expect(store.update("Central", check.changes, check.expected)).rejects.toBeInstanceOf(
      ScenarioActionError
    );
    expect((await scenario(store, "Central")).values.share).toBe(0.05);
  });

  it("says when the notes changed under the planner's typing", async () => {
    const store = new MemoryWorkbook(sampleSheet("sample"));
    const draft = { ...draftOf(await scenario(store, "Central")), notes: "Mine" };
    expect(notesChangedMeanwhile(mergeDraft(draft, await scenario(store, "Central")))).toBe(false);
    store.editByHand((sheet) => {
      sheet.rows[0]![NOTES] = "Theirs";
    });
    const merged = mergeDraft(draft, await scenario(store, "Central"));
    expect(merged.notes).toBe("Mine");
    expect(notesChangedMeanwhile(merged)).toBe(true);
  });

  it("replaces an unreadable cell only when the planner types a value and saves", async () => {
    const store = new MemoryWorkbook(sampleSheet("malformed"));
    const row = await scenario(store, "High demand");
    const draft = draftOf(row);
    expect(draft.texts.share).toBe("");
    expect(isDirty(draft)).toBe(false);
    const check = checkSave(typed(draft, "share", "3"));
    expect(check).toEqual({ ok: true, changes: { share: 0.03 }, expected: { share: undefined } });
    if (!check.ok) return;
    await store.update("High demand", check.changes, check.expected);
    const after = await scenario(store, "High demand");
    expect(after.values.share).toBe(0.03);
    expect(after.invalid.share).toBeUndefined();
  });

  it("refuses to save text that is not a value, naming the field", async () => {
    const store = new MemoryWorkbook(sampleSheet("sample"));
    const check = checkSave(typed(draftOf(await scenario(store, "Central")), "horizon", "4.5"));
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.problems.horizon).toMatch(/^Horizon must be a whole number of years/);
  });
});
