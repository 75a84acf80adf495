/**
 * "Re-enter PP formulas": a way out for cells stuck at #NAME?. Excel can show a PP formula as
 * `=_xldudf_PP_GAP(...)` and #NAME? when the workbook was opened before the functions loaded,
 * and recalculating does not bring it back; entering the formula again does
 * (OfficeDev/office-js#4185, #6395, #6611). So this writes each formula that calls a PP function
 * again, in its `PP.` form, and touches no other cell. Syncs: 1 for the sheets, 1 for their used
 * ranges and whether they hold formulas, 1 per chunk of CELL_BUDGET cells of the sheets that do,
 * and 1 per WRITE_BUDGET bytes of formulas written (at least one): 4 for a usual workbook.
 */
import { cellAddress } from "../core/a1";
import { ppFormula, usesPPFunction } from "../core/snapshot";
import { WRITE_BUDGET, chunksOf, probeSheets, readChunks, type UsedArea } from "./shareAsValues";

export async function reenterPPFormulas(context: Excel.RequestContext): Promise<{ cells: number }> {
  context.workbook.worksheets.load("items/name");
  await context.sync();
  const all = context.workbook.worksheets.items;
  const { areas, hasFormulas } = await probeSheets(context, all);
  const withFormulas = all.map((_, i) => i).filter((i) => hasFormulas[i] === true);
  const read = await readChunks(context, all, areas, chunksOf(areas, withFormulas));

  let cells = 0;
  let bytes = 0;
  for (const { chunk, formulas } of read) {
    const area = areas[chunk.sheet] as UsedArea;
    const sheet = all[chunk.sheet] as Excel.Worksheet;
    for (let i = 0; i < formulas.length; i++) {
      const row = formulas[i] ?? [];
      for (let j = 0; j < row.length; j++) {
        const formula = row[j];
        if (typeof formula !== "string" || !usesPPFunction(formula)) continue;
        const written = ppFormula(formula);
        if (bytes > 0 && bytes + written.length > WRITE_BUDGET) {
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request a chunk
          await context.sync();
          bytes = 0;
        }
        sheet.getRange(cellAddress("", area.row + chunk.top + i, area.column + j)).formulas = [
          [written],
        ];
        bytes += written.length;
        cells++;
      }
    }
  }
  await context.sync();
  return { cells };
}
