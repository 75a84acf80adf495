/**
 * Every PP.* function over Excel-shaped arguments: raw 2-D arrays in, a `Spill` out. The Excel
 * boundary (src/functions) only converts errors; every rule of FUNCTIONS.md lives here.
 */
import { AMBITION } from "../data";
import { cellAt, mapCells, mapNumbers } from "./broadcast";
import { plainCell } from "./cellValues";
import {
  isErrorCell,
  notAvailable,
  numError,
  PlanError,
  valueError,
  fromErrorCell,
  tooLarge,
} from "./errors";
import {
  broadcastShape,
  errorSpill,
  Grid,
  isOmitted,
  isSingle,
  OutCell,
  single,
  Spill,
  toGrid,
} from "./grid";
import {
  ATTRITION_BY_PROFESSION,
  BASELINES_BY_PROFESSION,
  defaultBaselineYear,
  LTP_POSTS,
  professions,
  serviceAreas,
  staffGroups,
} from "./lookups";
import { clip, isBlank, readNumber, rules } from "./numbers";
import {
  annualGrowthRate,
  DEFAULT_YEARS,
  gapWte,
  growthFraction,
  intakeNeeded,
  localShare,
  meetsMinimum,
  nextInPost,
  TrajectoryMethod,
  targetWte,
  trajectoryPath,
} from "./planning";
import { tableByName } from "./tables";

const constant = (value: unknown): Grid => [[value]];
const orDefault = (arg: unknown, fallback: unknown): Grid =>
  isOmitted(arg) ? constant(fallback) : toGrid(arg);

// ---------------------------------------------------------------------------------------------
// PP.LTP

function ltpCell(area: unknown, group: unknown): OutCell {
  const a = serviceAreas.resolve(area, "service_area");
  if (a instanceof PlanError) return a;
  const g = staffGroups.resolve(group, "staff_group");
  if (g instanceof PlanError) return g;
  return LTP_POSTS[a][g];
}

/**
 * Answers by the exact text typed, area then group, so a workbook with PP.LTP in thousands of
 * cells pays for name resolution once per distinct spelling. Bounded like the name caches.
 */
const LTP_MEMO = new Map<unknown, Map<unknown, OutCell>>();
const LTP_MEMO_LIMIT = 10_000;
let ltpMemoSize = 0;
function memoLtp(area: unknown, group: unknown): OutCell {
  const byGroup = LTP_MEMO.get(area);
  const hit = byGroup?.get(group);
  if (hit !== undefined) return hit;
  const value = ltpCell(area, group);
  if (ltpMemoSize < LTP_MEMO_LIMIT && typeof area === "string" && typeof group === "string") {
    if (byGroup) byGroup.set(group, value);
    else LTP_MEMO.set(area, new Map([[group, value]]));
    ltpMemoSize++;
  }
  return value;
}

/** The value of a 1x1 matrix, or `NOT_SINGLE`; the common case of one name per cell. */
const NOT_SINGLE: unique symbol = Symbol("not a single cell");
function onlyCell(value: unknown): unknown {
  if (!Array.isArray(value)) return isOmitted(value) ? NOT_SINGLE : value;
  const row: unknown = value.length === 1 ? value[0] : undefined;
  return Array.isArray(row) && row.length === 1 ? row[0] : NOT_SINGLE;
}

export function ltp(serviceArea: unknown, staffGroup?: unknown): Spill {
  // One area and one group: answered without the broadcasting machinery.
  const area = onlyCell(serviceArea);
  const group = isOmitted(staffGroup) ? "All" : onlyCell(staffGroup);
  if (area !== NOT_SINGLE && group !== NOT_SINGLE) {
    const value = memoLtp(area, group);
    return { cells: [[value]], hasErrors: typeof value === "object" };
  }
  const areas = toGrid(serviceArea);
  const groups = orDefault(staffGroup, "All");
  return mapCells(
    [
      { name: "service_area", grid: areas },
      { name: "staff_group", grid: groups },
    ],
    ([area, group]) => ltpCell(area, group)
  );
}

