/**
 * The range functions against an independent reference: a seeded Monte Carlo simulation written
 * here from the stated model (each rate one normal draw for the whole horizon, with P10 = low and
 * P90 = high, clipped to 0..1; staff in post by PP.SUPPLY's recurrence), plus properties over
 * generated inputs.
 */
import fc from "fast-check";
import { call, one } from "../support/pp";

/** Mulberry32: a small seeded generator, so the reference is the same on every run. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal draws by Box-Muller. */
function normals(seed: number): () => number {
  const u = mulberry32(seed);
  return () => {
    const u1 = Math.max(u(), 1e-300);
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u());
  };
}

const Z90 = 1.2815515655446004;
const draw = (z: number, low: number, high: number) =>
  Math.min(1, Math.max(0, (low + high) / 2 + ((high - low) / (2 * Z90)) * z));

interface Plan {
  inPost: number;
  intake: number;
  aLow: number;
  aHigh: number;
  years: number;
  cLow: number;
  cHigh: number;
}

/** Staff in post each year in `trials` simulated futures: result[k][trial]. */
function simulate(plan: Plan, trials: number, seed: number): Float64Array[] {
  const z = normals(seed);
  const out = Array.from({ length: plan.years + 1 }, () => new Float64Array(trials));
  for (let t = 0; t < trials; t++) {
    const a = draw(z(), plan.aLow, plan.aHigh);
    const c = draw(z(), plan.cLow, plan.cHigh);
    let s = plan.inPost;
    out[0]![t] = s;
    for (let k = 1; k <= plan.years; k++) {
      s = s * (1 - a) + plan.intake * c;
      out[k]![t] = s;
    }
  }
  return out;
}

const share = (xs: Float64Array, pass: (x: number) => boolean) => {
  let n = 0;
  for (const x of xs) if (pass(x)) n++;
  return n / xs.length;
};

const quantile = (xs: Float64Array, p: number) => {
  const sorted = Float64Array.from(xs).sort();
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
};

const plans: Plan[] = [
  { inPost: 100, intake: 20, aLow: 0.1, aHigh: 0.18, years: 4, cLow: 0.7, cHigh: 0.9 },
  { inPost: 2090, intake: 700, aLow: 0.2, aHigh: 0.4, years: 6, cLow: 0.8, cHigh: 0.95 },
  { inPost: 40, intake: 5, aLow: 0, aHigh: 0.1, years: 10, cLow: 0.3, cHigh: 1 },
  { inPost: 0, intake: 12, aLow: 0.05, aHigh: 0.5, years: 3, cLow: 0.5, cHigh: 0.6 },
];
const TRIALS = 200_000;

describe.each(plans)("against a %p-trial Monte Carlo reference: %o", (plan) => {
  const args = [
    plan.inPost,
    plan.intake,
    plan.aLow,
    plan.aHigh,
    plan.years,
    plan.cLow,
    plan.cHigh,
  ] as const;
  const sim = simulate(plan, TRIALS, 20240601);
  // Sampling error of a share from 200,000 trials is below 0.001; the 16-point rule adds a little.
  const TOL = 0.005;

  it("PP.SUPPLYRANGE's P10, P50 and P90 each hold that share of simulated futures below them", () => {
    const band = call("SUPPLYRANGE", ...args) as number[][];
    [0.1, 0.5, 0.9].forEach((p, j) => {
      for (let k = 1; k <= plan.years; k++) {
        const q = band[j]![k]!;
        expect(Math.abs(share(sim[k]!, (x) => x <= q) - p)).toBeLessThan(TOL);
        // And in WTE: close to the simulation's own percentile.
        const spread = quantile(sim[k]!, 0.9) - quantile(sim[k]!, 0.1);
        expect(Math.abs(q - quantile(sim[k]!, p))).toBeLessThan(0.03 * spread + 1e-9);
      }
    });
  });

  it("PP.CHANCE is the simulated share of futures that reach the target", () => {
    const end = sim[plan.years]!;
    for (const p of [0.2, 0.5, 0.75]) {
      const target = quantile(end, p);
      const chance = one("CHANCE", target, plan.inPost, plan.intake, plan.aLow, plan.aHigh, plan.years, plan.cLow, plan.cHigh) as number; // prettier-ignore
      expect(Math.abs(chance - share(end, (x) => x >= target))).toBeLessThan(TOL);
    }
  });

  it("PP.INTAKECONFIDENT's intake reaches the target in at least that share of futures", () => {
    const target = plan.inPost + 30;
    for (const confidence of [0.5, 0.9]) {
      const intake = one("INTAKECONFIDENT", target, plan.inPost, plan.aLow, plan.aHigh, plan.years, plan.cLow, plan.cHigh, confidence) as number; // prettier-ignore
      const withIt = simulate({ ...plan, intake }, TRIALS, 7)[plan.years]!;
      const reached = share(withIt, (x) => x >= target - 1e-9 * target);
      expect(reached).toBeGreaterThanOrEqual(confidence - TOL);
      expect(reached).toBeLessThan(confidence + TOL);
    }
  });
});

