/**
 * Test helpers for reading the transcribed source documents. The seeds live beside the
 * repository (shared/seeds), not in it, so provenance tests skip themselves where it is absent.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

import { documentById, type DocumentId } from "../../src/data";

export const SEEDS_DIR = path.resolve(__dirname, "../../../shared/seeds");
export const HAVE_SEEDS = existsSync(SEEDS_DIR);

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
