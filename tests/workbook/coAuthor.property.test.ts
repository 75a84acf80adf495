/**
 * The pane's scenario actions against a co-author who, between any two of the add-in's syncs,
 * sorts the table, inserts or deletes rows, types over names or cells, renames a column or
 * converts the table to a range (tests/support/excelFake.ts, coAuthorMoves).
 *
 * A second workbook receives the same co-author moves and none of the add-in's writes. After each
 * action the real workbook must equal that one, with the action's own change applied to the row
 * it named as that row stood when the write ran, when the action succeeded; and with nothing
 * applied when it was refused with a ScenarioActionError. So no cell changes but those the
 * planner asked for and the co-author made, every planner value is written where it was meant or
 * reported unsaved, and no formula is replaced without being asked.
 */
import fc from "fast-check";
import {
  COLUMN_HEADERS,
  DEFINED_NAMES,
  initialValues,
  locateColumns,
  rowCells,
} from "../../src/core/scenarios";
import { ScenarioActionError, type ScenarioChanges } from "../../src/workbook/store";
import {
  coAuthorMoves,
  officeStore,
  scenarioWorkbook,
  type FakeExcel,
  type FakeTable,
} from "../support/excelFake";
import { typedInput } from "../support/excelWeb";

const HEADERS = [...COLUMN_HEADERS, "Owner"];
const NAMES = ["Central", "High", "Low", "Stretch"];
const FIELDS = ["share", "uplift", "attrition"] as const;

/** Formulas the fake can work out: "=0.25" or "=0.25+0*7" give 0.25. */
function calculator(excel: FakeExcel) {
  return (sheet: string, row: number, column: number): unknown => {
    const cell = excel.findSheet(sheet)?.get(row, column);
    if (typeof cell !== "string" || !cell.startsWith("=")) return cell ?? "";
    const m = /^=(-?\d+(?:\.\d+)?)/.exec(cell);
    return m ? Number(m[1]) : "#VALUE!";
  };
}

function workbook(): FakeExcel {
  const { excel } = scenarioWorkbook({
    headers: HEADERS,
    rows: [
      ["Central", 0.02, 0, 0.6, 4, 0.12, 0.9, "", "Ana"],
      ["High", "=0.03+0*1", 0.1, 0.6, 4, "=0.1+0*2", 0.9, "", '=""'],
      ["Low", 0.01, 0, 0.6, 4, 0.15, 0.8, "", ""],
      ["Stretch", 0.05, 0.2, 0.6, 5, 0.1, 0.9, "agreed", "Bo"],
    ],
    active: "Central",
    names: DEFINED_NAMES,
  });
  excel.calculator = calculator(excel);
  return excel;
}

const NONE = { kind: "none" } as const;
type Move =
  | { kind: "none" }
  | { kind: "sort"; column: number; descending: boolean }
  | { kind: "insert"; at: number; name: string }
  | { kind: "delete"; at: number }
  | { kind: "rename"; at: number; name: string }
  | { kind: "edit"; at: number; column: number; value: unknown }
  | { kind: "header"; column: number }
  | { kind: "convert" };

const move: fc.Arbitrary<Move> = fc.oneof(
  { weight: 6, arbitrary: fc.constant<Move>({ kind: "none" }) },
  fc.record({
    kind: fc.constant("sort" as const),
    column: fc.constantFrom(0, 1, 8),
    descending: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant("insert" as const),
    at: fc.nat(4),
    name: fc.constantFrom("New", "high"),
  }),
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(4) }),
  fc.record({
    kind: fc.constant("rename" as const),
    at: fc.nat(4),
    name: fc.constantFrom("Renamed", "Low"),
  }),
  fc.record({
    kind: fc.constant("edit" as const),
    at: fc.nat(4),
    column: fc.constantFrom(1, 2, 5, 8),
    value: fc.constantFrom<unknown>(0.07, "=0.4+0*9", "", "Cy"),
  }),
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant("header" as const), column: fc.constantFrom(1, 2) }),
  },
  { weight: 1, arbitrary: fc.constant<Move>({ kind: "convert" }) }
);

