/**
 * Supply and intake when attrition and training completion are known only as ranges.
 *
 * The model, stated once (the reference pages say the same in words):
 * - An uncertain rate is given as a low-high range that the planner is 80% sure of. It is read as
 *   a normal distribution whose 10th percentile is `low` and 90th is `high` (mean halfway,
 *   standard deviation (high - low) / 2.563), clipped to 0..1: a draw beyond a bound counts as
 *   the bound, so the 10th and 90th percentiles stay exactly `low` and `high`.
 * - A rate is one value for the whole horizon (a persistent level, not fresh noise every year:
 *   year-to-year noise would largely cancel out and understate the risk to a plan). Attrition and
 *   completion are independent of each other.
 * - Staff in post follow PP.SUPPLY's recurrence with joiners = intake x completion:
 *   S_k = in_post (1-a)^k + intake c sum_{j<k} (1-a)^j, which falls as attrition `a` rises and
 *   rises with completion `c`.
 *
 * The method is exact where it can be. With one uncertain rate, S_k is monotone in it, so each
 * percentile of S_k is S_k at the rate's opposite percentile (P10 of staff at P90 of attrition).
 * With both uncertain, S_k is linear in `c` for each `a`, so P(S_k <= s) = E_a[F_c((s - A)/B)] is
 * computed with F_c exact and the expectation over `a` by a fixed 16-point equal-probability rule
 * (each point carrying its stratum's spread, see `below`); percentiles are found by safeguarded
 * Newton steps. No random numbers: the same arguments always
 * give the same result.
 */
import { divZero, PlanError } from "./errors";
import { normalCdf, normalPdf, normalQuantile, tailOverDensity, Z90 } from "./normal";
import { intakeNeeded, nextInPost } from "./planning";

/** A rate known as an 80% range: a normal with P10 = low and P90 = high, clipped to 0..1. */
export interface RateRange {
  readonly low: number;
  readonly high: number;
  readonly mean: number;
  readonly sd: number;
}

export function rateRange(low: number, high: number): RateRange {
  return { low, high, mean: (low + high) / 2, sd: (high - low) / (2 * Z90) };
}

const clamp01 = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x);

/** The rate's p-th quantile (0 < p < 1). P10, P50 and P90 are given exactly. */
export function rateQuantile(r: RateRange, p: number): number {
  if (r.sd === 0) return r.mean;
  // 1 - 0.9 is not 0.1 in floating point: the given ends must still come back exactly.
  if (Math.abs(p - 0.1) < 1e-12) return r.low;
  if (Math.abs(p - 0.9) < 1e-12) return r.high;
  if (Math.abs(p - 0.5) < 1e-12) return r.mean;
  return clamp01(r.mean + r.sd * normalQuantile(p));
}

/** P(rate <= x). */
export function rateCdf(r: RateRange, x: number): number {
  if (x < 0) return 0;
  if (x >= 1) return 1;
  if (r.sd === 0) return r.mean <= x ? 1 : 0;
  return normalCdf((x - r.mean) / r.sd);
}

/** P(rate >= x); at x = 1 this is the share of draws clipped to 1. */
export function rateSurvival(r: RateRange, x: number): number {
  if (x <= 0) return 1;
  if (x > 1) return 0;
  if (r.sd === 0) return r.mean >= x ? 1 : 0;
  return 1 - normalCdf((x - r.mean) / r.sd);
}

/** Equal-probability points of the standard normal: the midpoints of 16 strata. */
const NODES = 16;
const Z_NODES: readonly number[] = Array.from({ length: NODES }, (_, i) =>
  normalQuantile((i + 0.5) / NODES)
);

/** The supply path for fixed rates, by PP.SUPPLY's own recurrence (so zero-width ranges agree). */
export function supplyPath(
  inPost: number,
  intake: number,
  attrition: number,
  completion: number,
  years: number
): number[] {
  const path = new Array<number>(years + 1);
  const joiners = intake * completion;
  let current = inPost;
  path[0] = current;
  for (let k = 1; k <= years; k++) {
    current = nextInPost(current, attrition, joiners);
    path[k] = current;
  }
  return path;
}

/**
 * Staff in post at the attrition nodes, year by year: S_k = A[i] + c B[i]. Holds the state of the
 * recurrence so that each year costs one pass over the nodes.
 */
