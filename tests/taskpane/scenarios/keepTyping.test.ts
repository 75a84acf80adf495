/**
 * What the planner typed, and what they did not, reaches the workbook as they meant it: untouched
 * fields are never written (not even rounded), a decimal comma is refused rather than misread,
 * and a fraction in a percentage field is questioned without being refused.
 */
import { ASSUMPTIONS, type AssumptionKey, type ScenarioRow } from "../../../src/core/scenarios";
import { parseAssumption } from "../../../src/core/scenarioInput";
import { fractionHint } from "../../../src/taskpane/scenarios/entryHints";
import {
  checkSave,
  draftOf,
  isDirty,
  type Draft,
} from "../../../src/taskpane/scenarios/scenarioDraft";
import { OncePerRequest } from "../../../src/taskpane/shared/useActOnce";
import { MemoryWorkbook } from "../../../src/workbook/memoryWorkbook";
import { sampleSheet } from "../../../src/workbook/samples";

const SHARE = 1;
/** What =PP.SHARE(120000, 56000000) gives: more digits than the form shows. */
const COMPUTED_SHARE = 120000 / 56000000;

const assumption = (key: AssumptionKey) => {
  const found = ASSUMPTIONS.find((a) => a.key === key);
  if (found === undefined) throw new Error(key);
  return found;
};

async function central(store: MemoryWorkbook): Promise<ScenarioRow> {
  const found = (await store.read()).scenarios.find((s) => s.name === "Central");
  if (found === undefined) throw new Error("no Central");
  return found;
}

const typed = (draft: Draft, key: AssumptionKey, text: string): Draft => ({
  ...draft,
  texts: { ...draft.texts, [key]: text },
});

describe("a share with more digits than the form shows", () => {
  it("is not a change, and saving only a note leaves its cell exactly as it was", async () => {
    const store = new MemoryWorkbook(sampleSheet("sample"));
    store.editByHand((sheet) => {
      sheet.rows[0]![SHARE] = COMPUTED_SHARE;
    });
    const draft = draftOf(await central(store));
    expect(draft.texts.share).toBe("0.2142857143");
    expect(isDirty(draft)).toBe(false);

    const check = checkSave({ ...draft, notes: "Agreed with the ICS." });
    expect(check).toEqual({
      ok: true,
      changes: { notes: "Agreed with the ICS." },
      expected: { notes: "Illustration only: replace with your system's figures." },
    });
    if (!check.ok) return;
    await store.update("Central", check.changes, check.expected);
    expect(store.snapshot()?.rows[0]?.[SHARE]).toBe(COMPUTED_SHARE);
  });

  it("is written once the planner types a value of their own in its place", async () => {
    const store = new MemoryWorkbook(sampleSheet("sample"));
    store.editByHand((sheet) => {
      sheet.rows[0]![SHARE] = COMPUTED_SHARE;
    });
    const draft = typed(draftOf(await central(store)), "share", "0.25");
    expect(isDirty(draft)).toBe(true);
    expect(checkSave(draft)).toEqual({
      ok: true,
      changes: { share: 0.0025 },
      expected: { share: COMPUTED_SHARE },
    });
  });

  it("counts the same value typed another way (2.0 for 2) as no change", async () => {
    const store = new MemoryWorkbook(sampleSheet("sample"));
    const draft = typed(draftOf(await central(store)), "share", " 2.0% ");
    expect(isDirty(draft)).toBe(false);
    expect(checkSave(draft)).toEqual({ ok: true, changes: {}, expected: {} });
  });
});

describe("commas in a typed value", () => {
  const share = assumption("share");
  const horizon = assumption("horizon");

  it("refuses a decimal comma, showing the entry with a point", () => {
    expect(parseAssumption("2,5", share)).toEqual({ problem: "Use a point for decimals: 2.5." });
    expect(parseAssumption("2,5%", share)).toEqual({ problem: "Use a point for decimals: 2.5%." });
    expect(parseAssumption("0,025", share)).toEqual({
      problem: "Use a point for decimals: 0.025.",
    });
    expect(parseAssumption("4,5", horizon)).toEqual({ problem: "Use a point for decimals: 4.5." });
    expect(parseAssumption("1,2,5", share)).toEqual({
      problem: "Use a point for decimals, and commas only between thousands (1,000).",
    });
  });

  it("still reads commas between thousands", () => {
    expect(parseAssumption("1,000", share)).toMatchObject({
      problem: expect.stringMatching(/1000%/),
    });
    expect(parseAssumption("2,5", share)).not.toEqual({ value: 0.25 });
    expect(parseAssumption("25", share)).toEqual({ value: 0.25 });
  });

  it("keeps the form's save from writing a misread comma", async () => {
    const store = new MemoryWorkbook(sampleSheet("sample"));
    const check = checkSave(typed(draftOf(await central(store)), "share", "2,5"));
    expect(check).toEqual({ ok: false, problems: { share: "Use a point for decimals: 2.5." } });
  });
});

describe("a fraction typed into a percentage field", () => {
  const share = assumption("share");

  it("is accepted as typed, and the likelier reading is offered", () => {
    expect(parseAssumption("0.02", share)).toEqual({ value: 0.0002 });
    expect(fractionHint("0.02", share)).toEqual({ typed: "0.02", suggested: "2" });
    expect(fractionHint(" .125 ", share)).toEqual({ typed: ".125", suggested: "12.5" });
  });

  it("asks nothing of a percentage, a % sign, or a field of years", () => {
    expect(fractionHint("2", share)).toBeNull();
    expect(fractionHint("0.02%", share)).toBeNull();
    expect(fractionHint("0", share)).toBeNull();
    expect(fractionHint("0.5", assumption("horizon"))).toBeNull();
  });
});

describe("a dialog's action", () => {
  it("runs once per request, however often its button is pressed while the dialog closes", () => {
    const once = new OncePerRequest();
    const first = { name: "Regional plan" };
    const runs: string[] = [];
    expect(once.isDone(first)).toBe(false);
    expect(once.run(first, () => runs.push("first"))).toBe(true);
    expect(once.run(first, () => runs.push("first again"))).toBe(false);
    expect(once.isDone(first)).toBe(true);
    // The next request, even with the same content, is a new question.
    const second = { name: "Regional plan" };
    expect(once.run(second, () => runs.push("second"))).toBe(true);
    expect(once.run(null, () => runs.push("none"))).toBe(false);
    expect(runs).toEqual(["first", "second"]);
  });
});
