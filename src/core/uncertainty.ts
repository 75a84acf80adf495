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
 * safeguarded Halley steps, and the confident intake by Newton's on the side that reaches the
 * confidence. No random numbers: the same arguments always give the same result.
 */
import { divZero, PlanError } from "./errors";
import { CDF_CUBIC, CDF_LIMIT, CDF_PER_UNIT, normalCdf, normalQuantile, Z90 } from "./normal";
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

  /**
   * P(S <= s) (P(S < s) when `strict`) after `fit`. Sets `slope` and `curve`, its first and second
   * derivatives (exact: those of the interpolant), and `bound`, the most its third derivative can
   * be near s: each node's normal contributes at most 0.5 (the standard normal's largest |phi''|,
   * 0.399, with room for the interpolant) times its z-rate cubed.
   */
  cdf(s: number, strict: boolean): number {
    const { zRate, zBase, floor, ceiling } = this;
    const cubic = CDF_CUBIC;
    let total = 0;
    let slope = 0;
    let curve = 0;
    let bound = 0;
    for (let i = 0; i < NODES; i++) {
      if (s >= ceiling[i]!) {
        total += 1;
        continue;
      }
      if (!(s > floor[i]! || (!strict && s === floor[i]!))) continue;
      const rate = zRate[i]!;
      const z = s * rate + zBase[i]!;
      if (z >= CDF_LIMIT) {
        total += 1;
        continue;
      }
      if (!(z > -CDF_LIMIT)) continue;
      // The table's segment for z, read here rather than through a call (see CDF_CUBIC).
      const x = (z + CDF_LIMIT) * CDF_PER_UNIT;
      const j = x | 0;
      const u = x - j;
      const k = 4 * j;
      const d0 = cubic[k + 1]!;
      const b = cubic[k + 2]!;
      const c = cubic[k + 3]!;
      const perS = CDF_PER_UNIT * rate;
      total += cubic[k]! + u * (d0 + u * (b + c * u));
      slope += (d0 + u * (2 * b + 3 * c * u)) * perS;
      curve += (2 * b + 6 * c * u) * perS * perS;
      bound += rate * rate * rate;
    }
    this.slope = slope / NODES;
    this.curve = curve / NODES;
    this.bound = (0.5 * bound) / NODES;
    return total / NODES;
  }
  /** The second derivative of the last `cdf`. */
  curve = 0;
  /** After `cdf`: a bound on the third derivative while no node's floor or ceiling is crossed. */
  bound = 0;

  /** Whether no node's floor or ceiling (where `cdf` has a kink) lies between a and b. */
  private smoothBetween(a: number, b: number): boolean {
    const lo = Math.min(a, b);
    const hi = Math.max(a, b);
    for (let i = 0; i < NODES; i++) {
      const f = this.floor[i]!;
      const c = this.ceiling[i]!;
      if ((f >= lo && f <= hi) || (c >= lo && c <= hi)) return false;
    }
    return true;
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
    const cubic = CDF_CUBIC;
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
      if (z >= CDF_LIMIT) {
        total += 1;
        continue;
      }
      if (!(z > -CDF_LIMIT)) continue;
      const at = (z + CDF_LIMIT) * CDF_PER_UNIT;
      const j = at | 0;
      const u = at - j;
      const k = 4 * j;
      const d0 = cubic[k + 1]!;
      total += cubic[k]! + u * (d0 + u * (cubic[k + 2]! + cubic[k + 3]! * u));
      const perZ = (d0 + u * (2 * cubic[k + 2]! + 3 * cubic[k + 3]! * u)) * CDF_PER_UNIT;
      // dz/dt = (dh/dt - z dsd/dt) / sd, with dsd/dt = width widthSlope / (12 sd).
      slope += perZ * (rate[i]! - (z * width * widthSlope * invSd) / 12) * invSd;
    }
    this.slope = slope / NODES;
    return total / NODES;
  }

  /**
   * The s in [lo, hi] where `cdf` reaches p, from `guess`: Halley's steps (they use the curvature
   * too), kept inside a shrinking bracket and bisecting whenever a step would leave it, so fast on
   * smooth curves and safe on steep or flat ones. A step is taken as the answer without another
   * evaluation when it is proved close enough: the quadratic's own residual plus the most the third
   * derivative can add, over the least slope on the way, puts the root within 1e-8 of the
   * answer's size of it. With a good guess that saves most solves their second evaluation.
   */
  percentile(p: number, lo: number, hi: number, guess: number): number {
    let t = guess > lo && guess < hi ? guess : lo + (hi - lo) / 2;
    // Near 0 the answer's own size is no yardstick; the plan's is. A fixed 1 WTE would stop at
    // once on a plan of a few millionths of a WTE and could put P50 above P90.
    const least = 1e-6 * Math.max(Math.abs(lo), Math.abs(hi));
    for (let it = 0; it < 200; it++) {
      const ft = this.cdf(t, false) - p;
      if (ft === 0) return t;
      if (ft > 0) hi = t;
      else lo = t;
      const unit = Math.max(least, Math.abs(t));
      if (hi - lo <= 1e-7 * unit) break;
      const d = this.slope;
      const e = this.curve;
      let step = d > 0 ? -ft / d : NaN;
      step /= 1 + (step * e) / (2 * d);
      const size = Math.abs(step);
      const next = t + step;
      if (!(next > lo && next < hi)) {
        t = lo + (hi - lo) / 2;
        continue;
      }
      // F' stays above d / 2 over the step when its change, at most |e| h + bound h^2 / 2, is
      // below d / 2; F(next) - p is then at most what the quadratic leaves plus bound h^3 / 6.
      // (size * size * size, not size ** 3: a power is a slow call in a loop this hot.)
      if (size * Math.abs(e) + (this.bound * size * size) / 2 <= d / 2) {
        const residual = Math.abs(ft + step * (d + (e * step) / 2)) + (this.bound * size * size * size) / 6; // prettier-ignore
        if (residual <= 0.5 * d * 1e-8 * unit && this.smoothBetween(t, next)) return next;
      }
      // A step this small leaves an error far below anything shown, the derivatives being exact.
      if (size <= 1e-5 * unit) return next;
      t = next;
    }
    return lo + (hi - lo) / 2;
  }

  /**
   * The t in [lo, hi] (lo given as one where `below` is at most p) at which `below`, the chance
   * that intake 1 / t falls short, is p, taken on its safe side: the intake given must reach the
   * confidence asked for, and where a rate's clipping makes the chance jump the root is the jump.
   * Newton's steps aim just inside the safe side and stop once `below` is within 1e-10 under p;
   * if the bracket closes first, on a jump, its safe end is the answer.
   */
  safeRoot(c: RateRange, p: number, lo: number, hi: number, guess: number): number {
    const aim = p - 5e-11;
    let t = guess > lo && guess < hi ? guess : lo + (hi - lo) / 2;
    for (let it = 0; it < 200; it++) {
      const ft = this.below(c, t) - p;
      if (ft <= 0) {
        if (ft >= -1e-10) return t;
        lo = t;
      } else hi = t;
      // A change dt in t moves 1 / t by dt / t^2, the same share of it as of t: t is its own
      // yardstick, however small the intake (a plan of millionths of a WTE needs one too).
      if (hi - lo <= 1e-7 * t) break;
      const d = this.slope;
      let next = d > 0 ? t - (ft + p - aim) / d : NaN;
      if (!(next > lo && next < hi)) next = lo + (hi - lo) / 2;
      t = next;
    }
    return lo;
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
  let lastMiddle = middle;
  let lastLow = middle;
  let lastHigh = middle;
  for (let k = 1; k <= years; k++) {
    middle = nextInPost(middle, attrition.mean, intake * completion.mean);
    byALow = nextInPost(byALow, aLow, intake * completion.mean);
    byAHigh = nextInPost(byAHigh, aHigh, intake * completion.mean);
    byCLow = nextInPost(byCLow, attrition.mean, intake * cLow);
    byCHigh = nextInPost(byCHigh, attrition.mean, intake * cHigh);
    nodes.step();
    nodes.fit(completion);
    // From the second year, last year's answer says how far off the combined guess was: its
    // distance from the middle, grown as the combined guess's has, is closer still.
    const low = combined(middle, byALow - middle, byCLow - middle);
    const high = combined(middle, byAHigh - middle, byCHigh - middle);
    const guess10 = k > 1 && lastLow !== lastMiddle ? middle + (p10[k - 1]! - lastMiddle) * ((low - middle) / (lastLow - lastMiddle)) : low; // prettier-ignore
    const guess90 = k > 1 && lastHigh !== lastMiddle ? middle + (p90[k - 1]! - lastMiddle) * ((high - middle) / (lastHigh - lastMiddle)) : high; // prettier-ignore
    // The median first, then P10 below it and P90 above it: ordered by construction, however
    // narrow the band (the solver's own precision could otherwise swap two near-equal ends).
    const { lo, hi } = nodes;
    const median = nodes.percentile(0.5, lo, hi, middle);
    p50[k] = median;
    p10[k] = nodes.percentile(0.1, lo, median, guess10);
    p90[k] = nodes.percentile(0.9, median, hi, guess90);
    lastMiddle = middle;
    lastLow = low;
    lastHigh = high;
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

/**
 * Slack for "reaches the target": a supply within a billionth of the target reaches it, so that
 * rounding cannot turn an exact hit into a miss. A share of the target, not of 1 WTE, which would
 * be most of a plan of millionths of a WTE.
 */
const slackFor = (target: number): number => 1e-9 * Math.abs(target);

const reaches = (supply: number, target: number): boolean => supply >= target - slackFor(target);

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
    const slack = slackFor(target);
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
    const slack = slackFor(target);
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
  const t = nodes.safeRoot(completion, 1 - confidence, 1 / hi, 1 / steepest, 1 / guess);
  return 1 / t;
}
