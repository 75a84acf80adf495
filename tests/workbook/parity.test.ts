/**
 * Preview mode must behave as Excel does: the same actions on the in-memory workbook and on the
 * Excel layer (over office-addin-mock) leave the same scenarios, active scenario and problems.
 */
import { initialValues } from "../../src/core/scenarios";
import { MemoryWorkbook } from "../../src/workbook/memoryWorkbook";
import { sampleSheet } from "../../src/workbook/samples";
import type { ScenarioStore } from "../../src/workbook/store";
import { FakeExcel, scenarioWorkbook, officeStore } from "../support/excelFake";

type Step = [string, (store: ScenarioStore) => Promise<void>];

const steps: Step[] = [
  ["set up", (s) => s.setUp()],
  [
    "add",
    (s) => s.add({ name: "Stretch", values: { ...initialValues(), share: 0.03 }, notes: "" }),
  ],
  ["update", (s) => s.update("Central", { share: 0.02, attrition: 0.12, notes: "Agreed" })],
  ["duplicate", (s) => s.duplicate("Central", "Central (copy)")],
  ["make active", (s) => s.setActive("central (copy)")],
  ["rename the active one", (s) => s.rename("Central (copy)", "High demand")],
  ["refuse a clash", (s) => s.rename("Stretch", "HIGH DEMAND")],
  ["refuse a bad value", (s) => s.update("Stretch", { completion: 0 })],
  ["delete the active one", (s) => s.remove("High demand")],
  ["delete another", (s) => s.remove("Stretch")],
  ["delete the last", (s) => s.remove("Central")],
  [
    "add into the emptied table",
    (s) => s.add({ name: "Fresh", values: initialValues(), notes: "" }),
  ],
];

async function outcome(store: ScenarioStore, step: Step[1]): Promise<string> {
  try {
    await step(store);
    return "done";
  } catch (error) {
    return `refused: ${(error as Error).message}`;
  }
}

it("an empty workbook goes through every action the same way in preview and in Excel", async () => {
  const memory = new MemoryWorkbook(null);
  const excel = new FakeExcel();
  const office = officeStore(excel);
  const refused: string[] = [];
  for (const [label, step] of steps) {
    const [a, b] = [await outcome(memory, step), await outcome(office, step)];
    expect({ label, outcome: b }).toEqual({ label, outcome: a });
    expect(await office.read()).toEqual(await memory.read());
    if (a !== "done") refused.push(label);
  }
  expect(refused).toEqual(["refuse a clash", "refuse a bad value"]);
  expect((await memory.read()).scenarios.map((s) => s.name)).toEqual(["Fresh"]);
});

it.each(["sample", "malformed"] as const)(
  "the %s preview workbook reads as Excel reads it",
  async (kind) => {
    const sheet = sampleSheet(kind);
    if (sheet === null) throw new Error("sample expected");
    const memory = new MemoryWorkbook(sheet);
    const { excel } = scenarioWorkbook(sheet);
    const office = officeStore(excel);
    expect(await office.read()).toEqual(await memory.read());
    await memory.setUp();
    await office.setUp();
    expect(await office.read()).toEqual(await memory.read());
  }
);
