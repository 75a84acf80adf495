/**
 * The Excel workbook layer against office-addin-mock objects (tests/support/excelFake.ts): what
 * each action writes, what it leaves alone, and how many context.sync() calls it costs.
 */
import {
  ASSUMPTIONS,
  COLUMN_HEADERS,
  CURRENT_LAYOUT,
  DEFINED_NAMES,
  initialValues,
  upgradeSteps,
  type ScenarioValues,
} from "../../src/core/scenarios";
import { columnLetters } from "../../src/core/a1";
import { OfficeWorkbook } from "../../src/workbook/officeWorkbook";
import { ScenarioActionError } from "../../src/workbook/store";
import { FakeExcel, scenarioWorkbook, type FakeSheet, officeStore } from "../support/excelFake";

const HEADERS = [...COLUMN_HEADERS];
/** The range ends' columns (layout 3), empty: no range. */
const RANGE_HEADERS = ["Attrition low", "Attrition high", "Completion low", "Completion high"];
const NO_RANGE = ["", "", "", ""];
/** The columns of a workbook set up at layout 2, before the range columns. */
const LAYOUT2_HEADERS = HEADERS.filter((h) => !RANGE_HEADERS.includes(h) && h !== "Start year");
const row = (name: string, share: unknown = 0.02, notes = ""): unknown[] => [
  name,
  share,
  0,
  0.6,
  4,
  0.12,
  0.9,
  2025,
  ...NO_RANGE,
  notes,
];
const rows = (n: number): unknown[][] =>
  Array.from({ length: n }, (_, i) => row(`Scenario ${i + 1}`));

function open(excel: FakeExcel): { store: OfficeWorkbook; syncs: jest.SpyInstance } {
  const syncs = jest.spyOn(excel.context, "sync");
  const store = officeStore(excel);
  return { store, syncs };
}

function ready(n: number, active = "Scenario 1"): { excel: FakeExcel; sheet: FakeSheet } {
  return scenarioWorkbook({ headers: HEADERS, rows: rows(n), active, names: DEFINED_NAMES });
}

/** Syncs the action costs, on a table of `n` scenarios. */
async function syncsFor(
  n: number,
  action: (store: OfficeWorkbook) => Promise<unknown>
): Promise<number> {
  const { excel } = ready(n);
  const { store, syncs } = open(excel);
  await action(store);
  return syncs.mock.calls.length;
}