function apply(excel: FakeExcel, m: Move): void {
  const t = excel.findTable("PP_Scenarios");
  if (m.kind === "none" || t === undefined) return;
  if (m.kind === "sort") coAuthorMoves.sortRows(t, m.column, m.descending);
  else if (m.kind === "insert") {
    coAuthorMoves.insertRow(t, Math.min(m.at, t.rows), [m.name, 0.04, 0, 0.6, 4, 0.1, 0.9, "", ""]);
  } else if (m.kind === "delete") coAuthorMoves.deleteRow(t, m.at);
  else if (m.kind === "rename") coAuthorMoves.setCell(t, m.at, 0, m.name);
  else if (m.kind === "edit") coAuthorMoves.setCell(t, m.at, m.column, m.value);
  else if (m.kind === "header") coAuthorMoves.renameColumn(t, m.column, "Renamed column", excel);
  else coAuthorMoves.convertToRange(excel, t);
}

type Action =
  | {
      kind: "update";
      name: string;
      field: (typeof FIELDS)[number];
      value: number;
      confirm: boolean;
    }
  | { kind: "notes"; name: string; notes: string }
  | { kind: "rename"; name: string; to: string }
  | { kind: "remove"; name: string }
  | { kind: "add"; name: string }
  | { kind: "activate"; name: string };

const name = fc.constantFrom(...NAMES, "Renamed", "New");
const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({
    kind: fc.constant("update" as const),
    name,
    field: fc.constantFrom(...FIELDS),
    value: fc.constantFrom(0.05, 0.3),
    confirm: fc.boolean(),
  }),
  fc.record({ kind: fc.constant("notes" as const), name, notes: fc.constantFrom("=see HR", "ok") }),
  fc.record({ kind: fc.constant("rename" as const), name, to: fc.constantFrom("Plan B", "Other") }),
  fc.record({ kind: fc.constant("remove" as const), name }),
  fc.record({ kind: fc.constant("add" as const), name: fc.constantFrom("Extra", "Plan C") }),
  fc.record({ kind: fc.constant("activate" as const), name })
);

async function run(excel: FakeExcel, a: Action): Promise<void> {
  const store = officeStore(excel);
  if (a.kind === "update") {
    const changes: ScenarioChanges = { [a.field]: a.value };
    await store.update(a.name, changes, undefined, a.confirm ? { replaceFormulas: [a.field] } : {});
  } else if (a.kind === "notes") await store.update(a.name, { notes: a.notes });
  else if (a.kind === "rename") await store.rename(a.name, a.to);
  else if (a.kind === "remove") await store.remove(a.name);
  else if (a.kind === "add") await store.add({ name: a.name, values: initialValues(), notes: "" });
  else await store.setActive(a.name);
}

/**
 * Data rows of the table as stored (formulas as text). Apostrophe text is marked where it tells
 * (text that typed in would become a number, date or formula); elsewhere Excel's API shows the
 * same string either way.
 */
function grid(t: FakeTable): unknown[][] {
  return Array.from({ length: t.rows }, (_, r) =>
    Array.from({ length: t.width }, (_, c) => {
      const key = `${t.top + 1 + r},${t.left + c}`;
      const v = t.sheet.get(t.top + 1 + r, t.left + c);
      const tells = typeof v === "string" && (typedInput(v) !== v || /^[=+\-@]/.test(v));
      return tells && t.sheet.textCells.has(key) ? `'${v}` : v;
    })
  );
}

const sameName = (a: unknown, b: string): boolean =>
  typeof a === "string" && a.trim().toLowerCase() === b.toLowerCase();

/**
 * The action's change applied to the co-author-only workbook as it stood when the write ran; null
 * when the action could not apply there (the row gone, a formula in the way, a clash).
 */
