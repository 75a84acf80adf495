/**
 * Which store the pane picks. Office.onReady is the only judge: inside Excel the workbook, however
 * long Office takes; preview only where there is no Office host (office.js missing, or loaded in
 * a plain browser, where the real Office.onReady resolves with host null: office.debug.js,
 * OSF._OfficeAppFactory initialize, `isPlainBrowser`).
 */
import { chooseStore, officeHost } from "../../../src/taskpane/shared/startup";
import { MemoryWorkbook } from "../../../src/workbook/memoryWorkbook";
import type { PlannerStore } from "../../../src/taskpane/shared/plannerStore";

const globals = globalThis as unknown as { Office?: unknown };

function setOffice(onReady: () => Promise<{ host: string | null }>): void {
  globals.Office = { HostType: { Excel: "Excel", Word: "Word" }, onReady };
}

afterEach(() => {
  delete globals.Office;
  jest.useRealTimers();
});

describe("officeHost", () => {
  it("is none without office.js", async () => {
    expect(await officeHost()).toBe("none");
  });

  it("is none in a plain browser, where onReady resolves with host null", async () => {
    setOffice(() => Promise.resolve({ host: null }));
    expect(await officeHost()).toBe("none");
  });

  it("is none when office.js cannot start", async () => {
    setOffice(() => Promise.reject(new Error("Office.js has not fully loaded")));
    expect(await officeHost()).toBe("none");
  });

  it("tells Excel from another Office application", async () => {
    setOffice(() => Promise.resolve({ host: "Excel" }));
    expect(await officeHost()).toBe("excel");
    setOffice(() => Promise.resolve({ host: "Word" }));
    expect(await officeHost()).toBe("other");
  });
});

describe("chooseStore", () => {
  const excelStore = { kind: "excel" } as unknown as PlannerStore;

  it("waits for a slow Excel and connects, never falling back to the sample", async () => {
    jest.useFakeTimers();
    let answer: (info: { host: string }) => void = () => undefined;
    setOffice(() => new Promise((resolve) => (answer = resolve)));
    let chosen: PlannerStore | undefined;
    void chooseStore(async () => excelStore, "").then((store) => (chosen = store));
    await jest.advanceTimersByTimeAsync(60_000);
    expect(chosen).toBeUndefined();
    answer({ host: "Excel" });
    await jest.advanceTimersByTimeAsync(0);
    expect(chosen).toBe(excelStore);
  });

  it("previews the sample without Office", async () => {
    const store = await chooseStore(async () => excelStore, "?latency=0");
    expect(store).toBeInstanceOf(MemoryWorkbook);
  });
});
