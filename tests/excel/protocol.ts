/**
 * What the in-Excel checks send to `npm run test:excel` (scripts/test-excel.mjs): one result per
 * check, posted as JSON to office-addin-test-server's /results endpoint, as
 * office-addin-test-helpers' sendTestResults does.
 */

/** office-addin-test-server's https port (the Excel-Custom-Functions end-to-end tests use it). */
export const RESULTS_PORT = 4201;

export interface CheckResult {
  readonly name: string;
  readonly ok: boolean;
  /** What Excel answered, in words, for the report. */
  readonly detail: string;
}
