/**
 * A real formula engine (HyperFormula) with the PP functions registered, to evaluate the sheets
 * the add-in writes. The PP functions are the add-in's own (src/functions, through the
 * CustomFunctions stand-in), handed their arguments as Excel hands them: ranges as matrices,
 * blanks as null, error cells as errors. Two things an engine must know that Excel works out
 * itself: how wide PP.TRAJECTORY and PP.SUPPLYRANGE spill (1 + the horizon under test), and what a structured
 * reference such as PP_Plan[Target WTE] covers; `structuredToA1` rewrites those to A1 ranges.
 */
import {
  ArraySize,
  CellError,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ImplementedFunctions,
} from "hyperformula";
import { columnLetters } from "../../src/core/a1";
import { FakeCustomFunctionsError } from "./customFunctionsGlobal";
import type { FakeExcel } from "./excelFake";
import { fns } from "./pp";

type Raw = string | number | boolean | null;

const ARITY: Record<string, number> = {
  LTP: 2,
  TARGET: 4,
  GAP: 4,
  GROWTH: 3,
  MEETS: 3,
  TRAJECTORY: 4,
  SUPPLY: 4,
  INTAKE: 5,
  SHARE: 3,
  BASELINE: 2,
  ATTRITION: 1,
  TABLE: 1,
  SUPPLYRANGE: 7,
  INTAKECONFIDENT: 8,
  CHANCE: 8,
};

const ERROR_TYPES: Record<string, ErrorType> = {
  "#VALUE!": ErrorType.VALUE,
  "#N/A": ErrorType.NA,
  "#NUM!": ErrorType.NUM,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#REF!": ErrorType.REF,
  "#NAME?": ErrorType.NAME,
};

let trajectoryWidth = 5;

function toExcel(value: unknown): unknown {
  if (value instanceof SimpleRangeValue) return value.data.map((row) => row.map(toExcel));
  if (value instanceof CellError) {
    const code = Object.entries(ERROR_TYPES).find(([, type]) => type === value.type)?.[0];
    return new FakeCustomFunctionsError(code ?? "#VALUE!");
  }
  if (typeof value === "symbol" || value === undefined) return null; // HyperFormula's empty value
  return value;
}

function fromExcel(value: unknown): Raw | CellError {
  if (value instanceof FakeCustomFunctionsError) {
    return new CellError(ERROR_TYPES[value.code] ?? ErrorType.VALUE, value.message);
  }
  return value as Raw;
}

class PPPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = Object.fromEntries(
    Object.entries(ARITY).map(([name, arity]) => [
      `PP.${name}`,
      {
        method: "call",
        parameters: Array.from({ length: arity }, (_, i) => ({
          argumentType: FunctionArgumentType.ANY,
          optionalArg: i > 0,
        })),
        vectorizationForbidden: true,
        ...(name === "TRAJECTORY" ? { sizeOfResultArrayMethod: "trajectorySize" } : {}),
        ...(name === "SUPPLYRANGE" ? { sizeOfResultArrayMethod: "bandSize" } : {}),
      },
    ])
  );

  call(ast: { procedureName: string; args: unknown[] }, state: unknown): unknown {
    const name = ast.procedureName.replace(/^PP\./, "");
    const fn = fns[name.toLowerCase()];
    const metadata = this.metadata(ast.procedureName);
    return this.runFunction(ast.args as never, state as never, metadata, (...args: unknown[]) => {
      const excelArgs = Array.from({ length: ARITY[name] ?? args.length }, (_, i) => {
        const v = args[i];
        if (v === undefined) return null;
        const x = toExcel(v);
        return Array.isArray(x) ? x : [[x]];
      });
      const result = (fn as (...a: unknown[]) => unknown[][])(...excelArgs);
      const cells = result.map((row) => row.map(fromExcel));
      if (cells.length === 1 && cells[0]?.length === 1) return cells[0][0] ?? "";
      return SimpleRangeValue.onlyValues(cells as never);
    });
  }

  trajectorySize(): ArraySize {
    return new ArraySize(trajectoryWidth, 1);
  }

  /** PP.SUPPLYRANGE: P10, P50 and P90 rows over the same years as a trajectory. */
  bandSize(): ArraySize {
    return new ArraySize(trajectoryWidth, 3);
  }
}

HyperFormula.registerFunctionPlugin(PPPlugin, {
  enGB: Object.fromEntries(Object.keys(ARITY).map((n) => [`PP.${n}`, `PP.${n}`])),
});

