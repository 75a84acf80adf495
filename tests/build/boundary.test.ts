/**
 * The boundary contract of FUNCTIONS.md, checked on the production build exactly as Excel uses
 * it: functions.json as metadata, functions.js loaded where only `CustomFunctions` exists.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { postProcessMetadata } from "../../scripts/functions-metadata.cjs";

interface ParameterMetadata {
  name: string;
  description?: string;
  type: string;
  dimensionality?: string;
  optional?: boolean;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: ParameterMetadata[];
  result: { type?: string; dimensionality?: string };
  options?: Record<string, boolean>;
}
interface Metadata {
  allowErrorForDataTypeAny?: boolean;
  allowCustomDataForDataTypeAny?: boolean;
  functions: FunctionMetadata[];
}

const dist = path.resolve(__dirname, "../../dist");
const metadata = JSON.parse(readFileSync(path.join(dist, "functions.json"), "utf8")) as Metadata;
const byId = new Map(metadata.functions.map((f) => [f.id, f]));

/** FUNCTIONS.md's catalogue: each function's parameters, optional ones in brackets. */
const CATALOGUE: Record<string, string[]> = {
  LTP: ["service_area", "[staff_group]"],
  TARGET: ["baseline", "service_area", "staff_group", "share"],
  GAP: ["target", "in_post", "[pipeline]", "[leavers]"],
  GROWTH: ["baseline", "target", "[years]"],
  MEETS: ["baseline", "target", "[minimum]"],
  TRAJECTORY: ["baseline", "target", "[years]", "[method]"],
  SUPPLY: ["in_post", "intake", "attrition", "[years]"],
  INTAKE: ["target", "in_post", "attrition", "[years]", "[completion]"],
  SHARE: ["local_population", "national_population", "[need_index]"],
  BASELINE: ["profession", "[year]"],
  ATTRITION: ["profession"],
  TABLE: ["name"],
  SUPPLYRANGE: ["in_post", "intake", "attrition_low", "attrition_high", "[years]", "[completion_low]", "[completion_high]"], // prettier-ignore
  INTAKECONFIDENT: ["target", "in_post", "attrition_low", "attrition_high", "[years]", "[completion_low]", "[completion_high]", "[confidence]"], // prettier-ignore
  CHANCE: ["target", "in_post", "intake", "attrition_low", "attrition_high", "[years]", "[completion_low]", "[completion_high]"], // prettier-ignore
};

class ExcelError {
  constructor(
    readonly code: string,
    readonly message?: string
  ) {}
}

/** Runs the bundle in a fresh context holding nothing but CustomFunctions. */
function loadBundle(): Map<string, (...args: unknown[]) => unknown> {
  const registered = new Map<string, (...args: unknown[]) => unknown>();
  const CustomFunctions = {
    Error: ExcelError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
    associate: (id: string, fn: (...args: unknown[]) => unknown) => registered.set(id, fn),
  };
  const context = vm.createContext({ CustomFunctions });
  vm.runInContext(readFileSync(path.join(dist, "functions.js"), "utf8"), context);
  return registered;
}

describe("dist/functions.json", () => {
  it("is generated for exactly the functions of FUNCTIONS.md, ranges included", () => {
    expect(metadata.functions.map((f) => f.id).sort()).toEqual(Object.keys(CATALOGUE).sort());
    for (const f of metadata.functions) expect(f.name).toBe(f.id);
  });

  it("declares each function's parameters in the contract's order, optional ones optional", () => {
    for (const [id, params] of Object.entries(CATALOGUE)) {
      const f = byId.get(id)!;
      expect(f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name))).toEqual(params);
    }
  });

  it("takes every parameter as a matrix of any values and returns a matrix that spills", () => {
    for (const f of metadata.functions) {
      expect(f.result.dimensionality).toBe("matrix");
      expect(f.result.type ?? "any").toBe("any");
      for (const p of f.parameters) {
        expect(p.type).toBe("any");
        expect(p.dimensionality).toBe("matrix");
      }
    }
  });

  it("describes every function and parameter, with a help URL to its page", () => {
    for (const f of metadata.functions) {
      expect(f.description?.length).toBeGreaterThan(20);
      expect(f.helpUrl).toBe(`https://localhost:3000/docs/functions/${f.id.toLowerCase()}.html`);
      for (const p of f.parameters) expect(p.description?.length).toBeGreaterThan(5);
    }
  });

  it("lets error values in input ranges reach the functions", () => {
    expect(metadata.allowErrorForDataTypeAny).toBe(true);
  });

  it("lets data-type values reach the functions (which read them as plain values)", () => {
    // custom-functions-metadata emits this flag; with it Excel passes cells as data types
    // (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-data-types-concepts).
    expect(metadata.allowCustomDataForDataTypeAny).toBe(true);
  });

  it("is pure: nothing volatile, streaming or reading the workbook", () => {
    for (const f of metadata.functions) {
      const options = f.options ?? {};
      for (const flag of ["volatile", "stream", "requiresAddress", "requiresParameterAddresses"]) {
        expect(options[flag] ?? false).toBe(false);
      }
    }
  });
});