function expectedAfter(shadow: FakeExcel, a: Action, nth = 0): FakeExcel | null {
  const t = shadow.findTable("PP_Scenarios");
  if (t === undefined) return null;
  const headers = Array.from({ length: t.width }, (_, c) => t.sheet.get(t.top, t.left + c));
  const columns = locateColumns(headers);
  const rows = grid(t);
  // With two rows of one name (a co-author's doing), the action acts on the one it read: any.
  const at =
    rows.map((r, i) => (sameName(r[0], "name" in a ? a.name : "") ? i : -1)).filter((i) => i >= 0)[
      nth
    ] ?? -1;
  // The add-in writes every text as text (a leading apostrophe), so none is read as a number,
  // date or formula.
  const asText = (value: unknown): unknown =>
    typeof value === "string" && value !== "" ? `'${value}` : value;
  const set = (column: number, value: unknown): void =>
    coAuthorMoves.setCell(t, at, column, asText(value));
  if (a.kind === "add") {
    if (rows.some((r) => sameName(r[0], a.name))) return null;
    coAuthorMoves.insertRow(
      t,
      t.rows,
      rowCells(headers, { name: a.name, values: initialValues(), notes: "" }).map(asText)
    );
    return shadow;
  }
  if (at < 0) return null;
  if (a.kind === "update") {
    const column = columns[a.field];
    if (column === undefined) return null;
    const cell = rows[at]?.[column];
    if (typeof cell === "string" && cell.startsWith("=") && !a.confirm) return null;
    set(column, a.value);
  } else if (a.kind === "notes") {
    const column = columns.notes;
    if (column === undefined) return null;
    const cell = rows[at]?.[column];
    if (typeof cell === "string" && cell.startsWith("=")) return null;
    set(column, a.notes);
  } else if (a.kind === "rename") {
    if (rows.some((r) => sameName(r[0], a.to))) return null;
    set(0, a.to);
  } else if (a.kind === "remove") {
    if (t.rows === 1) for (const c of Object.values(columns)) set(c, "");
    else coAuthorMoves.deleteRow(t, at);
  }
  return shadow;
}

describe("scenario actions against a co-author working between syncs", () => {
  it("change only what the planner asked and the co-author made, or refuse and change nothing", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(action, fc.array(move, { minLength: 3, maxLength: 3 })), {
          minLength: 1,
          maxLength: 4,
        }),
        async (steps) => {
          const excel = workbook();
          const shadow = workbook();
          for (const [a, moves] of steps) {
            let atWrite: FakeExcel | null = null;
            let writes = 0;
            const start = excel.syncCount;
            excel.coAuthor = (_, sync) => {
              // Moves before the read's two syncs and the write's. The put-back sync after a
              // refused write is left out: a positional move there acts on the intermediate
              // table, which the co-author-only workbook never had, so it has no shadow.
              const m = sync - start <= 2 ? (moves[sync - start] ?? NONE) : NONE;
              apply(excel, m);
              apply(shadow, m);
              writes = sync - start;
              // The shadow as the action's write batch (the third) finds it.
              if (sync - start === 2) atWrite = clone(shadow);
            };
            let refused = false;
            try {
              await run(excel, a);
            } catch (error) {
              if (!(error instanceof ScenarioActionError)) throw error;
              refused = true;
            }
            excel.coAuthor = null;
            const main = excel.findTable("PP_Scenarios");
            const other = shadow.findTable("PP_Scenarios");
            if (refused || a.kind === "activate") {
              expect(main && grid(main)).toEqual(other && grid(other));
            } else {
              expect(writes).toBeGreaterThanOrEqual(2);
              const seen = main && grid(main);
              const candidates = [0, 1, 2]
                .map((nth) => (atWrite === null ? null : expectedAfter(clone(atWrite), a, nth)))
                .filter((c): c is FakeExcel => c !== null);
              const expected =
                candidates.find((c) =>
                  equal(grid(c.findTable("PP_Scenarios") as FakeTable), seen)
                ) ??
                candidates[0] ??
                null;
              expect(expected).not.toBeNull();
              const t = expected?.findTable("PP_Scenarios");
              expect(seen).toEqual(t && grid(t));
              // The co-author-only workbook takes the action's change too, to go on from.
              copyInto(expected as FakeExcel, shadow);
            }
          }
        }
      ),
      { numRuns: 300 }
    );
  });
});

/** A copy of a fake's scenario sheet and table. */
function clone(excel: FakeExcel): FakeExcel {
  const copy = workbook();
  copyInto(excel, copy);
  return copy;
}

function copyInto(from: FakeExcel, to: FakeExcel): void {
  const sheet = to.findSheet("PP Scenarios");
  const source = from.findSheet("PP Scenarios");
  if (!sheet || !source) throw new Error("no scenario sheet");
  sheet.cells.clear();
  sheet.textCells.clear();
  for (const [k, v] of source.cells) sheet.cells.set(k, v);
  for (const k of source.textCells) sheet.textCells.add(k);
  to.tables.splice(0, to.tables.length, ...from.tables.map((t) => ({ ...t, sheet })));
}

const equal = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
