/**
 * Excel's data-type values read as the plain values they stand for. functions.json allows custom
 * data for `any` parameters (`allowCustomDataForDataTypeAny`), so Excel may hand a cell over as a
 * data-type object rather than a plain number, string, boolean or error:
 *
 * - https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-data-types-concepts
 *   (custom functions take data types as arguments in the same JSON schema as the Excel
 *   JavaScript API; they accept an error data type but keep only the CustomFunctions.Error codes)
 * - https://learn.microsoft.com/javascript/api/excel/excel.doublecellvalue
 *   (`{ type: "Double", basicValue: number }`), excel.formattednumbercellvalue
 *   (`{ type: "FormattedNumber", basicValue: number, numberFormat }`), excel.stringcellvalue,
 *   excel.booleancellvalue, excel.emptycellvalue (`basicValue: ""`), excel.valuetypenotavailablecellvalue
 * - https://learn.microsoft.com/javascript/api/excel/excel.div0errorcellvalue
 *   (`{ type: "Error", basicValue?: "#DIV/0!", errorType?: "Div0" }`, both optional)
 * - office-js custom-functions-runtime (`_transferCustomFunctionRichData` parses each rich
 *   argument's JSON and passes the object on as it is; `CreateCustomFunctionInstance` reads the
 *   number or code of the same JSON from `primitive`).
 *
 * Only this module knows the shapes; everything else reads cells through `plainCell`, and only
 * for cells that are objects, so plain numbers never pay for it.
 */
import { PlanError } from "./errors";

/** `ErrorCellValueType` names as Excel spells them, with the code each error shows. */
const CODE_BY_ERROR_TYPE: ReadonlyMap<string, string> = new Map([
  ["Div0", "#DIV/0!"],
  ["NotAvailable", "#N/A"],
  ["Value", "#VALUE!"],
  ["Num", "#NUM!"],
  ["Null", "#NULL!"],
  ["Name", "#NAME?"],
  ["Ref", "#REF!"],
  ["Spill", "#SPILL!"],
  ["Calc", "#CALC!"],
  ["Busy", "#BUSY!"],
  ["Blocked", "#BLOCKED!"],
  ["Connect", "#CONNECT!"],
  ["Field", "#FIELD!"],
  ["GettingData", "#GETTING_DATA"],
  ["External", "#EXTERNAL!"],
  ["Python", "#PYTHON!"],
]);

/** One shared, frozen error cell per code: a column of error values allocates nothing per cell. */
const ERROR_CELLS = new Map<string, { readonly code: string }>();
const ERROR_CELLS_LIMIT = 256;
function errorCell(code: string): { readonly code: string } {
  const hit = ERROR_CELLS.get(code);
  if (hit) return hit;
  const cell = Object.freeze({ code });
  if (ERROR_CELLS.size < ERROR_CELLS_LIMIT) ERROR_CELLS.set(code, cell);
  return cell;
}

interface RichValue {
  readonly type?: unknown;
  readonly basicValue?: unknown;
  readonly primitive?: unknown;
  readonly errorType?: unknown;
  readonly code?: unknown;
}

/**
 * The plain value a data-type cell stands for: a number, string, boolean, null (empty) or an error
 * cell `{ code }`. Anything else (plain values, CustomFunctions.Error, entities, images) comes back
 * unchanged, for the caller's own rules.
 */
export function plainCell(value: unknown): unknown {
  if (typeof value !== "object" || value === null || value instanceof PlanError) return value;
  const rich = value as RichValue;
  const type = rich.type;
  if (typeof type !== "string") return value;
  const basic = rich.basicValue !== undefined ? rich.basicValue : rich.primitive;
  switch (type) {
    case "Double":
    case "FormattedNumber":
      return typeof basic === "number" ? basic : value;
    case "String":
      return typeof basic === "string" ? basic : value;
    case "Boolean":
      return typeof basic === "boolean" ? basic : value;
    case "Empty":
      return null;
    case "NotAvailable":
      // A value this version of Excel cannot serialise; its basic value is all there is.
      return typeof basic === "number" || typeof basic === "string" || typeof basic === "boolean"
        ? basic
        : value;
    case "Error": {
      // A CustomFunctions.Error already carries its code: the callers read it as it is.
      if (typeof rich.code === "string" && rich.code.startsWith("#")) return value;
      if (typeof basic === "string" && basic.startsWith("#")) return errorCell(basic);
      const byType =
        typeof rich.errorType === "string" ? CODE_BY_ERROR_TYPE.get(rich.errorType) : undefined;
      return errorCell(byType ?? "#VALUE!");
    }
    default:
      return value;
  }
}