describe("setting up an empty workbook", () => {
  it("creates the sheet, the table with a first scenario, the active cell and every name in 3 syncs", async () => {
    const excel = new FakeExcel();
    const { store, syncs } = open(excel);
    await store.setUp();
    // One to find nothing exists, one to create it all and read the names back, one to rewrite
    // the names Excel stored as fixed ranges (office-js #740).
    expect(syncs).toHaveBeenCalledTimes(3);
    for (const n of ["PP_ScenarioNames", ...ASSUMPTIONS.map((a) => a.definedName)]) {
      const name = excel.findName(n);
      expect(name && "formula" in name ? name.formula : "").toContain("PP_Scenarios[");
    }

    const table = excel.tableValues("PP_Scenarios");
    expect(table.headers).toEqual(HEADERS);
    const plan = initialValues();
    expect(table.rows).toEqual([
      [
        "Central",
        "",
        plan.uplift,
        plan.minGrowth,
        plan.horizon,
        "",
        "",
        plan.startYear,
        ...NO_RANGE,
        "",
      ],
    ]);
    expect(plan.minGrowth).toBe(0.6);
    expect(plan.horizon).toBe(4);
    // The plan starts from the financial year the scenario is created in.
    expect(plan.startYear).toBe(
      new Date().getMonth() >= 3 ? new Date().getFullYear() : new Date().getFullYear() - 1
    );
    expect(excel.nameValue("PP_Active")).toBe("Central");
    expect(excel.names.map((n) => n.name).sort()).toEqual([...DEFINED_NAMES, "PP_Layout"].sort());
    expect(excel.findName("PP_Layout")).toMatchObject({ formula: `=${CURRENT_LAYOUT}` });

    const sheet = excel.findSheet("PP Scenarios") as FakeSheet;
    expect(sheet.get(1, 0)).toBe("Active scenario");
    expect(sheet.validations.get("1,1")).toEqual({
      list: { inCellDropDown: true, source: "=PP_ScenarioNames" },
    });
    // Percentages show as percentages: share, uplift, minimum, attrition, completion, range ends.
    expect([...sheet.numberFormats.entries()].sort()).toEqual(
      ["4,1", "4,10", "4,11", "4,2", "4,3", "4,5", "4,6", "4,8", "4,9"].map((k) => [k, "0.0%"])
    );

    const book = await store.read();
    expect(book.status).toBe("ready");
    expect(book.problems).toEqual([]);
    expect(book.scenarios.map((s) => s.name)).toEqual(["Central"]);
    expect(book.active).toBe("Central");
  });

  it("gives each assumption a name that reads the active row, or #N/A while its cell is empty", async () => {
    const excel = new FakeExcel();
    await open(excel).store.setUp();
    const formula = (name: string): string => {
      const n = excel.findName(name);
      return n && "formula" in n ? n.formula : "";
    };
    expect(formula("PP_Share")).toBe(
      "=IF(ISBLANK(INDEX(PP_Scenarios[Local share],MATCH(PP_Active,PP_Scenarios[Scenario],0)))," +
        "NA(),INDEX(PP_Scenarios[Local share],MATCH(PP_Active,PP_Scenarios[Scenario],0)))"
    );
    expect(formula("PP_Horizon")).toContain("PP_Scenarios[Horizon (years)]");
    expect(formula("PP_ScenarioNames")).toBe("=PP_Scenarios[Scenario]");
    for (const a of ASSUMPTIONS) expect(formula(a.definedName)).toContain(`[${a.header}]`);
  });

  it("tags the workbook so Office opens the planner for the next person, once", async () => {
    const excel = new FakeExcel();
    const { store } = open(excel);
    await store.setUp();
    expect(excel.settingsValues.get("Office.AutoShowTaskpaneWithDocument")).toBe(true);
    await store.setUp();
    expect(excel.settingsSaves).toBe(1);
  });

  it("reads an absent table as missing, without writing anything", async () => {
    const excel = new FakeExcel();
    const { store, syncs } = open(excel);
    expect((await store.read()).status).toBe("missing");
    expect(syncs).toHaveBeenCalledTimes(1);
    expect(excel.written).toEqual([]);
    await expect(store.update("Central", { share: 0.1 })).rejects.toThrow(ScenarioActionError);
  });
});

describe("sync counts do not grow with the number of scenarios", () => {
  const actions: [string, (store: OfficeWorkbook) => Promise<unknown>, number][] = [
    ["read", (s) => s.read(), 2],
    ["add", (s) => s.add({ name: "New", values: initialValues(), notes: "" }), 3],
    ["update", (s) => s.update("Scenario 2", { share: 0.05, notes: "Revised" }), 3],
    ["rename", (s) => s.rename("Scenario 1", "Renamed"), 3],
    ["duplicate", (s) => s.duplicate("Scenario 2", "Copy"), 3],
    ["delete", (s) => s.remove("Scenario 1"), 3],
    ["make active", (s) => s.setActive("Scenario 2"), 3],
    ["repair", (s) => s.setUp(), 3],
  ];
  it.each(actions)(
    "%s costs the same syncs for 2 and 500 scenarios",
    async (_, action, expected) => {
      expect(await syncsFor(2, action)).toBe(expected);
      expect(await syncsFor(500, action)).toBe(expected);
    }
  );
});

