/**
 * Indexes over the embedded tables, built once when the module loads, so that a lookup per cell
 * is a property read rather than a scan of the tables.
 */
import {
  ALL_PROFESSIONS,
  ATTRITION_RATES,
  BASELINES,
  MHST_CELL,
  NamedEntry,
  PROFESSIONS,
  SERVICE_AREAS,
  ServiceAreaId,
  STAFF_GROUPS,
  StaffGroupId,
  TABLE1_CELLS,
  TABLE1_TOTALS,
  TABLE2,
  Baseline,
} from "../data";
import { NameIndex } from "./names";

/** A staff group, or every group of the area together. */
export type GroupSelector = StaffGroupId | "All";

const ALL_GROUPS: NamedEntry<"All"> = {
  id: "All",
  publishedName: "All staff groups",
  aliases: ["All groups", "Total", "All staff", "Any"],
};

export const serviceAreas = new NameIndex<ServiceAreaId>("service area", SERVICE_AREAS);
export const staffGroups = new NameIndex<GroupSelector>("staff group", [
  ...STAFF_GROUPS,
  ALL_GROUPS,
]);

const WHOLE_WORKFORCE: NamedEntry<string> = {
  id: ALL_PROFESSIONS,
  publishedName: "All psychological professions",
  aliases: ["All professions", "Psychological professions", "Whole workforce", "Total"],
};

export const professions = new NameIndex<string>(
  "profession",
  [WHOLE_WORKFORCE, ...PROFESSIONS],
  [WHOLE_WORKFORCE.id, ...PROFESSIONS.map((p) => p.id)]
);

/**
 * National indicative additional WTE by service area and staff group selector. Areas without
 * posts for a group hold 0, as Table 1 lists none. The totals use the figures as printed.
 */
export const LTP_POSTS: Readonly<Record<ServiceAreaId, Readonly<Record<GroupSelector, number>>>> =
  buildPosts();

function buildPosts(): Record<ServiceAreaId, Record<GroupSelector, number>> {
  const posts = {} as Record<ServiceAreaId, Record<GroupSelector, number>>;
  for (const area of SERVICE_AREAS) {
    posts[area.id] = { Psychologists: 0, Therapists: 0, EMHP: 0, All: 0 };
  }
  for (const cell of [...TABLE1_CELLS, MHST_CELL]) {
    const row = posts[cell.area];
    row[cell.group] += cell.figure.value;
    row.All += cell.figure.value;
  }
  posts.Total = {
    Psychologists: TABLE1_TOTALS.psychologists.value,
    Therapists: TABLE1_TOTALS.therapists.value,
    EMHP: 0,
    All: TABLE1_TOTALS.total.value,
  };
  posts["Total incl MHST"] = {
    Psychologists: TABLE1_TOTALS.psychologists.value,
    Therapists: TABLE1_TOTALS.therapists.value,
    EMHP: TABLE2.emhpMhst.value,
    All: TABLE2.total.value,
  };
  return posts;
}

/** Published in-post figures by profession id, then year. */
export const BASELINES_BY_PROFESSION: ReadonlyMap<string, ReadonlyMap<number, Baseline>> = (() => {
  const index = new Map<string, Map<number, Baseline>>();
  for (const b of BASELINES) {
    const years = index.get(b.profession) ?? new Map<number, Baseline>();
    years.set(b.year, b);
    index.set(b.profession, years);
  }
  return index;
})();

/** The year PP.BASELINE reads when none is given: 2019 for the whole workforce (the plan's base year), otherwise the latest published. */
export function defaultBaselineYear(profession: string): number | undefined {
  if (profession === ALL_PROFESSIONS) return 2019;
  const years = BASELINES_BY_PROFESSION.get(profession);
  return years ? Math.max(...years.keys()) : undefined;
}

export const ATTRITION_BY_PROFESSION: ReadonlyMap<string, number> = new Map(
  ATTRITION_RATES.map((a) => [a.profession, a.figure.value])
);
