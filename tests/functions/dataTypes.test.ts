/**
 * Data-type inputs (FUNCTIONS.md, "Data-type inputs"). functions.json carries
 * `allowCustomDataForDataTypeAny: true` (custom-functions-metadata emits it; tests/build checks
 * it), so Excel hands cells over in the data-types JSON schema of the Excel JavaScript API:
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-data-types-concepts
 * ("Custom functions use the same JSON schema for data types as the Excel JavaScript API").
 * The office-js runtime passes each such argument on as its parsed JSON object
 * (custom-functions-runtime.js, `_transferCustomFunctionRichData`: `JSON.parse(element.value)`).
 */
import { clip } from "../../src/core/numbers";
import * as core from "../../src/core/pp";
import { boundedEditDistance, editDistance } from "../../src/core/names";
import { excelError } from "../support/customFunctionsGlobal";
import { call, expectError, one } from "../support/pp";

/** https://learn.microsoft.com/javascript/api/excel/excel.div0errorcellvalue */
const div0 = { type: "Error", basicType: "Error", basicValue: "#DIV/0!", errorType: "Div0" };
/** https://learn.microsoft.com/javascript/api/excel/excel.doublecellvalue */
const double = (n: number) => ({ type: "Double", basicType: "Double", basicValue: n });
/** https://learn.microsoft.com/javascript/api/excel/excel.formattednumbercellvalue */
const formatted = (n: number, numberFormat: string) => ({
  type: "FormattedNumber",
  basicType: "Double",
  basicValue: n,
  numberFormat,
});
/** https://learn.microsoft.com/javascript/api/excel/excel.stringcellvalue */
const text = (s: string) => ({ type: "String", basicType: "String", basicValue: s });
/** https://learn.microsoft.com/javascript/api/excel/excel.booleancellvalue */
const bool = (b: boolean) => ({ type: "Boolean", basicType: "Boolean", basicValue: b });
/** https://learn.microsoft.com/javascript/api/excel/excel.emptycellvalue */
const empty = { type: "Empty", basicType: "Empty", basicValue: "" };