describe("writes touch only what the action changes", () => {
  it("update writes only the given cells of that row", async () => {
    const { excel } = ready(3);
    const { store } = open(excel);
    await store.update("Scenario 2", { share: 0.05, notes: "Revised" });
    expect(excel.written).toEqual([
      "'PP Scenarios'!B5",
      `'PP Scenarios'!${columnLetters(HEADERS.indexOf("Notes"))}5`,
    ]);
    expect(excel.tableValues("PP_Scenarios").rows[1]).toEqual([
      "Scenario 2",
      0.05,
      0,
      0.6,
      4,
      0.12,
      0.9,
      2025,
      ...NO_RANGE,
      "Revised",
    ]);
  });

  it("a co-author's edit to another row between the pane's reads survives", async () => {
    const { excel, sheet } = ready(3);
    const { store } = open(excel);
    await store.read();
    await excel.editByHand(sheet, () => sheet.set(6, 1, 0.033));
    await store.update("Scenario 1", { attrition: 0.2 });
    const table = excel.tableValues("PP_Scenarios").rows;
    expect(table[2]?.[1]).toBe(0.033);
    expect(table[0]?.[5]).toBe(0.2);
  });

  it("never writes over a cell a co-author changed since the pane read it", async () => {
    const { excel, sheet } = ready(2);
    const { store } = open(excel);
    const seen = (await store.read()).scenarios[0]!;
    await excel.editByHand(sheet, () => sheet.set(4, 1, 0.03));
    await expect(
      store.update(
        "Scenario 1",
        { share: 0.05, notes: "mine" },
        { share: seen.values.share, notes: seen.notes }
      )
    ).rejects.toThrow(/Local share of "Scenario 1" changed in the workbook/);
    expect(excel.written).toEqual([]);
    expect(sheet.get(4, 1)).toBe(0.03);
    // Fields nobody else touched still save when the pane passes what it showed.
    await store.update("Scenario 1", { attrition: 0.2 }, { attrition: seen.values.attrition });
    expect(excel.written).toEqual(["'PP Scenarios'!F4"]);
  });

  it("finds the row by name as it is now, even after a co-author sorted the table", async () => {
    const { excel, sheet } = ready(3);
    const { store } = open(excel);
    await store.read();
    // Reverse the rows by hand, as a sort would.
    const before = excel.tableValues("PP_Scenarios").rows;
    before.reverse().forEach((cells, r) => cells.forEach((v, c) => sheet.set(4 + r, c, v)));
    await store.update("Scenario 1", { share: 0.07 });
    expect(excel.written).toEqual(["'PP Scenarios'!B6"]);
  });

  it("add appends one row; the first add into an emptied table reuses its blank row", async () => {
    const { excel } = ready(1);
    const { store } = open(excel);
    await store.add({ name: "Second", values: { ...initialValues(), share: 0.01 }, notes: "n" });
    expect(excel.structural).toEqual(["add row 2"]);
    expect(excel.tableValues("PP_Scenarios").rows[1]).toEqual([
      "Second",
      0.01,
      0,
      0.6,
      4,
      "",
      "",
      initialValues().startYear,
      ...NO_RANGE,
      "n",
    ]);

    await store.remove("Scenario 1");
    await store.remove("Second");
    expect(excel.tableValues("PP_Scenarios").rows).toEqual([HEADERS.map(() => "")]);
    expect(excel.nameValue("PP_Active")).toBe("");
    await store.add({ name: "Fresh", values: initialValues(), notes: "" });
    expect(excel.tableValues("PP_Scenarios").rows.map((r) => r[0])).toEqual(["Fresh"]);
    expect(excel.nameValue("PP_Active")).toBe("Fresh");
  });

  it("writes notes that look like formulas as text", async () => {
    const { excel } = ready(1);
    const { store } = open(excel);
    await store.update("Scenario 1", { notes: "=see finance" });
    await store.add({ name: "Other", values: initialValues(), notes: "+10% agreed" });
    await store.duplicate("Scenario 1", "Copy");
    const rows = excel.tableValues("PP_Scenarios").rows;
    expect(rows.map((r) => r[HEADERS.indexOf("Notes")])).toEqual([
      "=see finance",
      "+10% agreed",
      "=see finance",
    ]);
    expect((await store.read()).scenarios.map((s) => s.notes)).toEqual([
      "=see finance",
      "+10% agreed",
      "=see finance",
    ]);
  });

  it("rename changes the name cell, and the active cell when it was active", async () => {
    const { excel } = ready(2);
    const { store } = open(excel);
    await store.rename("scenario 1", "Central");
    expect(excel.written).toEqual(["'PP Scenarios'!A4", "'PP Scenarios'!B1"]);
    expect(excel.nameValue("PP_Active")).toBe("Central");
    await store.rename("Scenario 2", "Stretch");
    expect(excel.nameValue("PP_Active")).toBe("Central");
  });

  it("duplicate copies the row exactly, invalid cells and notes included", async () => {
    const { excel } = scenarioWorkbook({
      headers: HEADERS,
      rows: [row("Odd", "about 2%", "keep me")],
      active: "Odd",
      names: DEFINED_NAMES,
    });
    const { store } = open(excel);
    await store.duplicate("Odd", "Odd (copy)");
    expect(excel.tableValues("PP_Scenarios").rows[1]).toEqual(
      row("Odd (copy)", "about 2%", "keep me")
    );
  });

  it("deleting the active scenario makes the next one active", async () => {
    const { excel } = ready(3, "Scenario 2");
    const { store } = open(excel);
    await store.remove("Scenario 2");
    expect(excel.structural).toEqual(["delete row 2"]);
    expect(excel.tableValues("PP_Scenarios").rows.map((r) => r[0])).toEqual([
      "Scenario 1",
      "Scenario 3",
    ]);
    expect(excel.nameValue("PP_Active")).toBe("Scenario 1");
  });

  it("make active writes the active cell alone, with the name as the table spells it", async () => {
    const { excel } = ready(3);
    const { store } = open(excel);
    await store.setActive("SCENARIO 3");
    expect(excel.written).toEqual(["'PP Scenarios'!B1"]);
    expect(excel.nameValue("PP_Active")).toBe("Scenario 3");
  });
});

