/**
 * The standard normal distribution: its cumulative probability and its inverse. Plain closed-form
 * approximations, so the range functions give the same answer on every machine and every run.
 */

/** The 90th percentile of the standard normal: an 80% interval is the mean ± this many sds. */
export const Z90 = 1.2815515655446004;

const INV_SQRT_2PI = 0.3989422804014327;

/** The standard normal density. */
export function normalPdf(z: number): number {
  return INV_SQRT_2PI * Math.exp(-0.5 * z * z);
}

/**
 * The upper tail P(Z >= |z|) divided by the density at z: Abramowitz and Stegun 26.2.17 (absolute
 * error of the tail below 7.5e-8), so a caller that already has the density pays no second exp.
 */
export function tailOverDensity(z: number): number {
  const t = 1 / (1 + 0.2316419 * Math.abs(z));
  return (
    t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))))
  );
}

/** P(Z <= z) for a standard normal Z, to within 7.5e-8: ample for probabilities a planner sees. */
export function normalCdf(z: number): number {
  if (z < -9) return 0;
  if (z > 9) return 1;
  const tail = normalPdf(z) * tailOverDensity(z);
  return z >= 0 ? 1 - tail : tail;
}

// Acklam's rational approximation to the normal quantile (relative error below 1.2e-9).
const A = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239]; // prettier-ignore
const B = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572]; // prettier-ignore
const C = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783]; // prettier-ignore
const D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
const P_LOW = 0.02425;

/** The z with P(Z <= z) = p, for 0 < p < 1. */
export function normalQuantile(p: number): number {
  if (p <= 0) return -Infinity;
  if (p >= 1) return Infinity;
  if (p < P_LOW) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (
      (((((C[0]! * q + C[1]!) * q + C[2]!) * q + C[3]!) * q + C[4]!) * q + C[5]!) /
      ((((D[0]! * q + D[1]!) * q + D[2]!) * q + D[3]!) * q + 1)
    );
  }
  if (p > 1 - P_LOW) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((A[0]! * r + A[1]!) * r + A[2]!) * r + A[3]!) * r + A[4]!) * r + A[5]!) * q) /
    (((((B[0]! * r + B[1]!) * r + B[2]!) * r + B[3]!) * r + B[4]!) * r + 1)
  );
}

/**
 * P(Z <= z) by cubic interpolation between knots 1/32 apart that hold normalCdf and normalPdf:
 * within 1.1e-8 of normalCdf (and so, like it, within 7.5e-8 of the true value) with no exp, which
 * the range functions' inner loops would otherwise pay for hundreds of times a row.
 *
 * Segment j covers z from -CDF_LIMIT + j / CDF_PER_UNIT, with u = (z + CDF_LIMIT) CDF_PER_UNIT - j
 * in 0..1, and holds the cubic p(u) = p0 + d0 u + b u^2 + c u^3 that matches both knots' values
 * and slopes (the densities times the spacing) as four numbers side by side at 4j. The table is
 * shared rather than wrapped in methods: those loops want a segment's value, slope and curvature
 * together, and a call a node that hands back more than one number costs more than the sums.
 */
export const CDF_LIMIT = 8; // beyond this many sds the tail is below 1e-15: 0 or 1
export const CDF_PER_UNIT = 32;
export const CDF_CUBIC: Float64Array = cubicSegments();

function cubicSegments(): Float64Array {
  // One spare segment so that z = +CDF_LIMIT itself reads a whole one.
  const segments = 2 * CDF_LIMIT * CDF_PER_UNIT + 1;
  const cubic = new Float64Array(4 * segments);
  const knot = (j: number) => -CDF_LIMIT + j / CDF_PER_UNIT;
  for (let j = 0; j < segments; j++) {
    const p0 = normalCdf(knot(j));
    const d0 = normalPdf(knot(j)) / CDF_PER_UNIT;
    const d1 = normalPdf(knot(j + 1)) / CDF_PER_UNIT;
    const rise = normalCdf(knot(j + 1)) - p0;
    cubic[4 * j] = p0;
    cubic[4 * j + 1] = d0;
    cubic[4 * j + 2] = 3 * rise - 2 * d0 - d1;
    cubic[4 * j + 3] = d0 + d1 - 2 * rise;
  }
  return cubic;
}

/** P(Z <= z) from the interpolated table, read as the range functions' loops read it. */
export function interpolatedCdf(z: number): number {
  if (!(z > -CDF_LIMIT)) return 0;
  if (z >= CDF_LIMIT) return 1;
  const x = (z + CDF_LIMIT) * CDF_PER_UNIT;
  const j = x | 0;
  const u = x - j;
  const k = 4 * j;
  return CDF_CUBIC[k]! + u * (CDF_CUBIC[k + 1]! + u * (CDF_CUBIC[k + 2]! + CDF_CUBIC[k + 3]! * u));
}