describe("properties", () => {
  const wte = fc.double({ min: 0, max: 5000, noNaN: true });
  const rate = fc.double({ min: 0, max: 0.6, noNaN: true });
  const width = fc.double({ min: 0, max: 0.3, noNaN: true });
  const years = fc.integer({ min: 1, max: 12 });

  it("zero-width ranges give PP.SUPPLY's path exactly", () => {
    fc.assert(
      fc.property(wte, wte, rate, years, (s0, i, a, y) => {
        const supply = call("SUPPLY", s0, i, a, y)[0];
        const band = call("SUPPLYRANGE", s0, i, a, a, y);
        return band.every((r) => JSON.stringify(r) === JSON.stringify(supply));
      }),
      { numRuns: 100 }
    );
  });

  it("zero-width ranges give PP.INTAKE's intake exactly", () => {
    fc.assert(
      fc.property(
        wte,
        wte,
        rate,
        years,
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        (t, s0, a, y, c) =>
          Object.is(one("INTAKECONFIDENT", t, s0, a, a, y, c, c), one("INTAKE", t, s0, a, y, c))
      ),
      { numRuns: 100 }
    );
  });

  it("a wider attrition range never narrows the band", () => {
    fc.assert(
      fc.property(wte, wte, rate, width, width, width, years, (s0, i, lo, w, dLo, dHi, y) => {
        const hi = Math.min(0.99, lo + w);
        const lo2 = Math.max(0, lo - dLo);
        const hi2 = Math.min(0.99, hi + dHi);
        const [p10, , p90] = call("SUPPLYRANGE", s0, i, lo, hi, y) as number[][];
        const [q10, , q90] = call("SUPPLYRANGE", s0, i, lo2, hi2, y) as number[][];
        return p10!.every((v, k) => q10![k]! <= v && q90![k]! >= p90![k]!);
      }),
      { numRuns: 100 }
    );
  });

  it("widening both ranges about their middles never narrows the band", () => {
    const mid = fc.double({ min: 0.05, max: 0.5, noNaN: true });
    const cMid = fc.double({ min: 0.4, max: 0.9, noNaN: true });
    // Up to 0.03 x 1.6 either side keeps every range inside 0..1.
    const half = fc.double({ min: 0.001, max: 0.03, noNaN: true });
    fc.assert(
      fc.property(
        wte,
        fc.double({ min: 1, max: 500, noNaN: true }),
        mid,
        half,
        cMid,
        half,
        fc.double({ min: 1, max: 1.6, noNaN: true }),
        years,
        (s0, i, a, ha, c, hc, grow, y) => {
          const narrow = call(
            "SUPPLYRANGE",
            s0,
            i,
            a - ha,
            a + ha,
            y,
            c - hc,
            c + hc
          ) as number[][];
          const wide = call("SUPPLYRANGE", s0, i, a - ha * grow, a + ha * grow, y, c - hc * grow, c + hc * grow) as number[][]; // prettier-ignore
          // Allow the quadrature's resolution: a small share of the band's own width.
          return narrow[0]!.every((v, k) => {
            const slack = 0.01 * (narrow[2]![k]! - v) + 1e-9 * Math.max(1, v);
            return wide[0]![k]! <= v + slack && wide[2]![k]! >= narrow[2]![k]! - slack;
          });
        }
      ),
      { numRuns: 60 }
    );
  });

  it("the confident intake gives at least the confidence, and no more than it needs to", () => {
    // Completion's range reaching 1 puts weight on exactly 1, so the chance can jump as the
    // intake grows; the intake must then be the one past the jump, never just short of it.
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 2000, noNaN: true }),
        fc.double({ min: 0.5, max: 1.5, noNaN: true }),
        fc.double({ min: 0, max: 0.35, noNaN: true }),
        fc.double({ min: 0.01, max: 0.25, noNaN: true }),
        fc.double({ min: 0.3, max: 0.95, noNaN: true }),
        fc.double({ min: 0.01, max: 0.4, noNaN: true }),
        years,
        fc.double({ min: 0.05, max: 0.95, noNaN: true }),
        (s0, grow, a, wa, c, wc, y, conf) => {
          const args = [s0, a, a + wa, y, c, Math.min(1, c + wc)] as const;
          const target = s0 * grow;
          const intake = one("INTAKECONFIDENT", target, ...args, conf);
          if (typeof intake !== "number" || intake === 0) return true;
          const chance = (x: number) =>
            one("CHANCE", target, s0, x, args[1], args[2], y, args[4], args[5]) as number;
          const reached = chance(intake);
          // Either the chance is the confidence, or a hair less intake falls short (a jump).
          return (
            reached >= conf - 1e-9 &&
            (reached <= conf + 1e-6 || chance(intake * (1 - 1e-6)) < conf - 1e-9)
          );
        }
      ),
      { numRuns: 150 }
    );
  });

  it("P10 <= P50 <= P90 every year", () => {
    fc.assert(
      fc.property(wte, wte, rate, width, years, rate, width, (s0, i, a, w, y, c, wc) => {
        const cHi = Math.min(1, c + 0.3 + wc);
        const [p10, p50, p90] = call("SUPPLYRANGE", s0, i, a, Math.min(0.99, a + w), y, c + 0.3, cHi) as number[][]; // prettier-ignore
        return p10!.every(
          (v, k) =>
            v <= p50![k]! + 1e-9 * Math.max(1, v) && p50![k]! <= p90![k]! + 1e-9 * Math.max(1, v)
        );
      }),
      { numRuns: 60 }
    );
  });
});
