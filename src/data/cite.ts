import type { Citation, DocumentId } from "./types";

/** Shorthand for the citation every figure carries; keeps the tables readable as tables. */
export function cite(
  document: DocumentId,
  where: string,
  quote: string,
  unitReading?: string
): Citation {
  return unitReading === undefined
    ? { document, where, quote }
    : { document, where, quote, unitReading };
}

/** A figure's unit as the tables show it: marked where the unit is our reading, not printed. */
export function unitText(figure: { readonly unit: string; readonly citation: Citation }): string {
  return figure.citation.unitReading === undefined
    ? figure.unit
    : `${figure.unit} (our reading: ${figure.citation.unitReading})`;
}
