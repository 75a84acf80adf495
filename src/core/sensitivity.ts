/**
 * What the ranges mean for a plan: the plan's totals as one pool of staff, the band of staff in
 * post each scenario's attrition and completion ranges give (P10 to P90), and which assumption
 * moves the result most (one at a time: each at its low and its high, the others at their values).
 *
 * Both work on the plan's totals: total target = total baseline + total national additional WTE
 * x share x (1 + uplift), total gap = target - in post - pipeline + leavers (both exactly the sums
 * of the plan's rows), and the yearly intake = PP.INTAKE on the total target and total in post.
 * That intake is the sum of the rows' intakes when every row needs one; a row with a surplus
 * needs none of its own but here offsets the others, as staff shared across the system would.
 * Every scenario's rates apply to every row alike, so the band of the total is exactly
 * PP.SUPPLYRANGE on the totals. Pure: the pane and the inserted sheets both use these.
 */
import { PlanError } from "./errors";
import { isBlank } from "./numbers";
import { intakeNeeded } from "./planning";
import { planRowValues, type PlanInputs } from "./planSheet";
import {
  ASSUMPTIONS,
  effectiveRange,
  type AssumptionKey,
  type Scenario,
  type ScenarioValues,
} from "./scenarios";
import { chanceOfTarget, confidentIntake, rateRange, supplyBand } from "./uncertainty";

/** The plan's totals over the rows with both a baseline and WTE in post entered. */
export interface PlanTotals {
  readonly baseline: number;
  readonly national: number;
  readonly inPost: number;
  readonly pipeline: number;
  readonly leavers: number;
  /** Rows counted. */
  readonly rows: number;
}

const NO_SCENARIO: ScenarioValues = {
  share: null,
  uplift: null,
  minGrowth: null,
  horizon: null,
  attrition: null,
  completion: null,
  startYear: null,
};

const num = (v: unknown): number => (typeof v === "number" && Number.isFinite(v) ? v : 0);

/** The totals, or null when no row has both a baseline and WTE in post. */
export function planTotals(rows: readonly PlanInputs[]): PlanTotals | null {
  let baseline = 0;
  let national = 0;
  let inPost = 0;
  let pipeline = 0;
  let leavers = 0;
  let counted = 0;
  for (const row of rows) {
    if (isBlank(row.baseline) || isBlank(row.inPost)) continue;
    if (typeof row.baseline !== "number" || typeof row.inPost !== "number") continue;
    const ltp = planRowValues(row, NO_SCENARIO).national;
    if (typeof ltp !== "number") continue;
    baseline += row.baseline;
    national += ltp;
    inPost += row.inPost;
    pipeline += num(row.pipeline);
    leavers += num(row.leavers);
    counted++;
  }
  return counted === 0 ? null : { baseline, national, inPost, pipeline, leavers, rows: counted };
}

/** The assumptions a result needs; the missing ones' headers. */
function missingOf(values: ScenarioValues, keys: readonly AssumptionKey[]): string[] {
  return ASSUMPTIONS.filter((a) => keys.includes(a.key) && (values[a.key] ?? null) === null).map(
    (a) => a.header
  );
}

export const totalTarget = (t: PlanTotals, share: number, uplift: number): number =>
  t.baseline + t.national * share * (1 + uplift);

export const totalGap = (t: PlanTotals, share: number, uplift: number): number =>
  totalTarget(t, share, uplift) - t.inPost - t.pipeline + t.leavers;

/** The yearly intake the totals need; null where completion makes it impossible. */
export function totalIntake(
  t: PlanTotals,
  v: { share: number; uplift: number; attrition: number; completion: number; horizon: number }
): number | null {
  const x = intakeNeeded(
    totalTarget(t, v.share, v.uplift),
    t.inPost,
    v.attrition,
    v.horizon,
    v.completion
  );
  return x instanceof PlanError ? null : x;
}

// ---------------------------------------------------------------------------------------------
// The band of staff in post

export interface ScenarioBand {
  readonly name: string;
  readonly inPost: number;
  readonly target: number;
  readonly horizon: number;
  readonly attrition: { readonly value: number; readonly low: number; readonly high: number };
  readonly completion: { readonly value: number; readonly low: number; readonly high: number };
  /** Whether the scenario gives a range for either rate (else the band is a line). */
  readonly ranged: boolean;
  /** The yearly intake the plan commissions: PP.INTAKE at the scenario's own values. */
  readonly intake: number;
  /** P10, P50 and P90 of total staff in post, years 0..horizon. */
  readonly p10: readonly number[];
  readonly p50: readonly number[];
  readonly p90: readonly number[];
  /** The chance of reaching the target with that intake. */
  readonly chance: number;
  /** The yearly intake that reaches the target 9 times in 10. */
  readonly intake90: number | null;
}

export type BandResult = ScenarioBand | { readonly name: string; readonly missing: string[] };

const BAND_NEEDS: readonly AssumptionKey[] = [
  "share",
  "uplift",
  "horizon",
  "attrition",
  "completion",
];

