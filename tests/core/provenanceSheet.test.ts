/** The Sources sheet's contents and the version it is stamped with. */
import * as fs from "node:fs";
import * as path from "node:path";
import { planFigures, sourcesSpec } from "../../src/core/insertSheets";
import { ALL_FIGURES, ADDIN_VERSION, TABLE1_CELLS } from "../../src/data";

it("stamps sheets with the package's version", () => {
  const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../package.json"), "utf8"));
  expect(ADDIN_VERSION).toBe(pkg.version);
});

it("lists every figure the plan computes with, each with its document's words", () => {
  const spec = sourcesSpec("21/11/2026, 10:00:00", "PP Sources", "PP_Sources");
  const rows = spec.table.rows;
  expect(rows).toHaveLength(planFigures().length);
  expect(rows.length).toBe(TABLE1_CELLS.length + 4);
  for (const [i, { figure }] of planFigures().entries()) {
    expect(ALL_FIGURES).toContain(figure);
    expect(rows[i]?.slice(0, 2)).toEqual([figure.label, figure.value]);
    expect(rows[i]?.[6]).toBe(figure.citation.quote);
  }
  expect(String(spec.notes[0])).toContain(`PP Workforce Planner ${ADDIN_VERSION}`);
  expect(String(spec.notes[0])).toContain("21/11/2026, 10:00:00");
});
