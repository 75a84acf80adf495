import { AMBITION } from "./ambition";
import { deepFreeze } from "./freeze";
import { MHST_CELL, TABLE1_CELLS, TABLE1_TOTALS, TABLE2 } from "./posts";
import type { Figure } from "./types";
import { ATTRITION_RATES, BASELINES } from "./workforce";

/**
 * Every embedded figure in one list, in the order `PP.TABLE("Sources")` shows them. A figure
 * reached by two routes (Table 2's EMHPs are also the MHST cell) is listed once.
 */
function uniqueById(figures: readonly Figure[]): Figure[] {
  const seen = new Set<string>();
  return figures.filter((figure) => {
    if (seen.has(figure.id)) return false;
    seen.add(figure.id);
    return true;
  });
}

export const ALL_FIGURES: readonly Figure[] = deepFreeze(
  uniqueById([
    ...TABLE1_CELLS.map((cell) => cell.figure),
    TABLE1_TOTALS.psychologists,
    TABLE1_TOTALS.therapists,
    TABLE1_TOTALS.total,
    TABLE2.ltpTotal,
    MHST_CELL.figure,
    TABLE2.emhpMhst,
    TABLE2.total,
    ...BASELINES.map((baseline) => baseline.figure),
    ...ATTRITION_RATES.map((rate) => rate.figure),
    ...Object.values(AMBITION),
  ])
);

const BY_ID: ReadonlyMap<string, Figure> = new Map(
  ALL_FIGURES.map((figure) => [figure.id, figure])
);

/** The figure with this id, or undefined. */
export function figureById(id: string): Figure | undefined {
  return BY_ID.get(id);
}
