import {
  ACTIONS,
  ALL_FIGURES,
  AMBITION,
  ATTRITION_RATES,
  BASELINES,
  DOCUMENTS,
  IMPACT_AREAS,
  MHST_CELL,
  PROFESSIONS,
  SERVICE_AREAS,
  STAFF_GROUPS,
  TABLE1_CELLS,
  TABLE1_TOTALS,
  TABLE2,
  deepFreeze,
  type Action,
} from "../../src/data";

/** Paths inside `value` that are objects but not frozen. */
function unfrozen(value: unknown, at = "$"): string[] {
  if (value === null || typeof value !== "object") return [];
  const own = Object.isFrozen(value) ? [] : [at];
  return own.concat(
    ...Reflect.ownKeys(value).map((key) =>
      unfrozen((value as Record<PropertyKey, unknown>)[key], `${at}.${String(key)}`)
    )
  );
}

describe("deepFreeze", () => {
  it("freezes nested objects and arrays and returns its argument", () => {
    const value = { a: [{ b: 1 }], c: { d: { e: "x" } } };
    expect(deepFreeze(value)).toBe(value);
    expect(unfrozen(value)).toEqual([]);
  });

  it("passes primitives through", () => {
    expect(deepFreeze(3)).toBe(3);
    expect(deepFreeze(null)).toBeNull();
  });
});

describe("every exported table is frozen all the way down", () => {
  it.each([
    ["DOCUMENTS", DOCUMENTS],
    ["SERVICE_AREAS", SERVICE_AREAS],
    ["STAFF_GROUPS", STAFF_GROUPS],
    ["TABLE1_CELLS", TABLE1_CELLS],
    ["TABLE1_TOTALS", TABLE1_TOTALS],
    ["TABLE2", TABLE2],
    ["MHST_CELL", MHST_CELL],
    ["BASELINES", BASELINES],
    ["ATTRITION_RATES", ATTRITION_RATES],
    ["PROFESSIONS", PROFESSIONS],
    ["ACTIONS", ACTIONS],
    ["IMPACT_AREAS", IMPACT_AREAS],
    ["AMBITION", AMBITION],
    ["ALL_FIGURES", ALL_FIGURES],
  ])("%s", (_, table) => {
    expect(unfrozen(table)).toEqual([]);
  });

  it("rejects a write at runtime", () => {
    expect(() => {
      (ACTIONS as Action[]).push({ ...(ACTIONS[0] as Action) });
    }).toThrow(TypeError);
    expect(() => {
      (TABLE2.total as { value: number }).value = 1;
    }).toThrow(TypeError);
  });
});