class NodeSupply {
  readonly stay = new Float64Array(NODES);
  readonly kept = new Float64Array(NODES); // A: in_post (1-a)^k
  readonly added = new Float64Array(NODES); // B: intake sum_{j<k} (1-a)^j
  private intake = 0;
  /** Starts again at year 0: the buffers are reused, so a row costs no allocation here. */
  reset(attrition: RateRange, inPost: number, intake: number): this {
    this.intake = intake;
    for (let i = 0; i < NODES; i++) {
      this.stay[i] = 1 - clamp01(attrition.mean + attrition.sd * Z_NODES[i]!);
      this.kept[i] = inPost;
      this.added[i] = 0;
    }
    return this;
  }
  /** Moves every node on one year. */
  step(): void {
    for (let i = 0; i < NODES; i++) {
      const s = this.stay[i]!;
      this.kept[i] = this.kept[i]! * s;
      this.added[i] = this.added[i]! * s + this.intake;
      this.perAdded[i] = 1 / this.added[i]!;
    }
  }
  /** 1 / added, kept with it so the hot loop multiplies rather than divides. */
  readonly perAdded = new Float64Array(NODES);
  /** Thresholds of completion, one per node, filled by the caller before `below`. */
  readonly h = new Float64Array(NODES);
  /** After `below`: each node's density of completion at its threshold. */
  readonly dens = new Float64Array(NODES);
  /** The slope of the last `cdf` at its point: the density of S there. */
  slope = 0;

  /**
   * The mean over nodes of P(c <= h[i]) (P(c < h[i]) when `strict`). A point rule would drop the
   * variation of attrition inside each node's stratum and give a staircase; here each node's
   * completion spread is widened by the spread of its threshold across the stratum (half the gap
   * to its neighbours, as a uniform spread's variance width^2 / 12), so results move smoothly.
   * The hot loop: one exp a node.
   */
  below(c: RateRange, strict: boolean): number {
    const h = this.h;
    const dens = this.dens;
    const perAdded = this.perAdded;
    let weighted = 0;
    const variance = c.sd * c.sd;
    let total = 0;
    for (let i = 0; i < NODES; i++) {
      const x = h[i]!;
      dens[i] = 0;
      if (x >= 1) {
        total += 1;
        continue;
      }
      if (x < 0 || (strict && x <= 0)) continue;
      const prev = i > 0 ? clamp01(h[i - 1]!) : x;
      const next = i < NODES - 1 ? clamp01(h[i + 1]!) : x;
      const width = i > 0 && i < NODES - 1 ? (next - prev) / 2 : next - prev;
      const sd = Math.sqrt(variance + (width * width) / 12);
      const z = (x - c.mean) / sd;
      if (z > 9) total += 1;
      else if (z >= -9) {
        const pdf = normalPdf(z);
        const tail = pdf * tailOverDensity(z);
        total += z >= 0 ? 1 - tail : tail;
        dens[i] = pdf / sd;
        weighted += (pdf / sd) * perAdded[i]!;
      }
    }
    this.weighted = weighted;
    return total / NODES;
  }
  /** After `below`: the sum of each node's density times 1 / added. */
  weighted = 0;

  /** P(S <= s) given completion's distribution; sets `slope`. */
  cdf(c: RateRange, s: number): number {
    const perAdded = this.perAdded;
    for (let i = 0; i < NODES; i++) this.h[i] = (s - this.kept[i]!) * perAdded[i]!;
    const p = this.below(c, false);
    // dh/ds = 1 / added: `below` summed each node's density times it.
    this.slope = this.weighted / NODES;
    return p;
  }

  /** P(S >= t) given completion's distribution. */
  survival(c: RateRange, t: number): number {
    for (let i = 0; i < NODES; i++) this.h[i] = (t - this.kept[i]!) / this.added[i]!;
    return 1 - this.below(c, true);
  }

  range(): { lo: number; hi: number } {
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < NODES; i++) {
      const a = this.kept[i]!;
      if (a < lo) lo = a;
      if (a + this.added[i]! > hi) hi = a + this.added[i]!;
    }
    return { lo, hi };
  }
}

/** One set of node buffers for every call: the functions run one at a time and never nest. */
const NODE_SUPPLY = new NodeSupply();

