import {
  ACTIONS,
  ALL_FIGURES,
  DOCUMENTS,
  IMPACT_AREAS,
  PROFESSIONS,
  SERVICE_AREAS,
  STAFF_GROUPS,
  TABLE1_CELLS,
  type Action,
} from "../../src/data";
import { printedNumbers } from "./quoteNumbers";
import { HAVE_SEEDS, SEEDS_DIR, collapse, collapsedSeed, rawSeed } from "./seeds";
import { existsSync } from "node:fs";
import path from "node:path";

const HEDGES = /\b(around|about|approximately|over|estimated|more than)\b/i;

describe("each figure's quote prints its value", () => {
  it.each(ALL_FIGURES.map((figure) => [figure.id, figure] as const))("%s", (_, figure) => {
    const numbers = printedNumbers(figure.citation.quote);
    // A rate must be printed as a percentage, a count as a plain number.
    const candidates = numbers
      .filter((number) => number.percent === (figure.unit === "rate"))
      .map((number) => number.value);
    expect(candidates.some((value) => Math.abs(value - figure.value) < 1e-9)).toBe(true);
  });

  it.each(ALL_FIGURES.filter((figure) => HEDGES.test(figure.citation.quote)).map((f) => [f.id, f]))(
    "%s is marked approximate because its quote hedges",
    (_, figure) => {
      expect(figure.approximate).toBe(true);
    }
  );
});

const describeIfSeeds = HAVE_SEEDS ? describe : describe.skip;
const seedsNote = HAVE_SEEDS ? "" : ` (skipped: seed documents not found at ${SEEDS_DIR})`;

describeIfSeeds(`quotes and names are found in the seed documents${seedsNote}`, () => {
  it.each(DOCUMENTS.map((document) => [document.id, document.seedFile]))(
    "%s has its seed file %s",
    (_, seedFile) => {
      expect(existsSync(path.join(SEEDS_DIR, seedFile))).toBe(true);
    }
  );

  it.each(ALL_FIGURES.map((figure) => [figure.id, figure] as const))(
    "figure %s: the quote is in its document",
    (_, figure) => {
      expect(collapsedSeed(figure.citation.document)).toContain(collapse(figure.citation.quote));
    }
  );

  it.each(PROFESSIONS.map((profession) => [profession.id, profession] as const))(
    "profession %s: the quote is in its document",
    (_, profession) => {
      const quote = collapse(profession.citation.quote);
      expect(collapsedSeed(profession.citation.document)).toContain(quote);
      expect(normaliseCase(profession.publishedName)).toBe(normaliseCase(quote));
    }
  );

  it("Table 1 prints every service area and staff group name the cells use", () => {
    const plan = collapsedSeed("workforce-plan");
    for (const cell of TABLE1_CELLS) {
      const area = SERVICE_AREAS.find((entry) => entry.id === cell.area);
      const group = STAFF_GROUPS.find((entry) => entry.id === cell.group);
      expect(plan).toContain(area?.publishedName);
      expect(plan).toContain(group?.publishedName);
    }
  });

  it.each(ACTIONS.map((action) => [`${action.table}.${action.number}`, action] as const))(
    "action %s is printed word for word, with its implementation columns",
    (_, action) => {
      const plan = collapsedSeed("workforce-plan");
      const [first = "", ...rest] = action.text.split("\n");
      expect(plan).toContain(collapse(`${action.number}. ${first}`));
      for (const line of rest) expect(plan).toContain(collapse(line));
      expect(printedColumns(action)).toEqual([action.heeNhsei, action.ics, action.employersHeis]);
    }
  );

  it.each(IMPACT_AREAS.map((area) => [area.section, area] as const))(
    "impact area %s is printed with its name and Long Term Plan section",
    (_, area) => {
      const vision = collapsedSeed("vision");
      expect(vision).toContain(collapse(area.name));
      const heading = `${area.section} ${collapse(area.name)}`;
      expect(vision).toContain(
        area.ltpSection === "" ? heading : `${heading} (LTP Section ${area.ltpSection})`
      );
    }
  );
});

function normaliseCase(text: string): string {
  return text.toLowerCase();
}

/**
 * Reads an action's three implementation cells straight from the seed: in the transcription
 * each table row is the action's line(s) followed by three tab-led lines, "●" or blank.
 */
function printedColumns(action: Action): boolean[] {
  const lines = rawSeed("workforce-plan").split("\n");
  const tableStart = lines.findIndex((line) => line.startsWith(`Table ${action.table}:`));
  const prefix = `\t${action.number}. `;
  const row = lines.findIndex((line, index) => index > tableStart && line.startsWith(prefix));
  if (tableStart < 0 || row < 0) return [];
  let index = row + 1;
  while (index < lines.length && !(lines[index] ?? "").startsWith("\t")) index += 1;
  return lines.slice(index, index + 3).map((line) => line.trim() === "●");
}
