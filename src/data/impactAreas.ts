import { deepFreeze } from "./freeze";
import type { ImpactArea } from "./types";

/**
 * The Vision's 22 key impact areas (section 5). 5.1 to 5.10 are the Long Term Plan expansion
 * areas, each printed with its LTP section; 5.11 to 5.22 are printed as "Name - description",
 * and only the name is kept. Names and en dashes are as printed (capitalisation varies there).
 */

function ltpArea(section: string, name: string, ltpSection: string): ImpactArea {
  return { section, name, ltpSection, kind: "Long Term Plan expansion area" };
}

function furtherArea(section: string, name: string): ImpactArea {
  return { section, name, ltpSection: "", kind: "Further impact area" };
}

export const IMPACT_AREAS: readonly ImpactArea[] = deepFreeze([
  ltpArea("5.1", "Perinatal Mental Healthcare", "3.16"),
  ltpArea(
    "5.2",
    "Children and Young People’s Mental Health Services (including eating disorders, crisis and access for 0-25 years)",
    "3.22–3.30"
  ),
  ltpArea("5.3", "Adult Common Mental Health Problems", "3.90–3.92"),
  ltpArea("5.4", "Adult Severe Mental Illness", "3.93–3.94"),
  ltpArea("5.5", "Mental Health Crisis Care and Liaison", "3.95–3.101"),
  ltpArea("5.6", "Therapeutic Acute Mental Health Inpatient Care", "3.102"),
  ltpArea("5.7", "Suicide and Bereavement Support", "3.103–3.106"),
  ltpArea("5.8", "Problem Gambling Mental Health Support", "2.36"),
  ltpArea("5.9", "Rough Sleeping Mental Health Support", "2.32"),
  ltpArea("5.10", "Learning Disability and Autism", "3.31–3.36"),
  furtherArea("5.11", "Dementia"),
  furtherArea("5.12", "Older People"),
  furtherArea("5.13", "Physical Health"),
  furtherArea("5.14", "Substance Misuse and Addiction"),
  furtherArea("5.15", "Prevention and Health Inequalities"),
  furtherArea("5.16", "NHS Staff"),
  furtherArea("5.17", "Trauma informed care"),
  furtherArea("5.18", "Digitally Enabled Care"),
  furtherArea("5.19", "Equity of Access"),
  furtherArea("5.20", "Best Use of Resources"),
  furtherArea("5.21", "Structural Change"),
  furtherArea("5.22", "Leadership and governance"),
]);
