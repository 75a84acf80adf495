import { cite } from "./cite";
import { deepFreeze } from "./freeze";
import { SERVICE_AREAS, STAFF_GROUPS } from "./names";
import type { Figure, PostsCell, ServiceAreaId, StaffGroupId } from "./types";

/**
 * Table 1 and Table 2 of the Workforce Plan: indicative additional posts (WTE) from 2019/20 to
 * 2023/24 by NHS Long Term Plan service area and staff group, as given by the Mental Health
 * Implementation Plan. Each quote is the table row as printed, so it contains the area (where
 * the row prints one), the staff group and the number.
 */

const TABLE1_WHERE = "Table 1";
const TABLE2_WHERE = "Table 2";

const GROUP_KEY: Readonly<Record<StaffGroupId, string>> = {
  Psychologists: "psychologists",
  Therapists: "therapists",
  EMHP: "emhp",
};

function publishedName(
  entries: readonly { id: string; publishedName: string }[],
  id: string
): string {
  return entries.find((entry) => entry.id === id)?.publishedName ?? id;
}

function cell(area: ServiceAreaId, group: StaffGroupId, value: number, quote: string): PostsCell {
  const groupName = publishedName(STAFF_GROUPS, group).toLowerCase();
  return {
    area,
    group,
    figure: {
      id: `table1.${area.toLowerCase()}.${GROUP_KEY[group]}`,
      label: `Additional ${groupName} (WTE), ${publishedName(SERVICE_AREAS, area)}`,
      value,
      unit: "WTE",
      // The table is headed "indicative", but its cells print exact numbers without "around".
      approximate: false,
      citation: cite("workforce-plan", TABLE1_WHERE, quote),
    },
  };
}

/** The eight cells of Table 1, in the order the document prints them. */
export const TABLE1_CELLS: readonly PostsCell[] = deepFreeze([
  cell("Perinatal", "Psychologists", 210, "Perinatal mental health Psychologists 210"),
  cell(
    "CYP",
    "Psychologists",
    1360,
    "Children and young people’s (CYP) services Psychologists 1,360"
  ),
  // Rows that continue an area leave the area cell blank, so the quote starts at the group.
  cell("CYP", "Therapists", 2550, "Psychotherapists and psychological professionals 2,550"),
  cell(
    "IAPT",
    "Therapists",
    2860,
    "Adult common mental illnesses (IAPT) Psychotherapists and psychological professionals 2,860"
  ),
  cell(
    "SMHP",
    "Psychologists",
    750,
    "Adult severe mental health problems (SMHP) Psychologists 750"
  ),
  cell("SMHP", "Therapists", 210, "Psychotherapists and psychological professionals 210"),
  cell(
    "Inpatient",
    "Psychologists",
    160,
    "Therapeutic acute mental health inpatient care Psychologists 160"
  ),
  cell("Gambling", "Psychologists", 40, "Problem gambling mental health Psychologists 40"),
]);

function total(id: string, label: string, value: number, where: string, quote: string): Figure {
  return {
    id,
    label,
    value,
    unit: "WTE",
    approximate: false,
    citation: cite("workforce-plan", where, quote),
  };
}

/** Table 1's printed totals. Tests check that the cells add up to them. */
export const TABLE1_TOTALS: Readonly<{
  psychologists: Figure;
  therapists: Figure;
  total: Figure;
}> = deepFreeze({
  psychologists: total(
    "table1.total.psychologists",
    "Total additional practitioner psychologists (WTE), 2019/20 to 2023/24",
    2520,
    TABLE1_WHERE,
    "Total additional practitioner psychologists (WTE) 2,520"
  ),
  therapists: total(
    "table1.total.therapists",
    "Total additional psychotherapists and psychological professionals (WTE), 2019/20 to 2023/24",
    5620,
    TABLE1_WHERE,
    "Total additional psychotherapists and psychological professionals (WTE) 5,620"
  ),
  total: total(
    "table1.total",
    "Total additional staff (WTE) for NHS Long Term Plan growth, 2019/20 to 2023/24",
    8140,
    TABLE1_WHERE,
    "Total staff (WTE) 8,140"
  ),
});

/** Table 2: Table 1's total plus the EMHPs for Mental Health Support Teams. */
export const TABLE2: Readonly<{ ltpTotal: Figure; emhpMhst: Figure; total: Figure }> = deepFreeze({
  ltpTotal: total(
    "table2.ltp",
    "Total additional practitioner psychologists, psychotherapists and psychological professionals for NHS Long Term Plan growth (WTE)",
    8140,
    TABLE2_WHERE,
    "Total additional practitioner psychologists, psychotherapists and psychological professionals for NHS Long Term Plan Growth (WTE) 8,140"
  ),
  emhpMhst: total(
    "table2.mhst.emhp",
    "Total Education Mental Health Practitioners for Mental Health Support Teams (WTE)",
    2500,
    TABLE2_WHERE,
    "Total Education Mental Health Practitioners for Mental Health Support Teams (WTE) 2,500"
  ),
  total: total(
    "table2.total",
    "Total additional staff (WTE) including EMHPs for Mental Health Support Teams",
    10640,
    TABLE2_WHERE,
    "Total staff (WTE) 10,640"
  ),
});

/** The only posts for MHST are Table 2's EMHPs; exposed as a cell so lookups treat it alike. */
export const MHST_CELL: PostsCell = deepFreeze({
  area: "MHST",
  group: "EMHP",
  figure: TABLE2.emhpMhst,
});
