/** The first run's steps, from the workbook as it is, and remembering that the guide was hidden. */
import {
  HIDDEN_KEY,
  firstRunSteps,
  missingAssumptions,
  nextStep,
  readHidden,
  writeHidden,
} from "../../../src/taskpane/getting-started/firstRun";
import { MemoryWorkbook } from "../../../src/workbook/memoryWorkbook";
import { sampleSheet } from "../../../src/workbook/samples";

const done = (steps: ReturnType<typeof firstRunSteps>) =>
  Object.fromEntries(steps.map((s) => [s.key, s.done]));

describe("the first run's steps", () => {
  it("follow a new workbook from nothing to a plan, each step read from the workbook", async () => {
    const store = new MemoryWorkbook(null);
    let book = await store.read();
    expect(done(firstRunSteps(book, []))).toEqual({
      setUp: false,
      assumptions: false,
      plan: false,
    });
    expect(nextStep(firstRunSteps(book, []))).toBe("setUp");

    await store.setUp();
    book = await store.read();
    // The first scenario has the plan's own figures and this year as its start; the local ones are empty.
    expect(missingAssumptions(book).map((a) => a.key)).toEqual([
      "share",
      "attrition",
      "completion",
    ]);
    expect(nextStep(firstRunSteps(book, ["PP Scenarios"]))).toBe("assumptions");

    await store.update("Central", { share: 0.0234, attrition: 0.1 });
    book = await store.read();
    expect(missingAssumptions(book).map((a) => a.key)).toEqual(["completion"]);
    expect(nextStep(firstRunSteps(book, ["PP Scenarios"]))).toBe("assumptions");

    await store.update("Central", { completion: 0.9 });
    book = await store.read();
    expect(missingAssumptions(book)).toEqual([]);
    const steps = firstRunSteps(book, ["PP Scenarios"]);
    expect(done(steps)).toEqual({ setUp: true, assumptions: true, plan: false });
    expect(nextStep(steps)).toBe("plan");
    expect(nextStep(firstRunSteps(book, ["PP Scenarios", "PP Plan 2"]))).toBeNull();
  });

  it("do not count a plan as inserted until the sheets have been read", async () => {
    const store = new MemoryWorkbook(sampleSheet("sample"));
    const book = await store.read();
    expect(done(firstRunSteps(book, null))).toEqual({
      setUp: true,
      assumptions: true,
      plan: false,
    });
  });

  it("name what an upgraded workbook's active scenario still lacks: its start year", async () => {
    const store = new MemoryWorkbook(sampleSheet("malformed"));
    await store.setUp();
    const book = await store.read();
    expect(missingAssumptions(book).map((a) => a.key)).toEqual(["completion", "startYear"]);
  });

  it("count every assumption as missing when no scenario is active", async () => {
    const store = new MemoryWorkbook(sampleSheet("sample"));
    await store.setActive("Central");
    const book = { ...(await store.read()), active: "" };
    expect(missingAssumptions(book)).toHaveLength(7);
    expect(firstRunSteps(book, [])[1]?.done).toBe(false);
  });
});

describe("hiding the guide", () => {
  const memory = (): Storage => {
    const items = new Map<string, string>();
    return {
      get length() {
        return items.size;
      },
      clear: () => items.clear(),
      getItem: (k) => items.get(k) ?? null,
      key: (i) => [...items.keys()][i] ?? null,
      removeItem: (k) => void items.delete(k),
      setItem: (k, v) => void items.set(k, v),
    };
  };

  it("is remembered in the browser and undone by showing it again", () => {
    const storage = memory();
    expect(readHidden(storage)).toBe(false);
    writeHidden(storage, true);
    expect(storage.getItem(HIDDEN_KEY)).toBe("true");
    expect(readHidden(storage)).toBe(true);
    writeHidden(storage, false);
    expect(readHidden(storage)).toBe(false);
  });

  it("works without storage, or where the browser refuses it", () => {
    const refusing = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
      removeItem: () => undefined,
    };
    expect(readHidden(null)).toBe(false);
    expect(readHidden(refusing)).toBe(false);
    expect(() => writeHidden(refusing, true)).not.toThrow();
    expect(() => writeHidden(null, true)).not.toThrow();
  });
});