// ---------------------------------------------------------------------------------------------
// PP.TARGET, PP.GAP, PP.GROWTH, PP.MEETS, PP.INTAKE, PP.SHARE: cell by cell.

export function target(
  baseline: unknown,
  serviceArea: unknown,
  staffGroup: unknown,
  share: unknown
): Spill {
  // A required staff group left out counts as blank (and says so), never as "all groups".
  const national = ltp(serviceArea, isOmitted(staffGroup) ? constant(null) : staffGroup);
  if (national.wholeCall) return national;
  return mapNumbers(
    [
      { name: "baseline", grid: toGrid(baseline), rule: rules.wte("baseline") },
      { name: "service_area and staff_group", grid: national.cells, rule: rules.computed("LTP") },
      { name: "share", grid: toGrid(share), rule: rules.share("share") },
    ],
    (b, national, s) => targetWte(b, s, national)
  );
}

export function gap(
  target: unknown,
  inPost: unknown,
  pipeline?: unknown,
  leavers?: unknown
): Spill {
  return mapNumbers(
    [
      { name: "target", grid: toGrid(target), rule: rules.wte("target") },
      { name: "in_post", grid: toGrid(inPost), rule: rules.wte("in_post") },
      { name: "pipeline", grid: orDefault(pipeline, 0), rule: rules.wte("pipeline") },
      { name: "leavers", grid: orDefault(leavers, 0), rule: rules.wte("leavers") },
    ],
    gapWte
  );
}

export function growth(baseline: unknown, target: unknown, years?: unknown): Spill {
  const base = { name: "baseline", grid: toGrid(baseline), rule: rules.wte("baseline") };
  const goal = { name: "target", grid: toGrid(target), rule: rules.wte("target") };
  if (isOmitted(years)) return mapNumbers([base, goal], growthFraction);
  return mapNumbers(
    [base, goal, { name: "years", grid: toGrid(years), rule: rules.years("years") }],
    annualGrowthRate
  );
}

export function meets(baseline: unknown, target: unknown, minimum?: unknown): Spill {
  return mapNumbers(
    [
      { name: "baseline", grid: toGrid(baseline), rule: rules.wte("baseline") },
      { name: "target", grid: toGrid(target), rule: rules.wte("target") },
      {
        name: "minimum",
        grid: orDefault(minimum, AMBITION.minimumNetGrowth.value),
        rule: rules.share("minimum"),
      },
    ],
    meetsMinimum
  );
}

export function intake(
  target: unknown,
  inPost: unknown,
  attrition: unknown,
  years?: unknown,
  completion?: unknown
): Spill {
  return mapNumbers(
    [
      { name: "target", grid: toGrid(target), rule: rules.wte("target") },
      { name: "in_post", grid: toGrid(inPost), rule: rules.wte("in_post") },
      { name: "attrition", grid: toGrid(attrition), rule: rules.attrition("attrition") },
      { name: "years", grid: orDefault(years, DEFAULT_YEARS), rule: rules.years("years") },
      { name: "completion", grid: orDefault(completion, 1), rule: rules.share("completion") },
    ],
    intakeNeeded
  );
}

export function share(local: unknown, national: unknown, needIndex?: unknown): Spill {
  return mapNumbers(
    [
      {
        name: "local_population",
        grid: toGrid(local),
        rule: rules.population("local_population"),
      },
      {
        name: "national_population",
        grid: toGrid(national),
        rule: rules.population("national_population"),
      },
      { name: "need_index", grid: orDefault(needIndex, 1), rule: rules.index("need_index") },
    ],
    (l, n, need) =>
      l > n
        ? numError("The local population is larger than the national population.")
        : localShare(l, n, need)
  );
}

// ---------------------------------------------------------------------------------------------
// PP.TRAJECTORY and PP.SUPPLY: one row of years per input row.

/** A Map, not an object literal: "constructor" or "toString" must not read as a method. */
const METHODS: ReadonlyMap<string, TrajectoryMethod> = new Map([
  ["linear", "linear"],
  ["straightline", "linear"],
  ["equalsteps", "linear"],
  ["compound", "compound"],
  ["constantrate", "compound"],
  ["geometric", "compound"],
]);

