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
 * (each point carrying its stratum's spread, see `NodeSupply`); percentiles are found by
 * safeguarded Newton steps. No random numbers: the same arguments always give the same result.
 */
import { divZero, PlanError } from "./errors";
import { interpolatedCdf, normalCdf, normalQuantile, Z90 } from "./normal";
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
 *
 * P(S <= s) is the mean over nodes of P(c <= h[i]), h[i] = (s - A[i]) / B[i] the completion node i
 * needs (P(c < h[i]) for "falls short of"). A point rule would drop the variation of attrition
 * inside each node's stratum and give a staircase; here each node's completion spread is widened
 * by the spread of its threshold across the stratum (half the gap to its neighbours' thresholds,
 * as a uniform spread's variance width^2 / 12), so results move smoothly. The gap is measured
 * where the node matters most, at its own median (h[i] = completion's mean): that keeps each
 * node a fixed normal in s, so an evaluation costs no exp, sqrt or division a node.
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
    }
  }

  /** After `fit`: node i's standard score is s zRate[i] + zBase[i] between floor and ceiling. */
  private readonly zRate = new Float64Array(NODES);
  private readonly zBase = new Float64Array(NODES);
  /** Below A completion would have to be under 0; from A + B on, over 1. */
  private readonly floor = new Float64Array(NODES);
  private readonly ceiling = new Float64Array(NODES);
  /** The derivative of the last `cdf` or `below`, exact (it is that of the interpolant). */
  slope = 0;

  /** Makes each node's normal for completion `c`, for `cdf`. */
  fit(c: RateRange): this {
    const { kept, added, perAdded } = this;
    const variance = c.sd * c.sd;
    for (let i = 0; i < NODES; i++) perAdded[i] = 1 / added[i]!;
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < NODES; i++) {
      const median = kept[i]! + c.mean * added[i]!;
      const prev = i > 0 ? (median - kept[i - 1]!) * perAdded[i - 1]! : c.mean;
      const next = i < NODES - 1 ? (median - kept[i + 1]!) * perAdded[i + 1]! : c.mean;
      // Completion's spread widened by the node's stratum: the neighbours' thresholds at the
      // node's median (its own at the ends), counted only inside 0..1.
      const width = (clamp01(next) - clamp01(prev)) * (i > 0 && i < NODES - 1 ? 0.5 : 1);
      const invSd = perAdded[i]! / Math.sqrt(variance + (width * width) / 12);
      this.zRate[i] = invSd;
      this.zBase[i] = -median * invSd;
      const floor = kept[i]!;
      const ceiling = floor + added[i]!;
      this.floor[i] = floor;
      this.ceiling[i] = ceiling;
      if (floor < lo) lo = floor;
      if (ceiling > hi) hi = ceiling;
    }
    this.lo = lo;
    this.hi = hi;
    return this;
  }
  private readonly perAdded = new Float64Array(NODES);
  /** After `fit`: every node's staff in post lies in lo..hi, whatever completion is. */
  lo = 0;
  hi = 0;

  /** P(S <= s) (P(S < s) when `strict`) after `fit`; sets `slope`. */
  cdf(s: number, strict: boolean): number {
    const { zRate, zBase, floor, ceiling } = this;
    const normal = interpolatedCdf;
    let total = 0;
    let slope = 0;
    for (let i = 0; i < NODES; i++) {
      if (s >= ceiling[i]!) total += 1;
      else if (s > floor[i]! || (!strict && s === floor[i]!)) {
        const z = s * zRate[i]! + zBase[i]!;
        total += normal.at(z);
        slope += normal.slopeAt(z) * zRate[i]!;
      }
    }
    this.slope = slope / NODES;
    return total / NODES;
  }

  /**
   * For a target T and intake x the nodes' thresholds h[i] = (T - A[i]) / (x G[i]) (G: `added`
   * at intake 1) are lines in t = 1 / x, and so are their neighbours' at node i's median, so
   * the widths move with t: `below` pays a sqrt a node. Set by `forTarget`.
   */
  private readonly rate = new Float64Array(NODES);
  private readonly prevRate = new Float64Array(NODES);
  private readonly prevBase = new Float64Array(NODES);
  private readonly nextRate = new Float64Array(NODES);
  private readonly nextBase = new Float64Array(NODES);

  forTarget(c: RateRange, target: number): this {
    const { kept, added } = this;
    for (let i = 0; i < NODES; i++) {
      this.rate[i] = (target - kept[i]!) / added[i]!;
      // At node i's median A[i] + c.mean x G[i], node j needs (A[i] - A[j]) t / G[j] + c.mean G[i] / G[j].
      const j = i > 0 ? i - 1 : i;
      const l = i < NODES - 1 ? i + 1 : i;
      this.prevRate[i] = (kept[i]! - kept[j]!) / added[j]!;
      this.prevBase[i] = (c.mean * added[i]!) / added[j]!;
      this.nextRate[i] = (kept[i]! - kept[l]!) / added[l]!;
      this.nextBase[i] = (c.mean * added[i]!) / added[l]!;
    }
    return this;
  }

  /** After `forTarget`: the chance of falling short of the target with intake 1 / t; sets `slope`. */
  below(c: RateRange, t: number): number {
    const { rate, prevRate, prevBase, nextRate, nextBase } = this;
    const variance = c.sd * c.sd;
    const normal = interpolatedCdf;
    let total = 0;
    let slope = 0;
    for (let i = 0; i < NODES; i++) {
      const x = rate[i]! * t;
      if (x >= 1) {
        total += 1;
        continue;
      }
      if (x <= 0) continue;
      // A neighbour's threshold counts only inside 0..1, and so moves with t only there.
      let prev = prevRate[i]! * t + prevBase[i]!;
      let prevSlope = prevRate[i]!;
      if (prev < 0 || prev > 1) {
        prev = clamp01(prev);
        prevSlope = 0;
      }
      let next = nextRate[i]! * t + nextBase[i]!;
      let nextSlope = nextRate[i]!;
      if (next < 0 || next > 1) {
        next = clamp01(next);
        nextSlope = 0;
      }
      const half = i > 0 && i < NODES - 1 ? 0.5 : 1;
      const width = (next - prev) * half;
      const widthSlope = (nextSlope - prevSlope) * half;
      const invSd = 1 / Math.sqrt(variance + (width * width) / 12);
      const z = (x - c.mean) * invSd;
      total += normal.at(z);
      // dz/dt = (dh/dt - z dsd/dt) / sd, with dsd/dt = width widthSlope / (12 sd).
      slope += normal.slopeAt(z) * (rate[i]! - (z * width * widthSlope * invSd) / 12) * invSd;
    }
    this.slope = slope / NODES;
    return total / NODES;
  }

  /**
   * The t in [lo, hi] where `cdf` (or, when `reciprocal`, `below`: an intake 1 / t) reaches p,
   * by Newton's method from `guess`, kept inside a shrinking bracket and bisecting whenever a
   * step would leave it: fast on smooth curves, safe on steep or flat ones. The stopping rules
   * are relative to the answer, s or 1 / t: far below any WTE or intake a planner sees.
   */
  solve(
    c: RateRange,
    p: number,
    lo: number,
    hi: number,
    guess: number,
    reciprocal: boolean
  ): number {
    let t = guess > lo && guess < hi ? guess : lo + (hi - lo) / 2;
    // Near 0 the answer's own size is no yardstick; the plan's is. A fixed 1 WTE would stop at
    // once on a plan of a few millionths of a WTE and could put P50 above P90.
    const least = 1e-6 * Math.max(Math.abs(lo), Math.abs(hi));
    for (let it = 0; it < 200; it++) {
      const ft = (reciprocal ? this.below(c, t) : this.cdf(t, false)) - p;
      if (ft === 0) return t;
      if (ft > 0) hi = t;
      else lo = t;
      // A change dt in t moves 1 / t by dt / t^2.
      const unit = reciprocal ? Math.max(t * t, t) : Math.max(least, Math.abs(t));
      if (hi - lo <= 1e-7 * unit) break;
      const d = this.slope;
      let next = d > 0 ? t - ft / d : NaN;
      if (!(next > lo && next < hi)) next = lo + (hi - lo) / 2;
      // Newton's error shrinks with the square of its step, the slope being exact: a step this
      // small leaves an error far below anything shown.
      if (Math.abs(next - t) <= 1e-5 * unit) return next;
      t = next;
    }
    return lo + (hi - lo) / 2;
  }
}

