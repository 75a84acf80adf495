/**
 * Which workbook the pane edits: Excel's when it runs inside Excel, otherwise an in-memory sample
 * so the pane still opens (and can be tried) in a plain browser. Never blocks on Office: if
 * office.js did not load or Excel does not answer, the pane comes up in preview mode.
 */
import { MemoryWorkbook } from "../workbook/memoryWorkbook";
import { sampleSheet, type SampleName } from "../workbook/samples";
import type { PlannerStore } from "./plannerStore";

/** How long Office.onReady may take before the pane stops waiting for Excel. */
export const OFFICE_READY_TIMEOUT_MS = 3000;
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
      sample === "empty" || sample === "malformed" || sample === "formulas" ? sample : "sample",
    latency:
      Number.isFinite(latency) && latency >= 0 && latency <= MAX_PREVIEW_LATENCY_MS
        ? latency
        : DEFAULT_PREVIEW_LATENCY_MS,
  };
}

export function previewStore(options: PreviewOptions): PlannerStore {
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

/**
 * In the shared runtime this page is also the functions' page: loading functions.js here is what
 * registers the PP functions with Excel.
 */
function loadFunctions(): void {
  if (typeof CustomFunctions === "undefined") return;
  const script = document.createElement("script");
  script.src = "functions.js";
  document.head.appendChild(script);
}

type Host = "excel" | "other" | "timeout";

function waitForOffice(): Promise<Host> {
  const ready = Office.onReady().then((info) => {
    // The functions must register whenever Office is ready, even after the pane gave up waiting.
    loadFunctions();
    return info.host === Office.HostType.Excel ? ("excel" as const) : ("other" as const);
  });
  const timeout = new Promise<Host>((resolve) => {
    setTimeout(() => resolve("timeout"), OFFICE_READY_TIMEOUT_MS);
  });
  return Promise.race([ready, timeout]);
}

/**
 * The store the pane should use. `connectToExcel` is passed in so that only one small module
 * knows the Excel implementation.
 */
export async function chooseStore(
  connectToExcel: () => PlannerStore,
  search: string
): Promise<PlannerStore> {
  if (typeof Office !== "undefined") {
    try {
      if ((await waitForOffice()) === "excel") return connectToExcel();
    } catch {
      // office.js loaded but could not start (e.g. outside any Office host): preview instead.
    }
  }
  return previewStore(previewOptions(search));
}
