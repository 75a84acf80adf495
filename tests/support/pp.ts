/**
 * Calls the PP.* functions the way Excel does: every argument as a matrix (a single value is a
 * 1x1 matrix), an omitted optional argument as null. Results come back as Excel would receive
 * them, with `CustomFunctions.Error` values from the stand-in global.
 */
import { FakeCustomFunctionsError, installCustomFunctionsGlobal } from "./customFunctionsGlobal";

installCustomFunctionsGlobal();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fns = require("../../src/functions/functions") as Record<
  string,
  (...args: unknown[]) => unknown[][]
>;

/** A single value as Excel passes a one-cell range; arrays are passed as they are. */
export const m = (value: unknown): unknown =>
  Array.isArray(value) ? value : value === undefined ? null : [[value]];

export function call(name: string, ...args: unknown[]): unknown[][] {
  const fn = fns[name.toLowerCase()];
  if (!fn) throw new Error(`No function ${name}`);
  return fn(...args.map(m));
}

/** The single value of a 1x1 result. */
export function one(name: string, ...args: unknown[]): unknown {
  const result = call(name, ...args);
  expect(result).toHaveLength(1);
  expect(result[0]).toHaveLength(1);
  return result[0]![0];
}

export function isError(value: unknown, code?: string): value is FakeCustomFunctionsError {
  return value instanceof FakeCustomFunctionsError && (code === undefined || value.code === code);
}

/** Asserts an error cell with the given code (and a message containing `text`, if given). */
export function expectError(value: unknown, code: string, text?: string | RegExp): void {
  expect(value).toBeInstanceOf(FakeCustomFunctionsError);
  const error = value as FakeCustomFunctionsError;
  expect(error.code).toBe(code);
  if (text !== undefined) expect(error.message).toMatch(text);
}

export { fns };
