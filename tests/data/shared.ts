/**
 * The project's shared folder beside the repository (../shared: design, seeds, schemas) is not
 * in a fresh clone. Tests that need it are skipped there, never silently: `sharedPresent` warns
 * what was not checked and how to check it, and under CI (CI=true) a missing folder is an error,
 * so CI cannot pass without checking every figure against its source.
 */
import { existsSync } from "node:fs";
import path from "node:path";

/** The folder beside the repository that holds the source documents and the schemas. */
export const SHARED_DIR = path.resolve(__dirname, "../../../shared");

/**
 * Whether `dir` (under SHARED_DIR) is here. When it is not: under CI, throws (the test file
 * fails); elsewhere, warns naming what is not checked and how to check it, and returns false.
 */
export function sharedPresent(
  dir: string,
  notChecked: string,
  env: NodeJS.ProcessEnv = process.env,
  warn: (message: string) => void = (message) => console.warn(message)
): boolean {
  if (existsSync(dir)) return true;
  const message =
    `NOT CHECKED: ${notChecked}, because ${dir} is missing. ` +
    `To check it, put the project's shared folder (design, seeds, schemas) at ${SHARED_DIR}, ` +
    "beside this repository, and run the tests again.";
  if (env.CI && env.CI !== "false") throw new Error(`${message} CI must check it.`);
  warn(message);
  return false;
}
