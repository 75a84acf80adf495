/**
 * The planning arithmetic on single numbers, already read and range-checked. Shared by the
 * PP.* functions (over ranges) and the task pane (previews), so both always agree.
 */
import { divZero, PlanError } from "./errors";

/** The plan's period, 2019/20 to 2023/24, in years: the default horizon. */
export const DEFAULT_YEARS = 4;

/** Local target WTE: the baseline plus the local share of the national additional posts. */
export function targetWte(baseline: number, share: number, nationalAdditional: number): number {
  return baseline + share * nationalAdditional;
}

/** Shortfall in WTE: positive is a shortfall, negative a surplus. */
export function gapWte(target: number, inPost: number, pipeline: number, leavers: number): number {
  return target - inPost - pipeline + leavers;
}

const zeroBaseline = (): PlanError =>
  divZero("The baseline is 0, so growth relative to it cannot be computed.");

/** Growth over the whole period as a fraction of the baseline. */
export function growthFraction(baseline: number, target: number): number | PlanError {
  if (baseline === 0) return zeroBaseline();
  return (target - baseline) / baseline;
}

/** The constant yearly rate that grows `baseline` to `target` in `years`. */
export function annualGrowthRate(
  baseline: number,
  target: number,
  years: number
): number | PlanError {
  if (baseline === 0) return zeroBaseline();
  return Math.pow(target / baseline, 1 / years) - 1;
}

/**
 * Whether planned growth reaches `minimum`. Growth computed in floating point can land a hair
 * below an exact minimum (160 over 100 against 60%), so a relative tolerance far below any
 * meaningful WTE difference is allowed.
 */
export function meetsMinimum(
  baseline: number,
  target: number,
  minimum: number
): boolean | PlanError {
  const growth = growthFraction(baseline, target);
  if (typeof growth !== "number") return growth;
  return growth >= minimum - 1e-12 * Math.max(1, Math.abs(minimum));
}

export type TrajectoryMethod = "linear" | "compound";

/**
 * Year-by-year WTE from baseline to target: `years + 1` values. The ends are set exactly, so the
 * path always starts at the baseline and ends at the target whatever the rounding in between.
 */
export function trajectoryPath(
  baseline: number,
  target: number,
  years: number,
  method: TrajectoryMethod
): number[] | PlanError {
  const path = new Array<number>(years + 1);
  if (method === "compound") {
    if (baseline === 0) {
      return divZero("A compound trajectory cannot start from a baseline of 0: use linear.");
    }
    const ratio = target / baseline;
    for (let k = 0; k <= years; k++) path[k] = baseline * Math.pow(ratio, k / years);
  } else {
    const step = (target - baseline) / years;
    for (let k = 0; k <= years; k++) path[k] = baseline + step * k;
  }
  path[0] = baseline;
  path[years] = target;
  return path;
}

/** Staff in post after one year: those who stay plus those who join. */
export function nextInPost(current: number, attrition: number, intake: number): number {
  return current * (1 - attrition) + intake;
}

/**
 * The constant yearly intake that takes `inPost` to `target` in `years` under `attrition`,
 * divided by `completion` to give commissions; 0 when attrition alone leaves enough staff.
 */
export function intakeNeeded(
  target: number,
  inPost: number,
  attrition: number,
  years: number,
  completion: number
): number | PlanError {
  const stay = 1 - attrition;
  const needed = target - inPost * Math.pow(stay, years);
  if (needed <= 0) return 0;
  if (completion === 0) {
    return divZero(
      "completion is 0: no trainee would complete, so no intake can reach the target."
    );
  }
  // Sum of stay^k for k = 0 .. years-1: each year's intake, depleted by the years after it.
  // Summed term by term: the closed form loses all precision for tiny attrition rates.
  let retained = 0;
  for (let k = 0, kept = 1; k < years; k++, kept *= stay) retained += kept;
  return needed / retained / completion;
}

/** A local share of a national figure, weighted by a need index. */
export function localShare(local: number, national: number, needIndex: number): number | PlanError {
  if (national === 0) return divZero("The national population is 0.");
  return (local / national) * needIndex;
}