export interface EngineSheet {
  readonly name: string;
  /** Row 1 first; formulas as text starting with "=". */
  readonly cells: readonly (readonly Raw[])[];
}

export function buildEngine(
  sheets: readonly EngineSheet[],
  names: Readonly<Record<string, Raw | string>>,
  options: { horizon: number }
): HyperFormula {
  trajectoryWidth = options.horizon + 1;
  const hf = HyperFormula.buildFromSheets(
    Object.fromEntries(sheets.map((s) => [s.name, s.cells.map((r) => [...r])])),
    {
      licenseKey: "gpl-v3",
      language: "enGB",
      useArrayArithmetic: true,
      // Excel calculates in full double precision and shows a value from its first 15
      // significant digits ("Number precision: 15 digits", Excel specifications and limits,
      // https://support.microsoft.com/office/1672b34d-7043-467e-8e27-269d656771c3; "Floating-point
      // arithmetic may give inaccurate results in Excel",
      // https://learn.microsoft.com/office/troubleshoot/excel/floating-point-arithmetic-inaccurate-result).
      // HyperFormula's default rounds every result to 10 digits, which moves a value such as
      // -0.94999999999982 (a gap of 2048.05 - 1567 - 482) to -0.95, shown "-1.0" where Excel
      // shows "-0.9".
      precisionRounding: 15,
    }
  );
  for (const [name, expression] of Object.entries(names)) hf.addNamedExpression(name, expression);
  return hf;
}

/** A cell's value: numbers, text, booleans, "" for empty, or the error code. */
export function valueAt(hf: HyperFormula, sheet: string, address: string): Raw {
  const id = hf.getSheetId(sheet);
  if (id === undefined) throw new Error(`No sheet ${sheet}`);
  const at = hf.simpleCellAddressFromString(address, id);
  if (!at) throw new Error(`Bad address ${address}`);
  const v = hf.getCellValue(at);
  if (v === null) return "";
  if (typeof v === "object") return (v as { value: string }).value;
  return v;
}

/** Rewrites Table[Column] references to the A1 range of that column's data rows. */
export function structuredToA1(
  formula: string,
  tables: readonly {
    name: string;
    sheet: string;
    headers: readonly string[];
    top: number;
    left: number;
    rows: number;
  }[]
): string {
  return formula.replace(
    /([A-Za-z_][A-Za-z0-9_]*)\[([^\]]+)\]/g,
    (whole, table: string, column: string) => {
      const t = tables.find((x) => x.name.toLowerCase() === table.toLowerCase());
      if (!t) return whole;
      const c = t.headers.findIndex(
        (h) => h.toLowerCase() === column.replace(/'(.)/g, "$1").toLowerCase()
      );
      if (c < 0) throw new Error(`No column ${column} in ${table}`);
      const letters = columnLetters(t.left + c);
      return `'${t.sheet}'!$${letters}$${t.top + 1}:$${letters}$${t.top + t.rows}`;
    }
  );
}

/**
 * The fake workbook's sheets and names, as written by the add-in, loaded into the engine: range
 * names become absolute references, formula names keep their formula with structured references
 * rewritten to A1.
 */
export function engineFromWorkbook(excel: FakeExcel, options: { horizon: number }): HyperFormula {
  const tables = excel.tables.map((t) => ({
    name: t.name,
    sheet: t.sheet.name,
    headers: Array.from({ length: t.width }, (_, c) => String(t.sheet.get(t.top, t.left + c))),
    top: t.top,
    left: t.left,
    rows: t.rows,
  }));
  const sheets = excel.sheets.map((sheet) => {
    let rows = 0;
    let columns = 0;
    for (const key of sheet.cells.keys()) {
      const [r, c] = key.split(",").map(Number);
      rows = Math.max(rows, r ?? 0);
      columns = Math.max(columns, (c ?? 0) + 1);
    }
    const cells = Array.from({ length: rows }, (_, r) =>
      Array.from({ length: columns }, (_, c) => {
        const v = sheet.get(r + 1, c);
        if (v === "") return null;
        return typeof v === "string" && v.startsWith("=") ? structuredToA1(v, tables) : (v as Raw);
      })
    );
    return { name: sheet.name, cells };
  });
  const names: Record<string, string> = {};
  for (const n of excel.names) {
    names[n.name] =
      "sheet" in n
        ? `='${n.sheet.name}'!$${columnLetters(n.column)}$${n.row}`
        : structuredToA1(n.formula, tables);
  }
  return buildEngine(sheets, names, options);
}
