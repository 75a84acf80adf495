/** Typing into a plan's input cell in preview mode, read as the sheet's data validation would. */
import { WTE_PROBLEM, parseWteEntry } from "../../../src/taskpane/shared/cellEntry";

describe("parseWteEntry", () => {
  it("reads numbers of WTE, 0 or more, as typed", () => {
    expect(parseWteEntry("120")).toEqual({ ok: true, value: 120 });
    expect(parseWteEntry(" 12.5 ")).toEqual({ ok: true, value: 12.5 });
    expect(parseWteEntry("0")).toEqual({ ok: true, value: 0 });
    expect(parseWteEntry(".5")).toEqual({ ok: true, value: 0.5 });
    expect(parseWteEntry("1,234.5")).toEqual({ ok: true, value: 1234.5 });
    expect(parseWteEntry("1e3")).toEqual({ ok: true, value: 1000 });
  });

  it("clears the cell when nothing is typed", () => {
    expect(parseWteEntry("")).toEqual({ ok: true, value: "" });
    expect(parseWteEntry("   ")).toEqual({ ok: true, value: "" });
  });

  it("refuses what the sheet's validation refuses, in its words", () => {
    for (const text of ["-3", "abc", "12 WTE", "1,23", "Infinity", "NaN", "0x10", "--1", "1.2.3"]) {
      expect(parseWteEntry(text)).toEqual({ ok: false, problem: WTE_PROBLEM });
    }
    expect(WTE_PROBLEM).toBe("Enter a number of WTE, 0 or more.");
  });
});
