/**
 * The PP.* custom functions. custom-functions-metadata reads the JSDoc below to write
 * functions.json, and registers each function with Excel; the arithmetic lives in src/core.
 * Every parameter is declared as a matrix so that a single cell, a row, a column or a block can be
 * given, and every result is a matrix so that it spills.
 */
import * as pp from "../core/pp";
import * as ranges from "../core/ppRanges";
import { spill } from "./excel";
import { spillMany } from "./excelMany";

/**
 * National indicative additional WTE 2019/20 to 2023/24 for a Long Term Plan service area (Workforce Plan Tables 1 and 2).
 * @customfunction LTP
 * @helpurl https://localhost:3000/docs/functions/ltp.html
 * @param service_area Service area: Perinatal, CYP, IAPT, SMHP, Inpatient, Gambling, MHST, Total or Total incl MHST. A range spills.
 * @param [staff_group] Psychologists, Therapists or EMHP. Leave out for the area's total over all staff groups.
 * @returns Additional WTE.
 */
export function ltp(service_area: unknown[][], staff_group?: unknown[][]): unknown[][] {
  return spill(pp.ltp, service_area, staff_group);
}

/**
 * Local target WTE at the end of the plan: baseline plus your share of the national additional posts.
 * @customfunction TARGET
 * @helpurl https://localhost:3000/docs/functions/target.html
 * @param baseline Local WTE in post at the start (2019/20 baseline).
 * @param service_area Long Term Plan service area, e.g. CYP or IAPT.
 * @param staff_group Psychologists, Therapists, EMHP or All.
 * @param share Your system's share of the national requirement, 0 to 1 (see PP.SHARE).
 * @returns Target WTE.
 */
export function target(
  baseline: unknown[][],
  service_area: unknown[][],
  staff_group: unknown[][],
  share: unknown[][]
): unknown[][] {
  return spill(pp.target, baseline, service_area, staff_group, share);
}

/**
 * Shortfall in WTE: target minus in post minus pipeline plus leavers. Positive is a shortfall, negative a surplus.
 * @customfunction GAP
 * @helpurl https://localhost:3000/docs/functions/gap.html
 * @param target Target WTE.
 * @param in_post WTE in post now.
 * @param [pipeline] Trainees or recruits expected to take up posts (default 0).
 * @param [leavers] Staff expected to leave before the target date (default 0).
 * @returns Gap in WTE.
 */
export function gap(
  target: unknown[][],
  in_post: unknown[][],
  pipeline?: unknown[][],
  leavers?: unknown[][]
): unknown[][] {
  return spill(pp.gap, target, in_post, pipeline, leavers);
}

/**
 * Growth from baseline to target as a fraction; with years, the constant yearly growth rate.
 * @customfunction GROWTH
 * @helpurl https://localhost:3000/docs/functions/growth.html
 * @param baseline WTE at the start.
 * @param target WTE at the end.
 * @param [years] Whole number of years, 1 to 50, to get a yearly rate instead of the total growth.
 * @returns Growth as a fraction (0.6 is 60%).
 */
export function growth(
  baseline: unknown[][],
  target: unknown[][],
  years?: unknown[][]
): unknown[][] {
  return spill(pp.growth, baseline, target, years);
}

/**
 * TRUE where planned growth from baseline to target reaches the minimum (default 60%, the plan's minimum net growth).
 * @customfunction MEETS
 * @helpurl https://localhost:3000/docs/functions/meets.html
 * @param baseline WTE at the start.
 * @param target WTE at the end.
 * @param [minimum] Minimum growth as a fraction, 0 to 1 (default 0.6).
 * @returns TRUE or FALSE.
 */
export function meets(
  baseline: unknown[][],
  target: unknown[][],
  minimum?: unknown[][]
): unknown[][] {
  return spill(pp.meets, baseline, target, minimum);
}

