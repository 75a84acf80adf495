/**
 * The scenario table's range columns in Excel (over office-addin-mock): a layout 3 workbook
 * upgrades to layout 4 without losing an entry, the range names fall back to the value while a
 * range is empty (checked by a formula engine evaluating the names as written), and a range out
 * of order is refused without writing anything.
 */
import {
  COLUMN_HEADERS,
  CURRENT_LAYOUT,
  DEFINED_NAMES,
  upgradeSteps,
} from "../../src/core/scenarios";
import { ScenarioActionError } from "../../src/workbook/store";
import { FakeExcel, scenarioWorkbook, officeStore } from "../support/excelFake";
import { engineFromWorkbook, valueAt } from "../support/formulaEngine";

const RANGE_HEADERS = ["Attrition low", "Attrition high", "Completion low", "Completion high"];
const RANGE_NAMES = [
  "PP_AttritionLow",
  "PP_AttritionHigh",
  "PP_CompletionLow",
  "PP_CompletionHigh",
];
const LAYOUT3_HEADERS = COLUMN_HEADERS.filter((h) => !RANGE_HEADERS.includes(h));

function layout3() {
  return scenarioWorkbook({
    headers: LAYOUT3_HEADERS,
    rows: [
      ["Central", 0.02, 0, 0.6, 4, 0.12, 0.9, 2025, "agreed with finance"],
      ["Cautious", 0.018, 0.05, 0.6, 5, "", 0.85, 2025, "no attrition yet"],
      ["Odd", "about 3%", 0, 0.6, 4, 0.1, 0.9, "", "kept as typed"],
    ],
    active: "Central",
    names: DEFINED_NAMES.filter((n) => !RANGE_NAMES.includes(n)),
    layout: 3,
  });
}

describe("a workbook set up at layout 3, before ranges", () => {
  it("says what upgrading adds, and upgrades in place keeping every entry", async () => {
    const { excel } = layout3();
    const store = officeStore(excel);
    const book = await store.read();
    expect(book.layout).toBe(3);
    expect(upgradeSteps(book)).toEqual([
      "add the columns Attrition low, Attrition high, Completion low and Completion high to the PP_Scenarios table (empty cells)",
      "add the defined names PP_AttritionLow, PP_AttritionHigh, PP_CompletionLow and PP_CompletionHigh",
      `record layout ${CURRENT_LAYOUT} in the name PP_Layout (it now has layout 3)`,
    ]);
    const before = excel.tableValues("PP_Scenarios");
    await store.setUp();
    const after = excel.tableValues("PP_Scenarios");
    expect(after.headers).toEqual([...LAYOUT3_HEADERS, ...RANGE_HEADERS]);
    expect(after.rows.map((r) => r.slice(0, LAYOUT3_HEADERS.length))).toEqual(before.rows);
    expect(after.rows.every((r) => r.slice(-4).every((v) => v === ""))).toBe(true);
    expect(excel.written).toEqual([]);
    const upgraded = await store.read();
    expect(upgraded.layout).toBe(CURRENT_LAYOUT);
    expect(upgradeSteps(upgraded)).toEqual([]);
    expect(
      upgraded.scenarios.map((s) => [s.name, s.values.share, s.values.attrition, s.notes])
    ).toEqual([
      ["Central", 0.02, 0.12, "agreed with finance"],
      ["Cautious", 0.018, null, "no attrition yet"],
      ["Odd", null, 0.1, "kept as typed"],
    ]);
  });

  it("gives the value through a range name while the range is empty, and the range once set", async () => {
    const { excel } = layout3();
    const store = officeStore(excel);
    await store.setUp();
    const probe = excel.addSheet("Probe");
    RANGE_NAMES.forEach((n, i) => probe.set(1, i, `=${n}`));
    const shown = () => {
      const hf = engineFromWorkbook(excel, { horizon: 4 });
      return RANGE_NAMES.map((_, i) => valueAt(hf, "Probe", `${"ABCD"[i]}1`));
    };
    expect(shown()).toEqual([0.12, 0.12, 0.9, 0.9]);
    await store.update("Central", { attritionLow: 0.1, attritionHigh: 0.18 });
    expect(shown()).toEqual([0.1, 0.18, 0.9, 0.9]);
    // Only the two cells typed are written: the columns the upgrade added, after Notes.
    expect(excel.written).toEqual(["'PP Scenarios'!J4", "'PP Scenarios'!K4"]);
    // With no attrition and no range, the names are #N/A: nothing computes with a value nobody chose.
    await store.setActive("Cautious");
    expect(shown()).toEqual(["#N/A", "#N/A", 0.85, 0.85]);
  });

  it("refuses a range out of order around the value, writing nothing", async () => {
    const { excel } = layout3();
    const store = officeStore(excel);
    await store.setUp();
    const written = excel.written.length;
    await expect(store.update("Central", { attritionLow: 0.15 })).rejects.toThrow(
      "Attrition low (15%) must not be above the attrition itself (12%)."
    );
    await expect(store.update("Central", { completionHigh: 0.8 })).rejects.toBeInstanceOf(
      ScenarioActionError
    );
    // Moving the value past a set end is refused too.
    await store.update("Central", { attritionHigh: 0.18 });
    await expect(store.update("Central", { attrition: 0.2 })).rejects.toThrow(/must not be below/);
    expect(excel.written.length).toBe(written + 1);
  });
});

describe("a new workbook", () => {
  it("has the range columns and names from the start", async () => {
    const excel = new FakeExcel();
    await officeStore(excel).setUp();
    expect(excel.tableValues("PP_Scenarios").headers).toEqual([...COLUMN_HEADERS]);
    for (const n of RANGE_NAMES) expect(excel.findName(n)).toBeDefined();
  });
});