export function scenarioBand(totals: PlanTotals, scenario: Scenario): BandResult {
  const v = scenario.values;
  const missing = missingOf(v, BAND_NEEDS);
  const a = effectiveRange(v, "attrition");
  const c = effectiveRange(v, "completion");
  if (
    missing.length > 0 ||
    a === null ||
    c === null ||
    v.share === null ||
    v.uplift === null ||
    v.horizon === null ||
    v.attrition === null ||
    v.completion === null
  ) {
    return { name: scenario.name, missing };
  }
  const target = totalTarget(totals, v.share, v.uplift);
  const intake = totalIntake(totals, {
    share: v.share,
    uplift: v.uplift,
    attrition: v.attrition,
    completion: v.completion,
    horizon: v.horizon,
  });
  if (intake === null) return { name: scenario.name, missing: ["Training completion"] };
  const ar = rateRange(a.low, a.high);
  const cr = rateRange(c.low, c.high);
  const [p10 = [], p50 = [], p90 = []] = supplyBand(totals.inPost, intake, ar, cr, v.horizon);
  const sure = confidentIntake(target, totals.inPost, ar, cr, v.horizon, 0.9);
  return {
    name: scenario.name,
    inPost: totals.inPost,
    target,
    horizon: v.horizon,
    attrition: { value: v.attrition, low: a.low, high: a.high },
    completion: { value: v.completion, low: c.low, high: c.high },
    ranged: a.given || c.given,
    intake,
    p10,
    p50,
    p90,
    chance: chanceOfTarget(target, totals.inPost, intake, ar, cr, v.horizon),
    intake90: sure instanceof PlanError ? null : sure,
  };
}

export const isBand = (b: BandResult): b is ScenarioBand => !("missing" in b);

// ---------------------------------------------------------------------------------------------
// What moves the result most

export type Factor = "attrition" | "completion" | "share" | "uplift";
export const FACTORS: readonly Factor[] = ["attrition", "completion", "share", "uplift"];

/** Without a range, an assumption is moved this far either side of its value. */
export const PLUS_MINUS = 0.2;

export interface FactorSwing {
  readonly factor: Factor;
  /** The column header, e.g. "Annual attrition". */
  readonly name: string;
  readonly value: number;
  readonly low: number;
  readonly high: number;
  /** "range": the scenario's 80% range; "plus-minus": ±20% of the value (no range given). */
  readonly basis: "range" | "plus-minus";
  readonly gapAtLow: number;
  readonly gapAtHigh: number;
  readonly intakeAtLow: number | null;
  readonly intakeAtHigh: number | null;
  /** How far apart the two intakes are: the ordering key (then the gaps'). */
  readonly intakeSwing: number;
  readonly gapSwing: number;
}

export interface Sensitivity {
  readonly gap: number;
  readonly intake: number | null;
  /** Largest effect first. */
  readonly factors: readonly FactorSwing[];
}

export type SensitivityResult = Sensitivity | { readonly missing: string[] };

const headerOf = (key: AssumptionKey): string =>
  ASSUMPTIONS.find((a) => a.key === key)?.header ?? key;

/** The low and high an assumption is moved to, within its rule's bounds. */
export function factorEnds(
  values: ScenarioValues,
  factor: Factor
): { low: number; high: number; basis: "range" | "plus-minus" } | null {
  const value = values[factor];
  if (value === null) return null;
  if (factor === "attrition" || factor === "completion") {
    const r = effectiveRange(values, factor);
    if (r !== null && r.given) return { low: r.low, high: r.high, basis: "range" };
  }
  const rule = ASSUMPTIONS.find((a) => a.key === factor)?.rule;
  const lo = rule?.lo ?? 0;
  const hi = rule?.hi ?? 1;
  const clip = (x: number): number => Math.min(hi, Math.max(lo, x));
  return {
    low: clip(value * (1 - PLUS_MINUS)),
    high: clip(value * (1 + PLUS_MINUS)),
    basis: "plus-minus",
  };
}

export function sensitivity(totals: PlanTotals, values: ScenarioValues): SensitivityResult {
  const missing = missingOf(values, BAND_NEEDS);
  const { share, uplift, attrition, completion, horizon } = values;
  if (
    missing.length > 0 ||
    share === null ||
    uplift === null ||
    attrition === null ||
    completion === null ||
    horizon === null
  ) {
    return { missing };
  }
  const base = { share, uplift, attrition, completion, horizon };
  const factors: FactorSwing[] = [];
  for (const factor of FACTORS) {
    const ends = factorEnds(values, factor);
    if (ends === null) continue;
    const at = (x: number) => ({ ...base, [factor]: x });
    const low = at(ends.low);
    const high = at(ends.high);
    const intakeAtLow = totalIntake(totals, low);
    const intakeAtHigh = totalIntake(totals, high);
    const gapAtLow = totalGap(totals, low.share, low.uplift);
    const gapAtHigh = totalGap(totals, high.share, high.uplift);
    factors.push({
      factor,
      name: headerOf(factor),
      value: base[factor],
      ...ends,
      gapAtLow,
      gapAtHigh,
      intakeAtLow,
      intakeAtHigh,
      intakeSwing:
        intakeAtLow === null || intakeAtHigh === null ? 0 : Math.abs(intakeAtHigh - intakeAtLow),
      gapSwing: Math.abs(gapAtHigh - gapAtLow),
    });
  }
  // Largest first; a stable sort keeps the assumptions' own order between equals.
  factors.sort((x, y) => y.intakeSwing - x.intakeSwing || y.gapSwing - x.gapSwing);
  return { gap: totalGap(totals, share, uplift), intake: totalIntake(totals, base), factors };
}

export const isSensitivity = (s: SensitivityResult): s is Sensitivity => !("missing" in s);