/** Stopping rule for the root finders: far below any WTE or intake a planner would see. */
const closeEnough = (width: number, x: number): boolean => width <= 1e-7 * Math.max(1, Math.abs(x));

/**
 * The x in [lo, hi] where a non-decreasing f reaches p, by Newton's method from `guess` using
 * `slope()` (f's derivative at the point last evaluated), kept inside a shrinking bracket and
 * bisecting whenever a step would leave it: fast on smooth curves, safe on steep or flat ones.
 */
function solveIncreasing(
  f: (x: number) => number,
  slope: () => number,
  p: number,
  lo: number,
  hi: number,
  guess: number
): number {
  let x = guess > lo && guess < hi ? guess : lo + (hi - lo) / 2;
  for (let it = 0; it < 200; it++) {
    const fx = f(x) - p;
    if (fx === 0) return x;
    if (fx > 0) hi = x;
    else lo = x;
    if (closeEnough(hi - lo, x)) break;
    const d = slope();
    let next = d > 0 ? x - fx / d : NaN;
    if (!(next > lo && next < hi)) next = lo + (hi - lo) / 2;
    // Newton's error shrinks with the square of its step (near enough, as the slope leaves out
    // the nodes' widening): a step this small leaves an error far below anything shown.
    if (Math.abs(next - x) <= 1e-5 * Math.max(1, Math.abs(x))) return next;
    x = next;
  }
  return lo + (hi - lo) / 2;
}

/**
 * Where a percentile of two independent influences should be, to start the search: the middle
 * plus the two one-rate shifts combined as for normal spreads (exact when both act linearly).
 */
const combined = (middle: number, shiftA: number, shiftC: number): number =>
  middle + Math.sign(shiftA + shiftC) * Math.sqrt(shiftA * shiftA + shiftC * shiftC);

/** Whether both rates are uncertain and the intake matters, so the two must be combined. */
const bothUncertain = (a: RateRange, c: RateRange, intake: number): boolean =>
  a.sd > 0 && c.sd > 0 && intake > 0;

export const BAND_PERCENTILES = [0.1, 0.5, 0.9] as const;

/**
 * The 10th, 50th and 90th percentiles of staff in post for each year 0..years: three rows of
 * years + 1 values.
 */
export function supplyBand(
  inPost: number,
  intake: number,
  attrition: RateRange,
  completion: RateRange,
  years: number
): number[][] {
  if (!bothUncertain(attrition, completion, intake)) {
    // One rate at most: staff in post are monotone in it, so percentiles map across.
    return BAND_PERCENTILES.map((p) =>
      supplyPath(inPost, intake, rateQuantile(attrition, 1 - p), rateQuantile(completion, p), years)
    );
  }
  // Starting points: each rate alone at its percentile, the other at its middle.
  const middle = supplyPath(inPost, intake, attrition.mean, completion.mean, years);
  const rows = BAND_PERCENTILES.map((p) => {
    const byA = supplyPath(inPost, intake, rateQuantile(attrition, 1 - p), completion.mean, years);
    const byC = supplyPath(inPost, intake, attrition.mean, rateQuantile(completion, p), years);
    return middle.map((m, k) => combined(m, byA[k]! - m, byC[k]! - m));
  });
  const nodes = NODE_SUPPLY.reset(attrition, inPost, intake);
  const f = (s: number) => nodes.cdf(completion, s);
  const slope = () => nodes.slope;
  for (let k = 1; k <= years; k++) {
    nodes.step();
    const { lo, hi } = nodes.range();
    for (let j = 0; j < BAND_PERCENTILES.length; j++) {
      const row = rows[j]!;
      row[k] = solveIncreasing(f, slope, BAND_PERCENTILES[j]!, lo, hi, row[k]!);
    }
  }
  rows.forEach((row) => (row[0] = inPost));
  return rows;
}

/** After `years` years, the nodes' state; used by the chance and the confident intake. */
function nodesAfter(attrition: RateRange, inPost: number, intake: number, years: number) {
  const nodes = NODE_SUPPLY.reset(attrition, inPost, intake);
  for (let k = 0; k < years; k++) nodes.step();
  return nodes;
}

/** Relative slack for "reaches the target", far below any meaningful WTE difference. */
const reaches = (supply: number, target: number): boolean =>
  supply >= target - 1e-9 * Math.max(1, Math.abs(target));

