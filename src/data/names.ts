import { deepFreeze } from "./freeze";
import type { NamedEntry, ServiceAreaId, StaffGroupId } from "./types";

/**
 * The service areas of the Workforce Plan's Tables 1 and 2, in the tables' order. Aliases are
 * the other names planners and the documents use for the same pathway (the Vision's key impact
 * areas, NHS Talking Therapies for IAPT, CAMHS for CYP), so formulas written against local
 * spreadsheets resolve without re-keying.
 */
export const SERVICE_AREAS: readonly NamedEntry<ServiceAreaId>[] = deepFreeze([
  {
    id: "Perinatal",
    publishedName: "Perinatal mental health",
    aliases: ["Perinatal", "Perinatal mental healthcare", "PMH"],
  },
  {
    id: "CYP",
    publishedName: "Children and young people’s (CYP) services",
    aliases: [
      "CYP",
      "Children and young people",
      "CYPMHS",
      "CAMHS",
      "Children and young people's mental health",
    ],
  },
  {
    id: "IAPT",
    publishedName: "Adult common mental illnesses (IAPT)",
    aliases: [
      "IAPT",
      "NHS Talking Therapies",
      "Talking Therapies",
      "Adult common mental health problems",
      "Adult IAPT",
    ],
  },
  {
    id: "SMHP",
    publishedName: "Adult severe mental health problems (SMHP)",
    aliases: [
      "SMHP",
      "SMI",
      "Adult severe mental illness",
      "Adult SMI",
      "Adult community mental health",
    ],
  },
  {
    id: "Inpatient",
    publishedName: "Therapeutic acute mental health inpatient care",
    aliases: ["Inpatient", "Acute inpatient", "Adult acute inpatient", "Inpatient care"],
  },
  {
    id: "Gambling",
    publishedName: "Problem gambling mental health",
    aliases: ["Gambling", "Problem gambling", "Problem gambling mental health support"],
  },
  {
    id: "MHST",
    publishedName: "Mental Health Support Teams",
    aliases: [
      "MHST",
      "MHSTs",
      "Mental Health Support Team",
      "Schools",
      "Education Mental Health Practitioners for Mental Health Support Teams",
    ],
  },
  {
    id: "Total",
    publishedName: "Total staff (WTE)",
    aliases: ["Total", "All", "LTP total", "Table 1 total"],
  },
  {
    id: "Total incl MHST",
    // Table 2 prints its total row with the same words as Table 1's; the table is named so that
    // the two totals stay distinguishable wherever only the name is shown.
    publishedName: "Total staff (WTE) (Table 2)",
    aliases: [
      "Total incl MHST",
      "Total including MHST",
      "Total incl. MHST",
      "Table 2 total",
      "Grand total",
    ],
  },
]);

/** The staff groups ("Profession(s)" column) of Tables 1 and 2. */
export const STAFF_GROUPS: readonly NamedEntry<StaffGroupId>[] = deepFreeze([
  {
    id: "Psychologists",
    publishedName: "Psychologists",
    aliases: ["Psychologists", "Practitioner psychologists", "Psychologist", "Psychology"],
  },
  {
    id: "Therapists",
    publishedName: "Psychotherapists and psychological professionals",
    aliases: [
      "Therapists",
      "Psychotherapists",
      // Not "Psychological professionals": the plan uses that phrase for all 8,140 additional
      // WTE ("8,140 (WTE) additional psychological professionals"), not this group's 5,620.
      "Psychological therapists",
      "Therapist",
    ],
  },
  {
    id: "EMHP",
    publishedName: "Education Mental Health Practitioners",
    aliases: ["EMHP", "EMHPs", "Education mental health practitioner"],
  },
]);