describe("the metadata post-processing step", () => {
  it("adds allowErrorForDataTypeAny and points help URLs at the production host", () => {
    const out = postProcessMetadata(
      { functions: [{ id: "X", helpUrl: "https://localhost:3000/docs/functions/x.html" }] },
      (text: string) => text.replace("https://localhost:3000/", "https://planner.example.nhs.uk/")
    );
    expect(out.allowErrorForDataTypeAny).toBe(true);
    expect(out.functions[0]?.helpUrl).toBe("https://planner.example.nhs.uk/docs/functions/x.html");
  });
});

describe("dist/functions.js loaded as Excel loads it", () => {
  const registered = loadBundle();

  /** Arguments as Excel passes them for matrix parameters: [[x]] per value, null when omitted. */
  const invoke = (id: string, ...args: unknown[]) => {
    const f = byId.get(id)!;
    const values = f.parameters.map((p, i) =>
      args[i] === undefined ? null : Array.isArray(args[i]) ? args[i] : [[args[i]]]
    );
    return registered.get(id)!(...values) as unknown[][];
  };

  it("registers every function of functions.json through CustomFunctions.associate", () => {
    expect([...registered.keys()].sort()).toEqual(metadata.functions.map((f) => f.id).sort());
  });

  it("computes from the embedded tables", () => {
    expect(invoke("LTP", "CYP")).toEqual([[3910]]);
    expect(invoke("LTP", [["IAPT"], ["MHST"]], "All")).toEqual([[2860], [2500]]);
    expect(invoke("TARGET", 100, "Perinatal", "Psychologists", 0.1)).toEqual([[121]]);
    expect(invoke("GAP", [[120, 80]], 100, 5)).toEqual([[15, -25]]);
    expect(invoke("MEETS", 16000, 26640)).toEqual([[true]]);
    expect(invoke("TRAJECTORY", 100, 160)).toEqual([[100, 115, 130, 145, 160]]);
    expect(invoke("SUPPLY", 100, [[10, 20]], 0)).toEqual([[100, 110, 130]]);
    expect(invoke("INTAKE", 200, 100, 0, 4)).toEqual([[25]]);
    expect(invoke("BASELINE", "All")).toEqual([[16000]]);
    expect(invoke("ATTRITION", "PWP")).toEqual([[0.3]]);
    expect(invoke("TABLE", "Table2")[3]).toEqual([
      expect.stringContaining("Total"),
      10640,
      "Total incl MHST",
    ]);
    const growth = invoke("GROWTH", 100, 121, 2)[0]![0] as number;
    expect(growth).toBeCloseTo(0.1, 12);
    expect(invoke("SHARE", 5, 10)).toEqual([[0.5]]);
    // The range functions, with ranges of no width, agree with PP.SUPPLY and PP.INTAKE.
    const path = [100, 110, 119, 127.10000000000001, 134.39000000000001];
    expect(invoke("SUPPLYRANGE", 100, 20, 0.1, 0.1)).toEqual([path, path, path]);
    expect(invoke("INTAKECONFIDENT", 200, 100, 0, 0)).toEqual([[25]]);
    expect(invoke("CHANCE", 200, 100, 25, 0, 0)).toEqual([[1]]);
    const [[chance]] = invoke("CHANCE", 120, 100, 20, 0.1, 0.18) as [[number]];
    expect(chance).toBeCloseTo(0.479, 3);
  });

  it("returns errors as CustomFunctions.Error values, with messages for #VALUE! and #N/A only", () => {
    const [[unknown]] = invoke("LTP", "Dermatology") as [[ExcelError]];
    expect(unknown).toBeInstanceOf(ExcelError);
    expect(unknown.code).toBe("#N/A");
    expect(unknown.message).toMatch(/^Unknown service area 'Dermatology'/);
    const [[num]] = invoke("GAP", -1, 0) as [[ExcelError]];
    expect(num).toBeInstanceOf(ExcelError);
    expect(num.code).toBe("#NUM!");
    expect(num.message).toBeUndefined();
    const [[, passed]] = invoke("GAP", [[1, new ExcelError("#DIV/0!")]], 0) as [
      [number, ExcelError],
    ];
    expect(passed.code).toBe("#DIV/0!");
  });

  it("reads data-type values as Excel passes them: an error data type keeps its code", () => {
    // The runtime hands each data-type argument over as its parsed JSON (office-js
    // custom-functions-runtime, _transferCustomFunctionRichData), in the Excel JavaScript API's
    // schema: https://learn.microsoft.com/javascript/api/excel/excel.div0errorcellvalue
    const div0 = { type: "Error", basicType: "Error", basicValue: "#DIV/0!", errorType: "Div0" };
    const [[error]] = invoke("GAP", div0, 1) as [[ExcelError]];
    expect(error).toBeInstanceOf(ExcelError);
    expect(error.code).toBe("#DIV/0!");
    expect(error.message).toBeUndefined();
    const double = { type: "Double", basicType: "Double", basicValue: 120 };
    expect(invoke("GAP", double, 100)).toEqual([[20]]);
    const name = { type: "String", basicType: "String", basicValue: "CYP" };
    expect(invoke("LTP", name)).toEqual(invoke("LTP", "CYP"));
  });
});
