/**
 * The published tables as PP.TABLE spills them: header row first, rows in the document's order,
 * blanks as "" (a spilled null would show as 0). Built once on first use.
 */
import {
  ACTIONS,
  ALL_FIGURES,
  BASELINES,
  documentById,
  Figure,
  IMPACT_AREAS,
  MHST_CELL,
  NamedEntry,
  PROFESSIONS,
  SERVICE_AREAS,
  STAFF_GROUPS,
  TABLE1_CELLS,
  TABLE1_TOTALS,
  TABLE2,
  unitText,
} from "../data";
import { PlanError } from "./errors";
import { NameIndex } from "./names";

export type TableCell = string | number | boolean;
export type TableRows = readonly (readonly TableCell[])[];

export type TableName =
  "Table1" | "Table2" | "Baselines" | "Professions" | "ImpactAreas" | "Actions" | "Sources";

const documentTitle = (f: Figure): string => documentById(f.citation.document)?.title ?? "";

const publishedName = <Id extends string>(entries: readonly NamedEntry<Id>[], id: Id): string =>
  entries.find((e) => e.id === id)?.publishedName ?? id;

function table1(): TableRows {
  const header = ["Service area", "Profession(s)", "Staff (WTE)", "Area name", "Group name"];
  const cells = TABLE1_CELLS.map((cell) => [
    publishedName(SERVICE_AREAS, cell.area),
    publishedName(STAFF_GROUPS, cell.group),
    cell.figure.value,
    cell.area,
    cell.group,
  ]);
  const totals: [Figure, string][] = [
    [TABLE1_TOTALS.psychologists, "Psychologists"],
    [TABLE1_TOTALS.therapists, "Therapists"],
    [TABLE1_TOTALS.total, "All"],
  ];
  return [
    header,
    ...cells,
    ...totals.map(([figure, group]) => [figure.label, "", figure.value, "Total", group]),
  ];
}

function table2(): TableRows {
  return [
    ["Profession(s)", "Staff (WTE)", "Area name"],
    [TABLE2.ltpTotal.label, TABLE2.ltpTotal.value, "Total"],
    [TABLE2.emhpMhst.label, TABLE2.emhpMhst.value, MHST_CELL.area],
    [TABLE2.total.label, TABLE2.total.value, "Total incl MHST"],
  ];
}

function baselines(): TableRows {
  return [
    ["Profession", "Year", "Month", "In post (WTE)", "Approximate", "Document", "Where"],
    ...BASELINES.map((b) => [
      b.profession,
      b.year,
      b.month,
      b.figure.value,
      b.figure.approximate,
      documentTitle(b.figure),
      b.figure.citation.where,
    ]),
  ];
}

function professions(): TableRows {
  return [
    ["Profession", "Published name", "Group", "One of the 12 professions", "Also known as"],
    ...PROFESSIONS.map((p) => [
      p.id,
      p.publishedName,
      p.group,
      p.coreProfession,
      p.aliases.join("; "),
    ]),
  ];
}

function impactAreas(): TableRows {
  return [
    ["Section", "Impact area", "Long Term Plan section", "Kind"],
    ...IMPACT_AREAS.map((a) => [a.section, a.name, a.ltpSection, a.kind]),
  ];
}

function actions(): TableRows {
  return [
    [
      "Priority",
      "Table",
      "Number",
      "Action",
      "HEE and NHSEI implementation",
      "ICSs implementation",
      "Employers / HEIs implementation",
    ],
    ...ACTIONS.map((a) => [
      a.priority,
      a.table,
      a.number,
      a.text,
      a.heeNhsei,
      a.ics,
      a.employersHeis,
    ]),
  ];
}

function sources(): TableRows {
  return [
    ["Figure", "Value", "Unit", "Approximate", "Document", "Where", "Quote", "Id"],
    ...ALL_FIGURES.map((f) => [
      f.label,
      f.value,
      unitText(f),
      f.approximate,
      documentTitle(f),
      f.citation.where,
      f.citation.quote,
      f.id,
    ]),
  ];
}

const BUILDERS: Readonly<Record<TableName, () => TableRows>> = {
  Table1: table1,
  Table2: table2,
  Baselines: baselines,
  Professions: professions,
  ImpactAreas: impactAreas,
  Actions: actions,
  Sources: sources,
};

export const TABLE_NAMES = Object.keys(BUILDERS) as TableName[];

const tableNames = new NameIndex<TableName>("table", [
  { id: "Table1", publishedName: "Table 1", aliases: ["Indicative additional posts", "LTP posts"] },
  { id: "Table2", publishedName: "Table 2", aliases: ["Including MHST", "Table 2 MHST"] },
  { id: "Baselines", publishedName: "National in-post figures", aliases: ["Baseline", "In post"] },
  { id: "Professions", publishedName: "Taxonomy", aliases: ["Profession", "Roles"] },
  { id: "ImpactAreas", publishedName: "Key impact areas", aliases: ["Impact areas", "Areas"] },
  {
    id: "Actions",
    publishedName: "Priority actions",
    aliases: [
      "Action",
      "Tables 3 to 7",
      "Action tables",
      "Tracker",
      ...[3, 4, 5, 6, 7].map((n) => `Table ${n}`),
    ],
  },
  { id: "Sources", publishedName: "Citations", aliases: ["Source", "Figures", "Provenance"] },
]);

const built = new Map<TableName, TableRows>();

/** A table's rows by the name a planner typed, or why there is none. */
export function tableByName(name: unknown): TableRows | PlanError {
  const id = tableNames.resolve(name, "name");
  if (id instanceof PlanError) return id;
  let rows = built.get(id);
  if (!rows) {
    rows = BUILDERS[id]();
    built.set(id, rows);
  }
  return rows;
}
