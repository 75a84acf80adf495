import type { Citation, DocumentId } from "./types";

/** Shorthand for the citation every figure carries; keeps the tables readable as tables. */
export function cite(document: DocumentId, where: string, quote: string): Citation {
  return { document, where, quote };
}
