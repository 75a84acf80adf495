/**
 * Which workbook the pane edits: Excel's when it runs inside Excel, otherwise an in-memory sample
 * so the pane still opens (and can be tried) in a plain browser.
 *
 * The pane waits for Office as long as Office takes: the page lives all session (the manifest's
 * runtime is lifetime="long"), so a pane that gave up on a slow Excel would stay on the sample
 * for the whole session. Preview is only for a page without Office: office.js did not load, or
 * loaded outside any Office host, where Office.onReady resolves with host null (office.debug.js,
 * OSF._OfficeAppFactory initialize: `if (isPlainBrowser) setOfficeJsAsLoadedAndDispatchPending
 * OnReadyCallbacks({ host: null, platform: null, addin: null })`).
 *
 * The PP functions do not wait for any of this: taskpane.html loads functions.js as a blocking
 * script right after office.js, so every function is associated before the custom functions
 * runtime starts (see webpack.config.js).
 */
import type { SampleName } from "../../workbook/samples";
import type { PlannerStore } from "./plannerStore";

/** Preview writes wait this long by default, as a round trip to Excel would, so busy states show. */
const DEFAULT_PREVIEW_LATENCY_MS = 150;
const MAX_PREVIEW_LATENCY_MS = 10_000;

export interface PreviewOptions {
  readonly sample: SampleName;
  readonly latency: number;
  /**
   * ?coauthor=1: the page offers `window.ppPreviewCoAuthor`, a stand-in for another person
   * editing the workbook (deleting or renaming a scenario by hand), so what the pane does when
   * that happens can be tried in a plain browser.
   */
  readonly coAuthor?: boolean;
}

/** What a stand-in co-author can do to the preview workbook's scenario table. */
export interface PreviewCoAuthor {
  deleteScenario(name: string): void;
  renameScenario(from: string, to: string): void;
}

/** Reads ?sample=empty|malformed|formulas|sample and ?latency=ms; anything else gives the defaults. */
export function previewOptions(search: string): PreviewOptions {
  const query = new URLSearchParams(search);
  const sample = query.get("sample");
  const latencyText = query.get("latency");
  const latency = latencyText === null ? NaN : Number(latencyText);
  return {
    ...(query.get("coauthor") === "1" ? { coAuthor: true } : {}),
    sample:
      sample === "empty" || sample === "malformed" || sample === "formulas" || sample === "renamed"
        ? sample
        : "sample",
    latency:
      Number.isFinite(latency) && latency >= 0 && latency <= MAX_PREVIEW_LATENCY_MS
        ? latency
        : DEFAULT_PREVIEW_LATENCY_MS,
  };
}

/**
 * The in-memory sample workbook. Its code (the workbook, its sample and the formulas its sheets
 * compute) is a script of its own, loaded only in preview mode: Excel never needs it.
 */
export async function previewStore(options: PreviewOptions): Promise<PlannerStore> {
  const [{ MemoryWorkbook }, { sampleSheet }] = await Promise.all([
    import(/* webpackChunkName: "preview-store" */ "../../workbook/memoryWorkbook"),
    import(/* webpackChunkName: "preview-store" */ "../../workbook/samples"),
  ]);
  const store = new MemoryWorkbook(sampleSheet(options.sample), { latency: options.latency });
  if (options.coAuthor === true && typeof window !== "undefined") {
    const byName = (rows: unknown[][], name: string): number =>
      rows.findIndex((r) => r[0] === name);
    const coAuthor: PreviewCoAuthor = {
      deleteScenario: (name) =>
        store.editByHand((sheet) => {
          const at = byName(sheet.rows, name);
          if (at >= 0) sheet.rows.splice(at, 1);
        }),
      renameScenario: (from, to) =>
        store.editByHand((sheet) => {
          const row = sheet.rows[byName(sheet.rows, from)];
          if (row) row[0] = to;
        }),
    };
    (window as unknown as { ppPreviewCoAuthor?: PreviewCoAuthor }).ppPreviewCoAuthor = coAuthor;
  }
  return store;
}

/** What office.js said about where the page runs. */
export type OfficeHost = "excel" | "other" | "none";

/**
 * Where the page runs, by Office.onReady. "none" when office.js is missing or could not start;
 * never by a timeout, since Office.onReady always answers in the end (with host null outside
 * Office).
 */
export async function officeHost(): Promise<OfficeHost> {
  if (typeof Office === "undefined") return "none";
  try {
    const info = await Office.onReady();
    if (info.host === Office.HostType.Excel) return "excel";
    return info.host === null || info.host === undefined ? "none" : "other";
  } catch {
    // office.js loaded but could not start: nothing to connect to.
    return "none";
  }
}

/**
 * The store the pane should use. `connectToExcel` is passed in so that only one small module
 * knows the Excel implementation. Until it resolves the pane shows "Connecting to Excel…".
 */
export async function chooseStore(
  connectToExcel: () => Promise<PlannerStore>,
  search: string
): Promise<PlannerStore> {
  if ((await officeHost()) === "excel") return connectToExcel();
  return previewStore(previewOptions(search));
}
