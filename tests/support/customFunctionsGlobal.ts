/**
 * A stand-in for the `CustomFunctions` global that Excel provides to the functions runtime:
 * `Error` and `ErrorCode` behave as the documented runtime does, and `associate` records what
 * the bundle registers. Install it before importing src/functions.
 */
export const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export class FakeCustomFunctionsError {
  constructor(
    public readonly code: string,
    public readonly message?: string
  ) {}
}

export interface FakeCustomFunctions {
  Error: typeof FakeCustomFunctionsError;
  ErrorCode: typeof ERROR_CODES;
  associated: Map<string, (...args: unknown[]) => unknown>;
  associate(id: string, fn: (...args: unknown[]) => unknown): void;
}

export function makeCustomFunctionsGlobal(): FakeCustomFunctions {
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  return {
    Error: FakeCustomFunctionsError,
    ErrorCode: ERROR_CODES,
    associated,
    associate(id, fn) {
      associated.set(id, fn);
    },
  };
}

export function installCustomFunctionsGlobal(): FakeCustomFunctions {
  const cf = makeCustomFunctionsGlobal();
  (globalThis as unknown as { CustomFunctions: FakeCustomFunctions }).CustomFunctions = cf;
  return cf;
}

/** An error value as Excel hands it to a function whose metadata allows errors in `any` inputs. */
export function excelError(code: string): FakeCustomFunctionsError {
  return new FakeCustomFunctionsError(code);
}
