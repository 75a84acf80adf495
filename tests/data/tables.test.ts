import {
  ACTIONS,
  ALL_FIGURES,
  ALL_PROFESSIONS,
  AMBITION,
  ATTRITION_RATES,
  BASELINES,
  DOCUMENTS,
  IMPACT_AREAS,
  MHST_CELL,
  PROFESSIONS,
  SERVICE_AREAS,
  STAFF_GROUPS,
  TABLE1_CELLS,
  TABLE1_TOTALS,
  TABLE2,
  documentById,
  figureById,
  type Figure,
  type ProfessionGroup,
} from "../../src/data";
import { collisions, normalise } from "./normalise";

function sum(figures: readonly Figure[]): number {
  return figures.reduce((total, figure) => total + figure.value, 0);
}

describe("Table 1 and Table 2 add up as published", () => {
  const cells = TABLE1_CELLS;

  it("has the 8 cells of Table 1", () => {
    expect(cells).toHaveLength(8);
  });

  it("psychologist cells sum to 2,520", () => {
    const psychologists = cells.filter((cell) => cell.group === "Psychologists");
    expect(sum(psychologists.map((cell) => cell.figure))).toBe(TABLE1_TOTALS.psychologists.value);
    expect(TABLE1_TOTALS.psychologists.value).toBe(2520);
  });

  it("psychotherapist and psychological professional cells sum to 5,620", () => {
    const therapists = cells.filter((cell) => cell.group === "Therapists");
    expect(sum(therapists.map((cell) => cell.figure))).toBe(TABLE1_TOTALS.therapists.value);
    expect(TABLE1_TOTALS.therapists.value).toBe(5620);
  });

  it("all cells sum to the total of 8,140, which is the sum of the group totals", () => {
    expect(sum(cells.map((cell) => cell.figure))).toBe(TABLE1_TOTALS.total.value);
    expect(TABLE1_TOTALS.psychologists.value + TABLE1_TOTALS.therapists.value).toBe(8140);
    expect(TABLE1_TOTALS.total.value).toBe(8140);
  });

  it("Table 2: 8,140 + 2,500 = 10,640", () => {
    expect(TABLE2.ltpTotal.value + TABLE2.emhpMhst.value).toBe(TABLE2.total.value);
    expect(TABLE2.total.value).toBe(10640);
  });

  it("Table 2's Long Term Plan total is Table 1's total", () => {
    expect(TABLE2.ltpTotal.value).toBe(TABLE1_TOTALS.total.value);
  });

  it("the MHST cell is Table 2's EMHPs", () => {
    expect(MHST_CELL).toEqual({ area: "MHST", group: "EMHP", figure: TABLE2.emhpMhst });
  });

  it("Table 1 lists each area and group at most once, and only real areas", () => {
    const keys = cells.map((cell) => `${cell.area}/${cell.group}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const cell of cells) {
      expect(["Total", "Total incl MHST", "MHST"]).not.toContain(cell.area);
      expect(cell.group).not.toBe("EMHP");
    }
  });

  it("uses the figure ids the functions layer relies on", () => {
    expect(figureById("table1.cyp.therapists")?.value).toBe(2550);
    expect(figureById("table1.total.psychologists")?.value).toBe(2520);
    expect(figureById("table2.total")?.value).toBe(10640);
  });
});

describe("counts and order", () => {
  it("has 34 actions: 12 Grow, 6 Develop, 5 Diversify, 5 Lead, 6 Transform", () => {
    expect(ACTIONS).toHaveLength(34);
    const expected = [
      [3, "Grow", 12],
      [4, "Develop", 6],
      [5, "Diversify", 5],
      [6, "Lead", 5],
      [7, "Transform", 6],
    ] as const;
    for (const [table, priority, count] of expected) {
      const rows = ACTIONS.filter((action) => action.table === table);
      expect(rows).toHaveLength(count);
      expect(rows.map((action) => action.number)).toEqual(
        Array.from({ length: count }, (_, index) => index + 1)
      );
      for (const action of rows) expect(action.priority).toBe(priority);
    }
  });

  it("keeps action text free of the printed numbers and of stray whitespace", () => {
    for (const action of ACTIONS) {
      expect(action.text).not.toMatch(/^\d+\.\s/);
      for (const line of action.text.split("\n")) expect(line).toBe(line.trim());
      expect(action.text.length).toBeGreaterThan(0);
    }
  });

  it("has the 22 key impact areas, 5.1 to 5.22 in order", () => {
    expect(IMPACT_AREAS.map((area) => area.section)).toEqual(
      Array.from({ length: 22 }, (_, index) => `5.${index + 1}`)
    );
    IMPACT_AREAS.forEach((area, index) => {
      const isLtp = index < 10;
      expect(area.kind).toBe(isLtp ? "Long Term Plan expansion area" : "Further impact area");
      if (isLtp) expect(area.ltpSection).toMatch(/^\d+\.\d+(–\d+\.\d+)?$/);
      else expect(area.ltpSection).toBe("");
    });
  });

  it("has exactly 12 core professions", () => {
    expect(PROFESSIONS.filter((profession) => profession.coreProfession)).toHaveLength(12);
  });

  it("lists the professions in the roles page's four groups, in order, none empty", () => {
    const order: ProfessionGroup[] = [
      "Psychologists",
      "Associate and assistant roles",
      "Psychological therapists",
      "Psychological practitioners",
    ];
    const groups = PROFESSIONS.map((profession) => profession.group);
    const runs = groups.filter((group, index) => group !== groups[index - 1]);
    expect(runs).toEqual(order);
    for (const group of order) expect(groups).toContain(group);
  });

  it("lists the service areas and staff groups in the tables' order", () => {
    expect(SERVICE_AREAS.map((area) => area.id)).toEqual([
      "Perinatal",
      "CYP",
      "IAPT",
      "SMHP",
      "Inpatient",
      "Gambling",
      "MHST",
      "Total",
      "Total incl MHST",
    ]);
    expect(STAFF_GROUPS.map((group) => group.id)).toEqual(["Psychologists", "Therapists", "EMHP"]);
  });
});

describe("ids and names", () => {
  it.each([
    ["DOCUMENTS", DOCUMENTS.map((document) => document.id)],
    ["SERVICE_AREAS", SERVICE_AREAS.map((area) => area.id)],
    ["STAFF_GROUPS", STAFF_GROUPS.map((group) => group.id)],
    ["PROFESSIONS", PROFESSIONS.map((profession) => profession.id)],
    ["ALL_FIGURES", ALL_FIGURES.map((figure) => figure.id)],
    ["IMPACT_AREAS", IMPACT_AREAS.map((area) => area.section)],
    ["ACTIONS", ACTIONS.map((action) => `${action.table}.${action.number}`)],
  ])("%s ids are unique", (_, ids) => {
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each([
    ["SERVICE_AREAS", SERVICE_AREAS],
    ["STAFF_GROUPS", STAFF_GROUPS],
    ["PROFESSIONS", PROFESSIONS],
  ])("no normalised name is claimed by two entries of %s", (_, entries) => {
    expect(collisions(entries)).toEqual([]);
  });

  it.each([
    ["SERVICE_AREAS", SERVICE_AREAS],
    ["STAFF_GROUPS", STAFF_GROUPS],
    ["PROFESSIONS", PROFESSIONS],
  ])("every entry of %s lists its own id among its aliases", (_, entries) => {
    for (const entry of entries) expect(entry.aliases).toContain(entry.id);
  });

  it("no profession answers to the whole-workforce name", () => {
    for (const profession of PROFESSIONS) {
      for (const name of [profession.id, profession.publishedName, ...profession.aliases]) {
        expect(normalise(name)).not.toBe(normalise(ALL_PROFESSIONS));
      }
    }
  });

  it.each([
    ["IAPT", ["NHS Talking Therapies", "Talking Therapies", "Adult IAPT"]],
    ["CYP", ["CAMHS", "CYPMHS", "Children and young people's mental health"]],
    ["SMHP", ["SMI", "Adult SMI", "Adult community mental health"]],
    ["Total", ["All", "Table 1 total"]],
    ["Total incl MHST", ["Grand total", "Total incl. MHST"]],
  ])("service area %s answers to its common synonyms", (id, synonyms) => {
    const entry = SERVICE_AREAS.find((area) => area.id === id);
    expect(entry?.aliases).toEqual(expect.arrayContaining(synonyms));
  });

  it("keeps the published names the functions show", () => {
    const cyp = SERVICE_AREAS.find((area) => area.id === "CYP");
    expect(cyp?.publishedName).toBe("Children and young people’s (CYP) services");
    const therapists = STAFF_GROUPS.find((group) => group.id === "Therapists");
    expect(therapists?.publishedName).toBe("Psychotherapists and psychological professionals");
  });

  it.each([
    ["CAP", "Clinical associates in psychology"],
    ["CAPT", "CAPT"],
    ["cbt therapist", "CBT therapists"],
    ["Psychological wellbeing practitioners", "PWP"],
    ["Cognitive behavioural therapists", "CBT therapists"],
    ["MHWP", "MHWP"],
    ["YIPPs", "YIPP"],
  ])("profession alias %s belongs to %s", (alias, id) => {
    const owner = PROFESSIONS.find((profession) =>
      [profession.id, ...profession.aliases].some((name) => normalise(name) === normalise(alias))
    );
    expect(owner?.id).toBe(id);
  });

  it("baselines and attrition rates name known professions, or All", () => {
    const known = new Set([ALL_PROFESSIONS, ...PROFESSIONS.map((profession) => profession.id)]);
    for (const baseline of BASELINES) expect(known).toContain(baseline.profession);
    for (const rate of ATTRITION_RATES) expect(known).toContain(rate.profession);
  });

  it("has the published whole-workforce baselines", () => {
    const all = BASELINES.filter((baseline) => baseline.profession === ALL_PROFESSIONS);
    expect(all.map((baseline) => [baseline.year, baseline.month, baseline.figure.value])).toEqual([
      [2016, "", 13000],
      [2019, "", 16000],
      [2021, "March", 20100],
    ]);
  });

  it("has the published PWP leaving rate and no invented others", () => {
    expect(ATTRITION_RATES.map((rate) => [rate.profession, rate.figure.value])).toEqual([
      ["PWP", 0.3],
    ]);
  });
});

describe("ALL_FIGURES", () => {
  const embedded: Figure[] = [
    ...TABLE1_CELLS.map((cell) => cell.figure),
    ...Object.values(TABLE1_TOTALS),
    ...Object.values(TABLE2),
    MHST_CELL.figure,
    ...BASELINES.map((baseline) => baseline.figure),
    ...ATTRITION_RATES.map((rate) => rate.figure),
    ...Object.values(AMBITION),
  ];

  it("contains every embedded figure, found by its id", () => {
    for (const figure of embedded) expect(figureById(figure.id)).toBe(figure);
    expect(ALL_FIGURES).toHaveLength(new Set(embedded.map((figure) => figure.id)).size);
  });

  it("does not know ids it does not have", () => {
    expect(figureById("table1.dermatology.psychologists")).toBeUndefined();
  });

  it("cites known documents with short quotes and a place", () => {
    for (const figure of ALL_FIGURES) {
      expect(documentById(figure.citation.document)).toBeDefined();
      expect(figure.citation.where.length).toBeGreaterThan(0);
      expect(figure.citation.quote.length).toBeLessThan(200);
    }
  });

  it("keeps rates as fractions and counts as non-negative", () => {
    for (const figure of ALL_FIGURES) {
      expect(Number.isFinite(figure.value)).toBe(true);
      expect(figure.value).toBeGreaterThanOrEqual(0);
      if (figure.unit === "rate") expect(figure.value).toBeLessThanOrEqual(1);
    }
  });
});

describe("DOCUMENTS", () => {
  it("lists the five sources with their seed files", () => {
    expect(DOCUMENTS.map((document) => [document.id, document.seedFile])).toEqual([
      ["hee-page", "000_8d48047a58b4443a.txt"],
      ["vision", "001_b00f71b8befb8486.txt"],
      ["roles-page", "002_517a992ed63a80b0.txt"],
      ["workforce-plan", "003_f9872bcc38a80936.txt"],
      ["ppn-leadership", "004_c014f7655dcba597.txt"],
    ]);
    expect(documentById("vision")?.title).toBe("National Vision for the Psychological Professions");
    expect(documentById("nope")).toBeUndefined();
  });
});