/** The probability that staff in post after `years` years are at least `target`. */
export function chanceOfTarget(
  target: number,
  inPost: number,
  intake: number,
  attrition: RateRange,
  completion: RateRange,
  years: number
): number {
  if (bothUncertain(attrition, completion, intake)) {
    const slack = 1e-9 * Math.max(1, Math.abs(target));
    return nodesAfter(attrition, inPost, intake, years).survival(completion, target - slack);
  }
  if (attrition.sd === 0) {
    // Only completion is uncertain (or nothing): S = A + c B, linear in c.
    const a = attrition.mean;
    const kept = supplyPath(inPost, 0, a, 0, years)[years]!;
    const added = supplyPath(0, intake, a, 1, years)[years]!;
    if (completion.sd === 0 || added === 0) {
      return reaches(kept + completion.mean * added, target) ? 1 : 0;
    }
    const slack = 1e-9 * Math.max(1, Math.abs(target));
    return rateSurvival(completion, (target - slack - kept) / added);
  }
  // Only attrition is uncertain: supply falls as attrition rises, so find where it meets target.
  const c = completion.mean;
  const end = (a: number) => supplyPath(inPost, intake, a, c, years)[years]!;
  if (reaches(end(1), target)) return 1;
  if (!reaches(end(0), target)) return 0;
  let lo = 0; // reaches
  let hi = 1; // does not
  for (let it = 0; it < 60 && hi - lo > 1e-15; it++) {
    const mid = lo + (hi - lo) / 2;
    if (reaches(end(mid), target)) lo = mid;
    else hi = mid;
  }
  return rateCdf(attrition, lo);
}

const noCompletion = (): PlanError =>
  divZero("completion is 0 in too many cases: no intake reaches the target with that confidence.");

/**
 * The constant yearly intake (commissions) with which staff in post reach `target` after `years`
 * years with probability at least `confidence`; 0 where no intake is needed.
 */
export function confidentIntake(
  target: number,
  inPost: number,
  attrition: RateRange,
  completion: RateRange,
  years: number,
  confidence: number
): number | PlanError {
  if (!bothUncertain(attrition, completion, 1)) {
    // Intake needed rises with attrition and falls with completion.
    return intakeNeeded(
      target,
      inPost,
      rateQuantile(attrition, confidence),
      years,
      rateQuantile(completion, 1 - confidence)
    );
  }
  // Per node: kept A and the retained sum G (intake 1), so intake x needs c >= (T - A) / (x G).
  const nodes = nodesAfter(attrition, inPost, 1, years);
  let slopeAt = 0;
  const chanceWith = (x: number): number => {
    for (let i = 0; i < NODES; i++) {
      const shortfall = target - nodes.kept[i]!;
      nodes.h[i] = x > 0 ? shortfall / (x * nodes.added[i]!) : shortfall > 0 ? Infinity : -Infinity;
    }
    const chance = 1 - nodes.below(completion, true);
    // d/dx P(c >= h(x)) with h = shortfall / (x G): the density at h times h / x.
    let slope = 0;
    if (x > 0) for (let i = 0; i < NODES; i++) slope += (nodes.dens[i]! * nodes.h[i]!) / x;
    slopeAt = slope / NODES;
    return chance;
  };
  if (chanceWith(0) >= confidence) return 0;
  const middle = intakeNeeded(target, inPost, attrition.mean, years, completion.mean);
  const byA = intakeNeeded(target, inPost, rateQuantile(attrition, confidence), years, completion.mean); // prettier-ignore
  const byC = intakeNeeded(target, inPost, attrition.mean, years, rateQuantile(completion, 1 - confidence)); // prettier-ignore
  let guess = Math.max(1, target);
  if (typeof middle === "number" && typeof byA === "number" && typeof byC === "number") {
    guess = Math.max(0, combined(middle, byA - middle, byC - middle));
  }
  // An upper bound that gives the confidence; a completion of 0 may make that impossible.
  let hi = Math.max(2 * guess, 1e-9);
  for (let doubling = 0; chanceWith(hi) < confidence; doubling++) {
    if (doubling > 60) return noCompletion();
    hi *= 2;
  }
  return solveIncreasing(chanceWith, () => slopeAt, confidence, 0, hi, guess);
}