function readMethod(cell: unknown): TrajectoryMethod | PlanError {
  const value = plainCell(cell);
  // Excel on the desktop sends a blank cell as 0: the same default as a blank on the web.
  if (isBlank(value) || value === 0) return "linear";
  if (isErrorCell(value)) return fromErrorCell(value, "method");
  const key = typeof value === "string" ? value.toLowerCase().replace(/[^a-z]/g, "") : "";
  return (
    METHODS.get(key) ??
    valueError(`Unknown method '${clip(String(value))}': use "linear" or "compound".`)
  );
}

/**
 * Rows of different lengths padded with "" so the spill's empty cells look empty; a value that
 * overflowed becomes #NUM!.
 */
function padRows(rows: OutCell[][], hasErrors: boolean): Spill {
  // A loop, not Math.max(...rows): a whole column has more rows than a call can take arguments.
  let width = 1;
  for (const row of rows) if (row.length > width) width = row.length;
  for (const row of rows) {
    for (let i = 0; i < row.length; i++) {
      const v = row[i];
      if (typeof v === "number" && !Number.isFinite(v)) {
        row[i] = tooLarge();
        hasErrors = true;
      }
    }
    while (row.length < width) row.push("");
  }
  return { cells: rows, hasErrors };
}

/** A row that failed as a whole: its error where the row starts. */
const failedRow = (error: PlanError): OutCell[] => [error];

const oneColumn = (
  fn: string,
  args: readonly { name: string; grid: Grid }[]
): PlanError | number => {
  const shape = broadcastShape(args);
  if (shape instanceof PlanError) return shape;
  if (shape.cols > 1) {
    return valueError(
      `${fn} takes its ${args.map((a) => a.name).join(", ")} as single values or one column ` +
        `(one row of years each); got ${shape.rows}x${shape.cols}.`
    );
  }
  return shape.rows;
};

export function trajectory(
  baseline: unknown,
  target: unknown,
  years?: unknown,
  method?: unknown
): Spill {
  const args = [
    { name: "baseline", grid: toGrid(baseline) },
    { name: "target", grid: toGrid(target) },
    { name: "years", grid: orDefault(years, DEFAULT_YEARS) },
    { name: "method", grid: orDefault(method, "linear") },
  ];
  const rows = oneColumn("PP.TRAJECTORY", args);
  if (rows instanceof PlanError) return errorSpill(rows);
  // An unknown method is a mistake in the formula, not in the data: one error for the call.
  const methods: TrajectoryMethod[] = [];
  for (let r = 0; r < rows; r++) {
    const m = readMethod(cellAt(args[3]!.grid, r, 0));
    if (m instanceof PlanError) return errorSpill(m);
    methods.push(m);
  }
  const out: OutCell[][] = [];
  let hasErrors = false;
  const baselineRule = rules.wte("baseline");
  const targetRule = rules.wte("target");
  const yearsRule = rules.years("years");
  for (let r = 0; r < rows; r++) {
    const b = readNumber(cellAt(args[0]!.grid, r, 0), baselineRule);
    const t = readNumber(cellAt(args[1]!.grid, r, 0), targetRule);
    const y = readNumber(cellAt(args[2]!.grid, r, 0), yearsRule);
    const bad = [b, t, y].find((v): v is PlanError => v instanceof PlanError);
    const path = bad ?? trajectoryPath(b as number, t as number, y as number, methods[r]!);
    if (path instanceof PlanError) {
      out.push(failedRow(path));
      hasErrors = true;
    } else {
      out.push(path);
    }
  }
  return padRows(out, hasErrors);
}