describe("refused actions change nothing", () => {
  const refusals: [string, (store: OfficeWorkbook) => Promise<unknown>, RegExp][] = [
    [
      "a duplicate name on add",
      (s) => s.add({ name: "scenario 2", values: initialValues(), notes: "" }),
      /already exists/,
    ],
    [
      "a blank name",
      (s) => s.add({ name: "  ", values: initialValues(), notes: "" }),
      /Give the scenario a name/,
    ],
    ["a formula-like name", (s) => s.rename("Scenario 1", "=1+1"), /formula/],
    ["renaming onto another", (s) => s.rename("Scenario 1", "Scenario 2"), /already exists/],
    ["a share above 100%", (s) => s.update("Scenario 1", { share: 1.5 }), /Local share must be/],
    [
      "a fractional horizon",
      (s) => s.update("Scenario 1", { horizon: 4.5 } as Partial<ScenarioValues>),
      /whole number/,
    ],
    ["attrition of 100%", (s) => s.update("Scenario 1", { attrition: 1 }), /not including 1/],
    ["zero completion", (s) => s.update("Scenario 1", { completion: 0 }), /above 0%/],
    ["an unknown scenario", (s) => s.setActive("Nope"), /no scenario called "Nope"/],
  ];
  it.each(refusals)("%s", async (_, action, message) => {
    const { excel } = ready(2);
    const { store } = open(excel);
    const before = excel.tableValues("PP_Scenarios");
    await expect(action(store)).rejects.toThrow(message);
    await expect(action(store)).rejects.toBeInstanceOf(ScenarioActionError);
    expect(excel.written).toEqual([]);
    expect(excel.tableValues("PP_Scenarios")).toEqual(before);
  });
});

describe("a malformed table is read as found and reported, never rewritten", () => {
  const headers = HEADERS.filter((h) => h !== "Training completion" && h !== "Start year");
  const malformed = (): { excel: FakeExcel; sheet: FakeSheet } =>
    scenarioWorkbook({
      headers,
      rows: [
        ["Central", 0.02, 0, 0.6, 4, 0.1, ...NO_RANGE, "ok"],
        ["High", "about 3%", 0.1, 0.6, 4, 1.5, ...NO_RANGE, "bad cells"],
        ["central", 0.025, 0, 0.6, 4, 0.1, ...NO_RANGE, "duplicate"],
        ["", 0.02, 0, 0.6, 4.5, 0.1, ...NO_RANGE, "no name"],
        [42, -0.1, 0, 0.6, 4, 0.1, ...NO_RANGE, "number as a name"],
      ],
      active: "Gone",
      names: DEFINED_NAMES.filter((n) => n !== "PP_Completion" && n !== "PP_StartYear"),
      at: { row: 5, column: 2 },
    });

  it("lists every problem with its cell address and keeps every row", async () => {
    const { excel } = malformed();
    const { store } = open(excel);
    const book = await store.read();
    expect(excel.written).toEqual([]);
    expect(book.scenarios.map((s) => s.name)).toEqual(["Central", "High", "central", "", "42"]);
    expect(book.problems.map((p) => p.address)).toEqual([
      "'PP Scenarios'!C5",
      "'PP Scenarios'!D7",
      "'PP Scenarios'!H7",
      "'PP Scenarios'!C8",
      "'PP Scenarios'!C9",
      "'PP Scenarios'!G9",
      "'PP Scenarios'!D10",
      "PP_Active",
      "Defined names",
    ]);
    const messages = book.problems.map((p) => p.message).join("\n");
    expect(messages).toContain('no "Training completion" and "Start year" columns');
    expect(messages).toContain("Local share holds the text 'about 3%'");
    expect(messages).toContain("Annual attrition must be a yearly rate");
    expect(messages).toContain("\"central\" is also the name of the scenario at 'PP Scenarios'!C6");
    expect(messages).toContain("no name");
    expect(messages).toContain("Horizon must be a whole number");
    expect(messages).toContain("Local share must be a share from 0 to 1");
    expect(messages).toContain('"Gone" is not in the table');
    expect(messages).toContain("PP_Completion");
    const high = book.scenarios[1];
    expect(high?.values.share).toBeNull();
    expect(high?.invalid.share).toMatch(/holds the text/);
    expect(high?.values.uplift).toBe(0.1);
  });

  it("repair adds only the missing column and name, leaving every cell as it was", async () => {
    const { excel } = malformed();
    const { store, syncs } = open(excel);
    const before = excel.tableValues("PP_Scenarios");
    await store.setUp();
    // Read (2), write with the added name read back, rewrite it as Excel fixed it (#740).
    expect(syncs).toHaveBeenCalledTimes(4);
    const after = excel.tableValues("PP_Scenarios");
    expect(after.headers).toEqual([...before.headers, "Training completion", "Start year"]);
    expect(after.rows.map((r) => r.slice(0, -2))).toEqual(before.rows);
    expect(after.rows.every((r) => r[r.length - 1] === "" && r[r.length - 2] === "")).toBe(true);
    expect(excel.structural).toEqual(["add column Training completion", "add column Start year"]);
    expect(excel.findName("PP_Completion")).toBeDefined();
    expect(excel.written).toEqual([]);
    const book = await store.read();
    expect(book.missingColumns).toEqual([]);
    expect(book.missingNames).toEqual([]);
  });

  it("refuses to place the active cell over someone else's content", async () => {
    const { excel, sheet } = ready(2);
    excel.names.splice(
      excel.names.findIndex((n) => n.name === "PP_Active"),
      1
    );
    sheet.set(1, 0, "Owner");
    sheet.set(1, 1, 12);
    const { store } = open(excel);
    await expect(store.setUp()).rejects.toThrow(
      /A1:B1 of the PP Scenarios sheet hold other content/
    );
    expect(excel.written).toEqual([]);
    expect(excel.findName("PP_Active")).toBeUndefined();
  });
});

