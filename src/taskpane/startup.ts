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
}

/** Reads ?sample=empty|malformed|sample and ?latency=ms; anything else gives the defaults. */
export function previewOptions(search: string): PreviewOptions {
  const query = new URLSearchParams(search);
  const sample = query.get("sample");
  const latencyText = query.get("latency");
  const latency = latencyText === null ? NaN : Number(latencyText);
  return {
    sample: sample === "empty" || sample === "malformed" ? sample : "sample",
    latency:
      Number.isFinite(latency) && latency >= 0 && latency <= MAX_PREVIEW_LATENCY_MS
        ? latency
        : DEFAULT_PREVIEW_LATENCY_MS,
  };
}

export function previewStore(options: PreviewOptions): PlannerStore {
  return new MemoryWorkbook(sampleSheet(options.sample), { latency: options.latency });
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
