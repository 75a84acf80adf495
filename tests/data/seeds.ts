/**
 * Test helpers for reading the transcribed source documents. The seeds live beside the
 * repository (../shared/seeds), not in it: where they are absent the provenance tests skip with a
 * warning saying what was not checked, and fail under CI (see ./shared).
 */
import { readFileSync } from "node:fs";
import path from "node:path";

import { documentById, type DocumentId } from "../../src/data";
import { SHARED_DIR, sharedPresent } from "./shared";

export const SEEDS_DIR = path.join(SHARED_DIR, "seeds");
export const HAVE_SEEDS = sharedPresent(
  SEEDS_DIR,
  "every embedded figure's quotation and every source name against the source documents " +
    "(tests/data/provenance.test.ts, quotes and names in the seed documents)"
);

/** Quotes may span line breaks and table cells in the seed, so compare on collapsed spaces. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

export function rawSeed(document: DocumentId): string {
  const source = documentById(document);
  if (source === undefined) throw new Error(`Unknown document ${document}`);
  return readFileSync(path.join(SEEDS_DIR, source.seedFile), "utf8");
}

const collapsedCache = new Map<DocumentId, string>();

export function collapsedSeed(document: DocumentId): string {
  let text = collapsedCache.get(document);
  if (text === undefined) {
    text = collapse(rawSeed(document));
    collapsedCache.set(document, text);
  }
  return text;
}