/**
 * Year-by-year WTE from baseline to target, as a row of years + 1 values; a column of baselines spills one row each.
 * @customfunction TRAJECTORY
 * @helpurl https://localhost:3000/docs/functions/trajectory.html
 * @param baseline WTE at the start (one value or a column).
 * @param target WTE at the end (one value or a column).
 * @param [years] Whole number of years, 1 to 50 (default 4: 2019/20 to 2023/24).
 * @param [method] "linear" for equal steps (default) or "compound" for a constant growth rate.
 * @returns A row of WTE, first the baseline, last the target.
 */
export function trajectory(
  baseline: unknown[][],
  target: unknown[][],
  years?: unknown[][],
  method?: unknown[][]
): unknown[][] {
  return spill(pp.trajectory, baseline, target, years, method);
}

/**
 * Projected staff in post year by year: each year keeps (1 - attrition) of staff and adds the intake.
 * @customfunction SUPPLY
 * @helpurl https://localhost:3000/docs/functions/supply.html
 * @param in_post WTE in post at the start (one value or a column).
 * @param intake Qualifiers or recruits joining each year: one value, or a row with one value per year.
 * @param attrition Share of staff leaving each year, 0 up to but not including 1.
 * @param [years] Whole number of years, 1 to 50 (default 4, or the length of the intake row).
 * @returns A row of years + 1 values, first in_post.
 */
export function supply(
  in_post: unknown[][],
  intake: unknown[][],
  attrition: unknown[][],
  years?: unknown[][]
): unknown[][] {
  return spill(pp.supply, in_post, intake, attrition, years);
}

/**
 * Constant yearly intake (commissions) needed to reach the target in years under attrition; 0 if none is needed.
 * @customfunction INTAKE
 * @helpurl https://localhost:3000/docs/functions/intake.html
 * @param target Target WTE.
 * @param in_post WTE in post now.
 * @param attrition Share of staff leaving each year, 0 up to but not including 1.
 * @param [years] Whole number of years, 1 to 50 (default 4).
 * @param [completion] Share of trainees who complete and take up posts, 0 to 1 (default 1).
 * @returns Yearly intake needed.
 */
export function intake(
  target: unknown[][],
  in_post: unknown[][],
  attrition: unknown[][],
  years?: unknown[][],
  completion?: unknown[][]
): unknown[][] {
  return spill(pp.intake, target, in_post, attrition, years, completion);
}

/**
 * A local share for apportioning national figures: local population / national population x need index.
 * @customfunction SHARE
 * @helpurl https://localhost:3000/docs/functions/share.html
 * @param local_population Population your system serves.
 * @param national_population Population of England (or the national total you apportion from).
 * @param [need_index] Relative need, e.g. a mental health needs index (default 1).
 * @returns Share as a fraction.
 */
export function share(
  local_population: unknown[][],
  national_population: unknown[][],
  need_index?: unknown[][]
): unknown[][] {
  return spill(pp.share, local_population, national_population, need_index);
}

/**
 * A published national in-post WTE figure: All (2016, 2019, 2021) or a profession (March 2020).
 * @customfunction BASELINE
 * @helpurl https://localhost:3000/docs/functions/baseline.html
 * @param profession All, or a profession such as PWP, CAPT, Counselling psychologists or Counsellors.
 * @param [year] Year of the figure (default 2019 for All, else the year the plan gives).
 * @returns In-post WTE.
 */
export function baseline(profession: unknown[][], year?: unknown[][]): unknown[][] {
  return spill(pp.baseline, profession, year);
}

/**
 * A published annual leaving rate for a profession (the plan gives one for PWPs: about 30%).
 * @customfunction ATTRITION
 * @helpurl https://localhost:3000/docs/functions/attrition.html
 * @param profession A profession, e.g. PWP.
 * @returns Leaving rate as a fraction.
 */
export function attrition(profession: unknown[][]): unknown[][] {
  return spill(pp.attrition, profession);
}

/**
 * A published table as a spill, header row first: Table1, Table2, Baselines, Professions, ImpactAreas, Actions or Sources.
 * @customfunction TABLE
 * @helpurl https://localhost:3000/docs/functions/table.html
 * @param name Table1, Table2, Baselines, Professions, ImpactAreas, Actions or Sources.
 * @returns The table.
 */
export function table(name: unknown[][]): unknown[][] {
  return spill(pp.table, name);
}