export function supply(
  inPost: unknown,
  intake: unknown,
  attrition: unknown,
  years?: unknown
): Spill {
  const intakes = toGrid(intake);
  const intakeCols = intakes[0]?.length ?? 1;
  const perYear = intakeCols > 1;
  const args = [
    { name: "in_post", grid: toGrid(inPost) },
    { name: "attrition", grid: toGrid(attrition) },
    { name: "years", grid: orDefault(years, perYear ? intakeCols : DEFAULT_YEARS) },
    // A row of yearly intakes spans the years, not the output rows: match it by its rows only.
    { name: "intake", grid: perYear ? intakes.map((row) => [row[0]]) : intakes },
  ];
  const rows = oneColumn("PP.SUPPLY", args);
  if (rows instanceof PlanError) return errorSpill(rows);
  const out: OutCell[][] = [];
  let hasErrors = false;
  const inPostRule = rules.wte("in_post");
  const attritionRule = rules.attrition("attrition");
  const yearsRule = rules.years("years");
  const intakeRule = rules.wte("intake");
  for (let r = 0; r < rows; r++) {
    const start = readNumber(cellAt(args[0]!.grid, r, 0), inPostRule);
    const rate = readNumber(cellAt(args[1]!.grid, r, 0), attritionRule);
    const y = readNumber(cellAt(args[2]!.grid, r, 0), yearsRule);
    const bad = [start, rate, y].find((v): v is PlanError => v instanceof PlanError);
    if (bad) {
      out.push(failedRow(bad));
      hasErrors = true;
      continue;
    }
    const horizon = y as number;
    if (perYear && intakeCols !== horizon) {
      out.push(
        failedRow(
          valueError(
            `intake has ${intakeCols} yearly values but years is ${horizon}: give one per year.`
          )
        )
      );
      hasErrors = true;
      continue;
    }
    const intakeRow = (intakes.length === 1 ? intakes[0] : intakes[r]) ?? [];
    const path: OutCell[] = [start as number];
    let current = start as number;
    for (let k = 1; k <= horizon; k++) {
      const yearly = readNumber(perYear ? intakeRow[k - 1] : intakeRow[0], intakeRule);
      if (yearly instanceof PlanError) {
        // Staff in post from this year on depend on the unreadable intake.
        while (path.length <= horizon) path.push(yearly);
        hasErrors = true;
        break;
      }
      current = nextInPost(current, rate as number, yearly);
      path.push(current);
    }
    out.push(path);
  }
  return padRows(out, hasErrors);
}

// ---------------------------------------------------------------------------------------------
// PP.BASELINE, PP.ATTRITION, PP.TABLE: published figures by name.

function baselineCell(profession: unknown, year: unknown, yearGiven: boolean): OutCell {
  const id = professions.resolve(profession, "profession");
  if (id instanceof PlanError) return id;
  const published = BASELINES_BY_PROFESSION.get(id);
  if (!published) {
    return notAvailable(`The documents give no national in-post figure for ${id}.`);
  }
  const wanted = yearGiven ? readNumber(year, rules.year("year")) : defaultBaselineYear(id);
  if (wanted instanceof PlanError) return wanted;
  const hit = wanted === undefined ? undefined : published.get(wanted);
  if (hit) return hit.figure.value;
  const available = [...published.values()]
    .map((b) => (b.month ? `${b.year} (${b.month})` : String(b.year)))
    .join(", ");
  return notAvailable(
    `The documents give no in-post figure for ${id} in ${wanted}; they give ${available}.`
  );
}

export function baseline(profession: unknown, year?: unknown): Spill {
  const yearGiven = !isOmitted(year);
  return mapCells(
    [
      { name: "profession", grid: toGrid(profession) },
      { name: "year", grid: yearGiven ? toGrid(year) : constant(null) },
    ],
    ([p, y]) => baselineCell(p, y, yearGiven)
  );
}

export function attrition(profession: unknown): Spill {
  return mapCells([{ name: "profession", grid: toGrid(profession) }], ([p]) => {
    const id = professions.resolve(p, "profession");
    if (id instanceof PlanError) return id;
    return (
      ATTRITION_BY_PROFESSION.get(id) ??
      notAvailable(`The documents give no published leaving rate for ${id}; enter your own.`)
    );
  });
}

export function table(name: unknown): Spill {
  const grid = toGrid(name);
  if (!isSingle(grid)) {
    return errorSpill(valueError("PP.TABLE takes one table name, not a range of names."));
  }
  const rows = tableByName(single(grid));
  if (rows instanceof PlanError) return errorSpill(rows);
  return { cells: rows.map((row) => row.slice()), hasErrors: false };
}