/** One set of node buffers for every call: the functions run one at a time and never nest. */
const NODE_SUPPLY = new NodeSupply();

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
  // Starting points: each rate alone at its percentile, the other at its middle, run as
  // PP.SUPPLY's recurrence alongside the nodes.
  const aLow = rateQuantile(attrition, 0.9);
  const aHigh = rateQuantile(attrition, 0.1);
  const cLow = rateQuantile(completion, 0.1);
  const cHigh = rateQuantile(completion, 0.9);
  let middle = inPost;
  let byALow = inPost; // P10 of staff: high attrition
  let byAHigh = inPost;
  let byCLow = inPost;
  let byCHigh = inPost;
  const p10 = new Array<number>(years + 1);
  const p50 = new Array<number>(years + 1);
  const p90 = new Array<number>(years + 1);
  const nodes = NODE_SUPPLY.reset(attrition, inPost, intake);
  for (let k = 1; k <= years; k++) {
    middle = nextInPost(middle, attrition.mean, intake * completion.mean);
    byALow = nextInPost(byALow, aLow, intake * completion.mean);
    byAHigh = nextInPost(byAHigh, aHigh, intake * completion.mean);
    byCLow = nextInPost(byCLow, attrition.mean, intake * cLow);
    byCHigh = nextInPost(byCHigh, attrition.mean, intake * cHigh);
    nodes.step();
    nodes.fit(completion);
    const { lo, hi } = nodes;
    p10[k] = nodes.solve(completion, 0.1, lo, hi, combined(middle, byALow - middle, byCLow - middle), false); // prettier-ignore
    p50[k] = nodes.solve(completion, 0.5, lo, hi, middle, false);
    p90[k] = nodes.solve(completion, 0.9, lo, hi, combined(middle, byAHigh - middle, byCHigh - middle), false); // prettier-ignore
  }
  p10[0] = p50[0] = p90[0] = inPost;
  return [p10, p50, p90];
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
    return (
      1 -
      nodesAfter(attrition, inPost, intake, years)
        .fit(completion)
        .cdf(target - slack, true)
    );
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
  // Per node: kept A and the retained sum G (intake 1), so intake x needs c >= (T - A) / (x G):
  // a line in t = 1 / x, and the chance of falling short is `below` (strict) at t.
  const nodes = nodesAfter(attrition, inPost, 1, years).forTarget(completion, target);
  let reachedWithNone = 0;
  let steepest = Infinity;
  for (let i = 0; i < NODES; i++) {
    const shortfall = target - nodes.kept[i]!;
    if (shortfall <= 0) reachedWithNone++;
    else steepest = Math.min(steepest, shortfall / nodes.added[i]!);
  }
  const chanceWith = (x: number): number =>
    x > 0 ? 1 - nodes.below(completion, 1 / x) : reachedWithNone / NODES;
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
  // Beyond t = 1 / steepest every node falls short whatever its completion, as with no intake.
  const t = nodes.solve(completion, 1 - confidence, 1 / hi, 1 / steepest, 1 / guess, true);
  return 1 / t;
}
