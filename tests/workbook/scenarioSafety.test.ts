/**
 * What the planner keeps in the scenario table survives the add-in's writes: formulas in
 * assumption cells, rows whose formulas give "", the planner's own columns, and the row an action
 * meant when a co-author sorts or deletes rows between the add-in's syncs.
 */
import {
  ASSUMPTIONS,
  COLUMN_HEADERS,
  DEFINED_NAMES,
  LIST_FORMULA,
  definedNameFormula,
  findScenario,
  sameName,
} from "../../src/core/scenarios";
import { ScenarioActionError } from "../../src/workbook/store";
import { coAuthorMoves, officeStore, scenarioWorkbook, type FakeExcel } from "../support/excelFake";

const HEADERS = [...COLUMN_HEADERS, "Owner"];

function book(rows: unknown[][]): FakeExcel {
  const { excel } = scenarioWorkbook({
    headers: HEADERS,
    rows,
    active: "Central",
    names: DEFINED_NAMES,
  });
  // Formulas of the form "=0.25+…" give their leading number.
  excel.calculator = (sheet, row, column) => {
    const cell = excel.findSheet(sheet)?.get(row, column);
    if (typeof cell !== "string" || !cell.startsWith("=")) return cell ?? "";
    if (cell === '=""' || cell.startsWith("=IF(")) return "";
    return Number(/^=(-?\d+(?:\.\d+)?)/.exec(cell)?.[1] ?? NaN);
  };
  return excel;
}

/** A row of the table by its headers, blank where none is given. */
const rowOf = (cells: Record<string, unknown>): unknown[] => HEADERS.map((h) => cells[h] ?? "");
const assumptions = (values: readonly unknown[]): Record<string, unknown> =>
  Object.fromEntries(ASSUMPTIONS.slice(0, values.length).map((a, i) => [a.header, values[i]]));
const central = rowOf({
  Scenario: "Central",
  ...assumptions(["=0.02+0*PP.SHARE(B2,B3,B4)", 0, 0.6, 4, 0.12, 0.9]),
  Owner: "Ana",
});
const high = rowOf({
  Scenario: "High",
  ...assumptions([0.03, 0.1, 0.6, 4, 0.1, 0.9]),
  Owner: "Bo",
});
const syncsOf = (excel: FakeExcel, before: number): number => excel.syncCount - before;

describe("formulas in scenario cells", () => {
  it("are read with their values, and shown as formula-driven", async () => {
    const excel = book([central, high]);
    const read = await officeStore(excel).read();
    expect(read.scenarios[0]?.values.share).toBe(0.02);
    expect(read.scenarios[0]?.formulas).toEqual({ share: "=0.02+0*PP.SHARE(B2,B3,B4)" });
    expect(read.scenarios[1]?.formulas).toBeUndefined();
  });

  it("are left alone by a save of other fields, and replaced only when that field is confirmed", async () => {
    const excel = book([central, high]);
    const store = officeStore(excel);
    const start = excel.syncCount;
    await store.update("Central", { uplift: 0.1 });
    expect(syncsOf(excel, start)).toBe(3);
    expect(excel.tableValues("PP_Scenarios").rows[0]?.[1]).toBe(central[1]);

    await expect(store.update("Central", { share: 0.05 })).rejects.toThrow(
      /worked out by a formula.*Nothing was saved/
    );
    await expect(
      store.update("Central", { share: 0.05 }, undefined, { replaceFormulas: ["uplift"] })
    ).rejects.toBeInstanceOf(ScenarioActionError);
    expect(excel.tableValues("PP_Scenarios").rows[0]?.[1]).toBe(central[1]);

    await store.update("Central", { share: 0.05 }, undefined, { replaceFormulas: ["share"] });
    expect(excel.tableValues("PP_Scenarios").rows[0]?.[1]).toBe(0.05);
  });

  it("are copied as formulas by duplicate", async () => {
    const excel = book([central, high]);
    await officeStore(excel).duplicate("Central", "Copy");
    const rows = excel.tableValues("PP_Scenarios").rows;
    expect(rows[2]).toEqual(["Copy", ...central.slice(1)]);
  });
});

describe("rows and columns that are the planner's", () => {
  it("add does not reuse a row whose formulas give an empty text", async () => {
    const excel = book([central, ['=IF(1,"","")', '=""', ...HEADERS.slice(2).map(() => "")]]);
    await officeStore(excel).add({
      name: "New",
      values: {
        share: 0.01,
        uplift: 0,
        minGrowth: 0.6,
        horizon: 4,
        attrition: null,
        completion: null,
        startYear: null,
      },
      notes: "",
    });
    const rows = excel.tableValues("PP_Scenarios").rows;
    expect(rows[1]?.[0]).toBe('=IF(1,"","")');
    expect(rows[1]?.[1]).toBe('=""');
    expect(rows[2]?.[0]).toBe("New");
  });

  it("deleting the last scenario empties its scenario cells, not the planner's own column", async () => {
    const excel = book([high]);
    await officeStore(excel).remove("High");
    expect(excel.tableValues("PP_Scenarios").rows).toEqual([rowOf({ Owner: "Bo" })]);
  });
});

