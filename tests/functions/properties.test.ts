/** The algebra that ties the functions together, checked over generated inputs. */
import fc from "fast-check";
import { SERVICE_AREAS } from "../../src/data";
import { FakeCustomFunctionsError } from "../support/customFunctionsGlobal";
import { call, fns, one } from "../support/pp";

const AREAS = SERVICE_AREAS.map((area) => area.id);
const GROUPS = ["Psychologists", "Therapists", "EMHP", "All"];

const wte = fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true });
const positiveWte = fc.double({ min: 1e-3, max: 1e6, noNaN: true, noDefaultInfinity: true });
const share = fc.double({ min: 0, max: 1, noNaN: true });
const attrition = fc.double({ min: 0, max: 0.95, noNaN: true });
const years = fc.integer({ min: 1, max: 50 });

const closeTo = (a: number, b: number, rel = 1e-9) =>
  Math.abs(a - b) <= rel * Math.max(1, Math.abs(a), Math.abs(b));

describe("algebra", () => {
  it("GAP(TARGET(b, area, group, share), b) = share x LTP(area, group)", () => {
    fc.assert(
      fc.property(
        wte,
        fc.constantFrom(...AREAS),
        fc.constantFrom(...GROUPS),
        share,
        (b, area, group, s) => {
          const target = one("TARGET", b, area, group, s) as number;
          const gap = one("GAP", target, b) as number;
          const national = one("LTP", area, group) as number;
          return closeTo(gap, s * national);
        }
      )
    );
  });

  it("TRAJECTORY starts at the baseline and ends at the target, with years + 1 values", () => {
    fc.assert(
      fc.property(
        positiveWte,
        wte,
        years,
        fc.constantFrom("linear", "compound"),
        (b, t, y, method) => {
          const [row] = call("TRAJECTORY", b, t, y, method) as [number[]];
          return row.length === y + 1 && row[0] === b && row[y] === t;
        }
      )
    );
  });

  it("a linear TRAJECTORY takes equal steps; a compound one a constant ratio", () => {
    fc.assert(
      fc.property(positiveWte, positiveWte, fc.integer({ min: 2, max: 20 }), (b, t, y) => {
        const [linear] = call("TRAJECTORY", b, t, y) as [number[]];
        const [compound] = call("TRAJECTORY", b, t, y, "compound") as [number[]];
        const step = (t - b) / y;
        const ratio = Math.pow(t / b, 1 / y);
        return (
          linear.every((v, k) => k === 0 || closeTo(v - linear[k - 1]!, step, 1e-6)) &&
          compound.every((v, k) => k === 0 || closeTo(v / compound[k - 1]!, ratio, 1e-9))
        );
      })
    );
  });

  it("SUPPLY with the INTAKE it asks for reaches the target", () => {
    fc.assert(
      fc.property(
        wte,
        wte,
        attrition,
        fc.integer({ min: 1, max: 30 }),
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        (inPost, target, a, y, completion) => {
          const commissions = one("INTAKE", target, inPost, a, y, completion) as number;
          const [path] = call("SUPPLY", inPost, commissions * completion, a, y) as [number[]];
          const end = path[y]!;
          // No intake is needed when attrition alone keeps enough staff: then supply stays above target.
          return commissions === 0
            ? end >= target - 1e-6 * Math.max(1, target)
            : closeTo(end, target, 1e-7);
        }
      )
    );
  });

  it("GROWTH with years compounds back to the total GROWTH", () => {
    fc.assert(
      fc.property(positiveWte, positiveWte, years, (b, t, y) => {
        const total = one("GROWTH", b, t) as number;
        const yearly = one("GROWTH", b, t, y) as number;
        return closeTo(Math.pow(1 + yearly, y) - 1, total, 1e-6);
      })
    );
  });

  it("MEETS agrees with GROWTH against the minimum", () => {
    fc.assert(
      fc.property(positiveWte, wte, share, (b, t, minimum) => {
        const growth = one("GROWTH", b, t) as number;
        const meets = one("MEETS", b, t, minimum) as boolean;
        return Math.abs(growth - minimum) < 1e-9 || meets === growth >= minimum;
      })
    );
  });
});

describe("no input, however odd, makes a function throw", () => {
  const cell = fc.oneof(
    fc.double(),
    fc.integer(),
    fc.string(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.constantFrom(...AREAS, ...GROUPS, "PWP", "All", "linear", "compound", "Table1", "Sources"),
    fc
      .constantFrom("#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#SPILL!")
      .map((code) => new FakeCustomFunctionsError(code)),
    fc.object(),
    fc.constant([])
  );
  const matrix = fc.oneof(
    cell,
    fc.array(fc.array(cell, { minLength: 0, maxLength: 4 }), { minLength: 0, maxLength: 4 }),
    fc.array(cell, { maxLength: 4 })
  );

  it.each(Object.keys(fns))("%s returns a matrix of Excel values", (name) => {
    const fn = fns[name]!;
    fc.assert(
      // Up to 8: the range functions take 7 or 8 arguments.
      fc.property(fc.array(matrix, { minLength: 0, maxLength: 8 }), (args) => {
        const result = fn(...args);
        if (!Array.isArray(result) || result.length === 0) return false;
        const width = result[0]!.length;
        return result.every(
          (row) =>
            Array.isArray(row) &&
            row.length === width &&
            row.every(
              (v) =>
                (typeof v === "number" && Number.isFinite(v)) ||
                typeof v === "string" ||
                typeof v === "boolean" ||
                v instanceof FakeCustomFunctionsError
            )
        );
      }),
      { numRuns: 300 }
    );
  });
});