/**
 * Staff in post year by year as a range: the 10th, 50th and 90th percentiles (three rows) when attrition and completion are known only as 80% ranges.
 * @customfunction SUPPLYRANGE
 * @helpurl https://localhost:3000/docs/functions/supplyrange.html
 * @param in_post WTE in post at the start (one value or a column).
 * @param intake Trainees commissioned or staff recruited each year (one value or a column).
 * @param attrition_low Low end of the yearly leaving rate you are 80% sure of, e.g. 0.1.
 * @param attrition_high High end of that range, e.g. 0.18; below 1. Equal to the low end for a known rate.
 * @param [years] Whole number of years, 1 to 50 (default 4).
 * @param [completion_low] Low end of the share of the intake who complete and take up posts, 0 to 1 (default 1: all of it).
 * @param [completion_high] High end of that share (default the low end).
 * @returns Three rows of years + 1 values: P10, P50 and P90 of staff in post.
 */
export function supplyrange(
  in_post: unknown[][],
  intake: unknown[][],
  attrition_low: unknown[][],
  attrition_high: unknown[][],
  years?: unknown[][],
  completion_low?: unknown[][],
  completion_high?: unknown[][]
): unknown[][] {
  return spillMany(ranges.supplyRange, [
    in_post,
    intake,
    attrition_low,
    attrition_high,
    years,
    completion_low,
    completion_high,
  ]);
}

/**
 * The constant yearly intake (commissions) that reaches the target with the chosen confidence when attrition and completion are 80% ranges.
 * @customfunction INTAKECONFIDENT
 * @helpurl https://localhost:3000/docs/functions/intakeconfident.html
 * @param target Target WTE.
 * @param in_post WTE in post now.
 * @param attrition_low Low end of the yearly leaving rate you are 80% sure of, e.g. 0.1.
 * @param attrition_high High end of that range, e.g. 0.18; below 1.
 * @param [years] Whole number of years, 1 to 50 (default 4).
 * @param [completion_low] Low end of the share of trainees who complete and take up posts, 0 to 1 (default 1).
 * @param [completion_high] High end of that share (default the low end).
 * @param [confidence] How sure you want to be of reaching the target, above 0 and below 1 (default 0.9).
 * @returns Yearly intake needed.
 */
export function intakeconfident(
  target: unknown[][],
  in_post: unknown[][],
  attrition_low: unknown[][],
  attrition_high: unknown[][],
  years?: unknown[][],
  completion_low?: unknown[][],
  completion_high?: unknown[][],
  confidence?: unknown[][]
): unknown[][] {
  return spillMany(ranges.intakeConfident, [
    target,
    in_post,
    attrition_low,
    attrition_high,
    years,
    completion_low,
    completion_high,
    confidence,
  ]);
}

/**
 * The chance (0 to 1) that staff in post reach the target by the end of the years, when attrition and completion are 80% ranges.
 * @customfunction CHANCE
 * @helpurl https://localhost:3000/docs/functions/chance.html
 * @param target Target WTE.
 * @param in_post WTE in post now.
 * @param intake Trainees commissioned or staff recruited each year.
 * @param attrition_low Low end of the yearly leaving rate you are 80% sure of, e.g. 0.1.
 * @param attrition_high High end of that range, e.g. 0.18; below 1.
 * @param [years] Whole number of years, 1 to 50 (default 4).
 * @param [completion_low] Low end of the share of the intake who complete and take up posts, 0 to 1 (default 1).
 * @param [completion_high] High end of that share (default the low end).
 * @returns Probability of reaching the target, 0 to 1.
 */
export function chance(
  target: unknown[][],
  in_post: unknown[][],
  intake: unknown[][],
  attrition_low: unknown[][],
  attrition_high: unknown[][],
  years?: unknown[][],
  completion_low?: unknown[][],
  completion_high?: unknown[][]
): unknown[][] {
  return spillMany(ranges.chance, [
    target,
    in_post,
    intake,
    attrition_low,
    attrition_high,
    years,
    completion_low,
    completion_high,
  ]);
}