describe("error data types", () => {
  it("=PP.GAP(1/0, 1) is #DIV/0! whether 1/0 arrives as an error data type or a CustomFunctions.Error", () => {
    expectError(one("GAP", div0, 1), "#DIV/0!");
    expectError(one("GAP", excelError("#DIV/0!"), 1), "#DIV/0!");
  });

  it("reads the code from errorType when basicValue is left out (both are optional)", () => {
    // Excel.ErrorCellValue: basicValue and errorType are optional; type is required.
    expectError(
      one("GAP", 10, { type: "Error", errorType: "NotAvailable" }),
      "#N/A",
      /in_post cell holds the error #N\/A/
    );
    // #SPILL! and the like cannot be returned by a custom function: explained as #VALUE!.
    expectError(one("GAP", { type: "Error", errorType: "Spill" }, 1), "#VALUE!", /#SPILL!/);
  });

  it("keeps an error data type to its own cell of a spill, and of a name lookup", () => {
    const [row] = call("GROWTH", [[100, div0, double(50)]], 160) as [unknown[]];
    expect(row[0]).toBeCloseTo(0.6, 12);
    expectError(row[1], "#DIV/0!");
    expect(row[2]).toBeCloseTo(2.2, 12);
    const names = call("LTP", [["CYP"], [{ type: "Error", basicValue: "#N/A" }]]);
    expect(names[0]![0]).toBe(3910);
    expectError(names[1]![0], "#N/A", /service_area cell holds the error #N\/A/);
    expectError(one("TRAJECTORY", 100, 160, 4, div0), "#DIV/0!");
  });
});

describe("number, text and boolean data types", () => {
  it("reads Double and formatted-number values as their numbers, in any argument", () => {
    expect(one("GAP", double(120), formatted(100, "0.0"), double(5))).toBe(15);
    expect(call("GAP", [[100, double(200), formatted(300, "#,##0")]], 50)).toEqual([
      [50, 150, 250],
    ]);
    expect(call("TRAJECTORY", double(100), formatted(160, "0"))).toEqual([
      [100, 115, 130, 145, 160],
    ]);
    expect(one("BASELINE", "All", double(2019))).toBe(16000);
    expect(one("INTAKE", 200, 100, formatted(0, "0%"), double(4))).toBe(25);
  });

  it("applies the usual ranges of validity to a data type's number", () => {
    expectError(one("GAP", double(-1), 0), "#NUM!");
    expectError(one("GROWTH", 100, 160, double(2.5)), "#NUM!");
  });

  it("reads String values as names and text, Boolean values as booleans, Empty as blank", () => {
    expect(one("LTP", text("CYP"), text("Psychologists"))).toBe(one("LTP", "CYP", "Psychologists"));
    expect(one("ATTRITION", text("PWP"))).toBe(0.3);
    expect(call("TRAJECTORY", 100, 160, 2, text("compound"))[0]![2]).toBeCloseTo(160, 9);
    expect(call("TABLE", text("Table2"))[3]![1]).toBe(10640);
    expectError(one("GAP", bool(true), 1), "#VALUE!", /target holds TRUE where a number belongs/);
    expectError(one("GAP", text("ten"), 1), "#VALUE!", /target holds the text 'ten'/);
    expect(one("GAP", 10, empty)).toBe(10);
    expectError(one("LTP", empty), "#N/A", /service_area is blank/);
  });

  it("gives #VALUE! for an entity where a number or name belongs", () => {
    // Excel.EntityCellValue: basicType "Error", basicValue "#VALUE!".
    const entity = { type: "Entity", text: "CYP", basicType: "Error", basicValue: "#VALUE!" };
    expectError(one("GAP", entity, 1), "#VALUE!", /target holds a value that is not a number/);
    expectError(one("LTP", entity), "#VALUE!");
  });
});

/** No lone surrogate: every high surrogate is followed by a low one and vice versa. */
const wellFormed = (s: string): boolean =>
  !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

describe("names that are not names", () => {
  it("refuses Object.prototype keys as a trajectory method", () => {
    for (const method of ["constructor", "toString", "__proto__", "hasOwnProperty"]) {
      expectError(one("TRAJECTORY", 100, 160, 4, method), "#VALUE!", /Unknown method/);
    }
  });

  it("never cuts an emoji in half when it shortens echoed text", () => {
    const emoji = "\u{1F600}".repeat(25); // 50 UTF-16 units; the cut falls inside the 20th.
    const clipped = clip(emoji);
    expect(wellFormed(clipped)).toBe(true);
    expect(clipped).toBe(`${"\u{1F600}".repeat(19)}…`);
    const [[error]] = call("LTP", emoji) as [[{ message: string }]];
    expect(wellFormed(error.message)).toBe(true);
    expect(clip("a".repeat(45))).toBe(`${"a".repeat(39)}…`);
  });

  it("explains a number where a name belongs, the same for every number", () => {
    expectError(one("LTP", 7), "#N/A", /service_area holds a number where the name of a service/);
    expectError(one("BASELINE", 2019), "#N/A", /profession holds a number/);
  });
});

describe("shared errors", () => {
  it("gives a column of blank names one frozen error, not one per cell", () => {
    const blanks = Array.from({ length: 1000 }, () => [null]);
    const result = core.ltp(blanks);
    const first = result.cells[0]![0];
    expect(Object.isFrozen(first)).toBe(true);
    expect(result.cells[999]![0]).toBe(first);
    // Excel receives one CustomFunctions.Error for them all, still with its message.
    const excel = call("LTP", blanks);
    expect(excel[999]![0]).toBe(excel[0]![0]);
    expectError(excel[0]![0], "#N/A", /service_area is blank/);
  });

  it("shares the explanation of the same input error code, per argument", () => {
    const result = core.gap([[div0], [excelError("#DIV/0!")], [div0]], [[1]]);
    expect(result.cells[2]![0]).toBe(result.cells[0]![0]);
    expect(result.cells[1]![0]).toBe(result.cells[0]![0]);
  });
});

describe("suggestions", () => {
  /** Plain Levenshtein, for reference. */
  const reference = (a: string, b: string): number => {
    const d = Array.from({ length: a.length + 1 }, (_, i) =>
      Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0))
    );
    for (let i = 1; i <= a.length; i++) {
      for (let j = 1; j <= b.length; j++) {
        d[i]![j] = Math.min(
          d[i - 1]![j]! + 1,
          d[i]![j - 1]! + 1,
          d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)
        );
      }
    }
    return d[a.length]![b.length]!;
  };

  it("computes the bounded edit distance exactly within the bound, and beyond it says so", () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const word = () =>
      Array.from(
        { length: Math.floor(random() * 12) },
        () => "abcde"[Math.floor(random() * 5)]
      ).join("");
    for (let n = 0; n < 2000; n++) {
      const a = word();
      const b = word();
      const limit = Math.floor(random() * 6);
      const exact = reference(a, b);
      expect(editDistance(a, b)).toBe(exact);
      const bounded = boundedEditDistance(a, b, limit);
      if (exact <= limit) expect(bounded).toBe(exact);
      else expect(bounded).toBeGreaterThan(limit);
    }
  });

  it("suggests the nearest known name, and the first of equally near ones", () => {
    expectError(one("LTP", "Perinatel"), "#N/A", /Did you mean 'Perinatal'\?/);
    expectError(one("LTP", "Inpatiant"), "#N/A", /Did you mean 'Inpatient'\?/);
    expectError(one("LTP", "gamb"), "#N/A", /Did you mean 'Gambling'\?/);
    expectError(one("BASELINE", "Counsellrs"), "#N/A", /Did you mean 'Counsellors'\?/);
    expectError(one("LTP", "Dermatology"), "#N/A", /^Unknown service area 'Dermatology'\. Known:/);
  });
});

describe("error codes Excel receives", () => {
  // https://learn.microsoft.com/javascript/api/custom-functions-runtime/customfunctions.errorcode:
  // a custom message is shown only with #VALUE! and #N/A; #REF! and #NAME? are input-only codes.
  it("attaches messages only to #VALUE! and #N/A, and returns #DIV/0!, #NUM!, #NULL! bare", () => {
    expectError(one("GROWTH", 0, 10), "#DIV/0!");
    expect((one("GROWTH", 0, 10) as { message?: string }).message).toBeUndefined();
    expectError(one("GAP", -1, 0), "#NUM!");
    expect((one("GAP", -1, 0) as { message?: string }).message).toBeUndefined();
    // #NULL! is never computed: it only passes through from an input cell.
    const passed = one("GAP", { type: "Error", errorType: "Null" }, 0) as { message?: string };
    expectError(passed, "#NULL!");
    expect(passed.message).toBeUndefined();
    expectError(one("GAP", { type: "Error", errorType: "Ref" }, 0), "#VALUE!", /#REF!/);
    expectError(one("LTP", "Nowhere"), "#N/A", /Unknown service area/);
  });
});
