/**
 * Provenance and sharing: the PP Sources sheet a plan comes with, and the words for what "share
 * as values" made. The workbook layer does the writing; this says what to write and how to tell.
 */
import type { SheetStore, Snapshot } from "../../workbook/store";
import { SOURCES_SHEET } from "../workbook-status";

/** The date and time stamped on what the pane writes, as the planner's clock shows it. */
export function madeNow(): string {
  return new Date().toLocaleString("en-GB");
}

/**
 * Writes PP Sources (every figure the plan computes with, and where it comes from), replacing
 * the one written before; resolves with the stamp it carries.
 */
export async function writeSources(store: SheetStore, made = madeNow()): Promise<string> {
  const { sourcesSpec } = await import(/* webpackChunkName: "sheet-specs" */ "../../core/insertSheets"); // prettier-ignore
  await store.replaceSheet(SOURCES_SHEET, (n) => sourcesSpec(made, n.sheet, n.table));
  return made;
}

const quoted = (name: string): string => `“${name}”`;

/** What share as values made, in one sentence a screen reader can announce. */
export function snapshotMessage(snapshot: Snapshot): string {
  const copies = snapshot.copies.map((c) => quoted(c.copy));
  const list =
    copies.length <= 1
      ? copies.join("")
      : `${copies.slice(0, -1).join(", ")} and ${copies[copies.length - 1] ?? ""}`;
  return (
    `Made a snapshot: the cover note ${quoted(snapshot.cover)}, with ${list}, copies as values. ` +
    "They are new sheets in this workbook; the original sheets are unchanged."
  );
}