describe("change events", () => {
  it("tells the pane about edits to the scenario sheet, not other sheets, until unsubscribed", async () => {
    const { excel, sheet } = ready(2);
    const other = excel.addSheet("Plan");
    const { store } = open(excel);
    await store.read();
    const listener = jest.fn();
    const unsubscribe = await store.subscribe(listener);
    await excel.editByHand(sheet, () => sheet.set(4, 1, 0.5));
    await excel.editByHand(other, () => other.set(1, 0, "x"));
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    expect(excel.handlerCount).toBe(0);
    const book = await store.read();
    expect(book.scenarios[0]?.values.share).toBe(0.5);
  });
});

describe("reopening a workbook set up by an earlier layout", () => {
  // Layout 1: set up before the layout was recorded. This one also lost a column and two names.
  const earlier = () =>
    scenarioWorkbook({
      headers: LAYOUT2_HEADERS.filter((h) => h !== "Demand uplift"),
      rows: [
        ["Central", 0.02, 0.6, 4, 0.12, 0.9, "agreed with finance"],
        ["Stretch", 0.025, 0.6, 5, "", 0.85, "'=not a formula"],
        ["Odd", "about 3%", 0.6, 4, 0.1, 0.9, "kept as typed"],
      ],
      active: "Stretch",
      names: DEFINED_NAMES.filter(
        (n) =>
          n !== "PP_Uplift" &&
          n !== "PP_ScenarioNames" &&
          n !== "PP_StartYear" &&
          !/^PP_\w+(Low|High)$/.test(n)
      ),
    });

  it("is recognised, and the pane can say what upgrading will change", async () => {
    const { excel } = earlier();
    const book = await open(excel).store.read();
    expect(book.layout).toBe(1);
    expect(upgradeSteps(book)).toEqual([
      "add the columns Demand uplift, Start year, Attrition low, Attrition high, Completion low and Completion high to the PP_Scenarios table (empty cells)",
      "add the defined names PP_ScenarioNames, PP_Uplift, PP_StartYear, PP_AttritionLow, PP_AttritionHigh, PP_CompletionLow and PP_CompletionHigh",
      "record layout 4 in the name PP_Layout (it now has layout 1)",
    ]);
    expect(excel.written).toEqual([]);
  });

  it("upgrades in place in 4 syncs, keeping every entry", async () => {
    const { excel } = earlier();
    const { store, syncs } = open(excel);
    const before = excel.tableValues("PP_Scenarios");
    const active = excel.nameValue("PP_Active");
    await store.setUp();
    // Read (2), write with added names read back, rewrite those Excel fixed (office-js #740).
    expect(syncs).toHaveBeenCalledTimes(4);
    const after = excel.tableValues("PP_Scenarios");
    expect(after.rows.map((r) => r.slice(0, -6))).toEqual(before.rows);
    expect(after.rows.every((r) => r.slice(-6).every((v) => v === ""))).toBe(true);
    expect(after.headers.slice(-6)).toEqual(["Demand uplift", "Start year", ...RANGE_HEADERS]);
    expect(excel.nameValue("PP_Active")).toBe(active);
    expect(excel.written).toEqual([]);
    const book = await store.read();
    expect(book.layout).toBe(CURRENT_LAYOUT);
    expect(upgradeSteps(book)).toEqual([]);
    expect(book.scenarios.map((s) => [s.name, s.values.share, s.notes])).toEqual([
      ["Central", 0.02, "agreed with finance"],
      ["Stretch", 0.025, "=not a formula"],
      ["Odd", null, "kept as typed"],
    ]);
  });

  it("records a newer layout over an older recorded one", async () => {
    const { excel } = scenarioWorkbook({
      headers: HEADERS,
      rows: rows(1),
      active: "Scenario 1",
      names: DEFINED_NAMES,
      layout: 1,
    });
    const { store } = open(excel);
    expect((await store.read()).layout).toBe(1);
    await store.setUp();
    expect(excel.findName("PP_Layout")).toMatchObject({ formula: `=${CURRENT_LAYOUT}` });
    expect((await store.read()).layout).toBe(CURRENT_LAYOUT);
  });

  it("upgrades a layout 2 workbook: a Start year column and PP_StartYear, every entry kept", async () => {
    const layout2 = LAYOUT2_HEADERS;
    const { excel } = scenarioWorkbook({
      headers: layout2,
      rows: [
        ["Central", 0.02, 0, 0.6, 4, 0.12, 0.9, "agreed with finance"],
        ["Stretch", "", 0.1, 0.6, 5, "about 10%", 0.85, "'=not a formula"],
      ],
      active: "Stretch",
      names: DEFINED_NAMES.filter((n) => n !== "PP_StartYear" && !/^PP_\w+(Low|High)$/.test(n)),
      layout: 2,
    });
    const { store } = open(excel);
    const earlierBook = await store.read();
    expect(upgradeSteps(earlierBook)).toEqual([
      "add the columns Start year, Attrition low, Attrition high, Completion low and Completion high to the PP_Scenarios table (empty cells)",
      "add the defined names PP_StartYear, PP_AttritionLow, PP_AttritionHigh, PP_CompletionLow and PP_CompletionHigh",
      "record layout 4 in the name PP_Layout (it now has layout 2)",
    ]);
    const before = excel.tableValues("PP_Scenarios");
    await store.setUp();
    const after = excel.tableValues("PP_Scenarios");
    expect(after.headers).toEqual([...layout2, "Start year", ...RANGE_HEADERS]);
    expect(after.rows.map((r) => r.slice(0, -5))).toEqual(before.rows);
    // Left empty for the planner: the upgrade never chooses a year (or a range) for them.
    expect(after.rows.map((r) => r.slice(-5))).toEqual([
      ["", "", "", "", ""],
      ["", "", "", "", ""],
    ]);
    expect(excel.written).toEqual([]);
    expect(excel.findName("PP_StartYear")).toMatchObject({
      formula:
        "=IF(ISBLANK(INDEX(PP_Scenarios[Start year],MATCH(PP_Active,PP_Scenarios[Scenario],0))),NA(),INDEX(PP_Scenarios[Start year],MATCH(PP_Active,PP_Scenarios[Scenario],0)))",
    });
    const book = await store.read();
    expect(book.layout).toBe(CURRENT_LAYOUT);
    expect(book.problems.filter((p) => !/about 10%/.test(p.message))).toEqual([]);
    expect(
      book.scenarios.map((s) => [s.name, s.values.share, s.values.startYear, s.notes])
    ).toEqual([
      ["Central", 0.02, null, "agreed with finance"],
      ["Stretch", null, null, "=not a formula"],
    ]);
    expect(book.scenarios[1]?.invalid.attrition).toMatch(/about 10%/);
    // Once the planner sets it, the year reads back.
    await store.update("Central", { startYear: 2025 });
    expect((await store.read()).scenarios[0]?.values.startYear).toBe(2025);
  });
});