describe("the row written is the row read", () => {
  const sortBeforeWrite = (excel: FakeExcel): void => {
    const start = excel.syncCount;
    excel.coAuthor = (x, sync) => {
      const t = x.findTable("PP_Scenarios");
      // After the two reads, before the write: a co-author sorts Z to A on the names.
      if (sync - start === 2 && t) coAuthorMoves.sortRows(t, 0, true);
    };
  };

  it("update: a sort between read and write puts the other row back and refuses (4 syncs)", async () => {
    const excel = book([central, high, ["Low", 0.01, 0, 0.6, 4, 0.1, 0.9, "", ""]]);
    sortBeforeWrite(excel);
    const start = excel.syncCount;
    await expect(officeStore(excel).update("Central", { uplift: 0.3 })).rejects.toThrow(
      /changed while saving.*Nothing was saved/
    );
    expect(syncsOf(excel, start)).toBe(4);
    excel.coAuthor = null;
    // Sorted by the co-author, every value where it was.
    expect(excel.tableValues("PP_Scenarios").rows.map((r) => [r[0], r[2]])).toEqual([
      ["Low", 0],
      ["High", 0.1],
      ["Central", 0],
    ]);
  });

  it("delete: a sort between read and write restores the other scenario and refuses", async () => {
    const excel = book([central, high, ["Low", 0.01, 0, 0.6, 4, 0.1, 0.9, "", ""]]);
    sortBeforeWrite(excel);
    await expect(officeStore(excel).remove("Central")).rejects.toBeInstanceOf(ScenarioActionError);
    excel.coAuthor = null;
    expect(excel.tableValues("PP_Scenarios").rows.map((r) => r[0])).toEqual([
      "Low",
      "High",
      "Central",
    ]);
  });

  it("rename: a deleted row between read and write is not renamed in its neighbour's place", async () => {
    const excel = book([central, high]);
    const start = excel.syncCount;
    excel.coAuthor = (x, sync) => {
      const t = x.findTable("PP_Scenarios");
      if (sync - start === 2 && t) coAuthorMoves.deleteRow(t, 0);
    };
    await expect(officeStore(excel).rename("Central", "Base")).rejects.toBeInstanceOf(
      ScenarioActionError
    );
    expect(excel.tableValues("PP_Scenarios").rows.map((r) => r[0])).toEqual(["High"]);
    expect(excel.nameValue("PP_Active")).toBe("Central");
  });
});

describe("names are matched as Excel's MATCH matches them", () => {
  // https://support.microsoft.com/en-us/office/match-function-e8dffd45-c762-47d6-bf89-533f4a37673a
  const scenarios = ["Ｃentral", "central", "Cent*"].map((name) => ({
    name,
    values: {
      share: null,
      uplift: null,
      minGrowth: null,
      horizon: null,
      attrition: null,
      completion: null,
      startYear: null,
    },
    notes: "",
  }));
  it("ignores case only: full-width letters are other letters", () => {
    expect(sameName("Ｃentral", "Central")).toBe(false);
    expect(sameName("CENTRAL", "central")).toBe(true);
    expect(findScenario(scenarios, "Central")).toBe(1);
  });
  it("reads * and ? in the active name as wildcards, ~ as their escape", () => {
    expect(findScenario(scenarios, "C?ntral")).toBe(1);
    expect(findScenario(scenarios, "Cent~*")).toBe(2);
    expect(findScenario(scenarios, "Cent*")).toBe(1);
  });
});

describe("a renamed column is followed through the defined names", () => {
  it("repair adds no second column, and saves go to the renamed one the formulas read", async () => {
    const { excel } = scenarioWorkbook({
      headers: [...COLUMN_HEADERS],
      rows: [["Central", 0.02, 0, 0.6, 4, 0.12, 0.9, ""]],
      active: "Central",
      names: ["PP_Active"],
    });
    // The names as the add-in writes them.
    excel.names.push({ name: "PP_ScenarioNames", comment: "", formula: LIST_FORMULA });
    for (const a of ASSUMPTIONS) {
      excel.names.push({ name: a.definedName, comment: "", formula: definedNameFormula(a) });
    }
    excel.names.push({ name: "PP_Layout", comment: "", formula: "=2" });
    const t = excel.findTable("PP_Scenarios");
    if (!t) throw new Error("table expected");
    coAuthorMoves.renameColumn(t, 1, "Share (ICS)", excel);
    expect(excel.findName("PP_Share")).toMatchObject({
      formula: expect.stringContaining("PP_Scenarios[Share (ICS)]"),
    });

    const store = officeStore(excel);
    const read = await store.read();
    expect(read.missingColumns).toEqual([]);
    expect(read.scenarios[0]?.values.share).toBe(0.02);
    await store.setUp();
    expect(excel.tableValues("PP_Scenarios").headers).toHaveLength(COLUMN_HEADERS.length);
    await store.update("Central", { share: 0.03 });
    expect(excel.tableValues("PP_Scenarios").rows[0]?.[1]).toBe(0.03);
  });
});

describe("setting up beside a table that lost its name", () => {
  it("refuses rather than write over the cells of a table converted to a range", async () => {
    const excel = book([central, high]);
    const t = excel.findTable("PP_Scenarios");
    if (!t) throw new Error("table expected");
    coAuthorMoves.convertToRange(excel, t);
    const before = [...(excel.findSheet("PP Scenarios")?.cells ?? new Map())];
    await expect(officeStore(excel).setUp()).rejects.toThrow(
      /Cells A3:[A-Z]5 of the PP Scenarios sheet hold the scenario columns but are not a table.*Nothing was changed/
    );
    expect([...(excel.findSheet("PP Scenarios")?.cells ?? new Map())]).toEqual(before);
    expect(excel.written).toEqual([]);
  });
});
