import { cite } from "./cite";
import { deepFreeze } from "./freeze";
import type { AttritionRate, Baseline, Profession, ProfessionGroup } from "./types";

/**
 * The professions, national in-post baselines and the one published leaving rate.
 *
 * Profession ids are the short names planners type in formulas; `publishedName` is the roles
 * page's taxonomy entry with only its first letter capitalised (the page prints them in lower
 * case as list items), and the citation quotes it exactly as printed.
 */

function profession(
  id: string,
  group: ProfessionGroup,
  coreProfession: boolean,
  printedName: string,
  aliases: readonly string[]
): Profession {
  return {
    id,
    publishedName: printedName.charAt(0).toUpperCase() + printedName.slice(1),
    aliases: [id, ...aliases],
    group,
    coreProfession,
    citation: cite("roles-page", "Taxonomy", printedName),
  };
}

// coreProfession marks the 12 professions in box A of the Vision's Figure 1 ("Psychological
// Professions professional group in the NHS in England"); the other six are on the roles page's
// taxonomy but not in that box (associate and assistant roles, other and AHP-led therapists,
// and the newer MHWP and YIPP roles).
export const PROFESSIONS: readonly Profession[] = deepFreeze([
  profession("Clinical psychologists", "Psychologists", true, "clinical psychologists", [
    "Clinical psychologist",
    "Clinical psychology",
  ]),
  profession("Counselling psychologists", "Psychologists", true, "counselling psychologists", [
    "Counselling psychologist",
    "Counseling psychologists",
    "Counselling psychology",
  ]),
  profession("Forensic psychologists", "Psychologists", true, "forensic psychologists", [
    "Forensic psychologist",
    "Forensic psychology",
  ]),
  profession("Health psychologists", "Psychologists", true, "health psychologists", [
    "Health psychologist",
    "Health psychology",
  ]),
  profession(
    "Clinical associates in psychology",
    "Associate and assistant roles",
    false,
    "clinical associate in psychology",
    [
      "Clinical associate in psychology",
      "CAP",
      "CAPs",
      "Clinical associate psychologists",
      "Clinical associate psychologist",
    ]
  ),
  profession(
    "Assistant psychologists",
    "Associate and assistant roles",
    false,
    "assistant psychologist",
    ["Assistant psychologist"]
  ),
  profession(
    "CBT therapists",
    "Psychological therapists",
    true,
    "cognitive behavioural therapists",
    [
      "CBT therapist",
      "CBT",
      "Cognitive behavioural therapists",
      "Cognitive behavioural therapist",
      "Cognitive behavioral therapists",
    ]
  ),
  profession("Counsellors", "Psychological therapists", true, "counsellors", [
    "Counsellor",
    "Counselors",
    "Counselor",
  ]),
  profession("CAPT", "Psychological therapists", true, "child and adolescent psychotherapists", [
    "CAPTs",
    "Child and adolescent psychotherapists",
    "Child and adolescent psychotherapist",
    "Child and adolescent psychotherapy",
  ]),
  profession("Adult psychotherapists", "Psychological therapists", true, "adult psychotherapists", [
    "Adult psychotherapist",
  ]),
  profession(
    "Family and systemic psychotherapists",
    "Psychological therapists",
    true,
    "family and systemic psychotherapists",
    [
      "Family and systemic psychotherapist",
      "Family and systemic psychotherapy",
      "Family therapists",
      "Systemic psychotherapists",
    ]
  ),
  profession(
    "Psychological therapists (other)",
    "Psychological therapists",
    false,
    "psychological therapists (other)",
    ["Other psychological therapists"]
  ),
  profession(
    "Art, drama and music therapists",
    "Psychological therapists",
    false,
    "art, drama and music therapists with AHP professional leadership",
    [
      "Art, drama and music therapists with AHP professional leadership",
      "Arts therapists",
      "Art therapists",
      "Drama therapists",
      "Music therapists",
    ]
  ),
  profession("PWP", "Psychological practitioners", true, "psychological wellbeing practitioners", [
    "PWPs",
    "Psychological wellbeing practitioners",
    "Psychological wellbeing practitioner",
  ]),
  profession("CWP", "Psychological practitioners", true, "children’s wellbeing practitioner", [
    "CWPs",
    "Children’s wellbeing practitioner",
    "Children’s wellbeing practitioners",
  ]),
  profession("EMHP", "Psychological practitioners", true, "education mental health practitioner", [
    "EMHPs",
    "Education mental health practitioner",
    "Education mental health practitioners",
  ]),
  profession(
    "MHWP",
    "Psychological practitioners",
    false,
    "mental health and wellbeing practitioner",
    [
      "MHWPs",
      "Mental health and wellbeing practitioner",
      "Mental health and wellbeing practitioners",
      "Mental health wellbeing practitioner",
    ]
  ),
  profession(
    "YIPP",
    "Psychological practitioners",
    false,
    "youth intensive psychological practitioner",
    [
      "YIPPs",
      "Youth intensive psychological practitioner",
      "Youth intensive psychological practitioners",
    ]
  ),
]);

/** Whole-workforce figures use this in place of a profession id. */
export const ALL_PROFESSIONS = "All";

const SECTION_3 = "Section 3";

/**
 * Published national in-post WTE. "All" is the psychological professions workforce in NHS
 * commissioned mental health services (Section 3); the March 2020 profession figures are the
 * ones the plan states in words in Section 5.1 (Fig. 3's chart is not transcribed).
 */
export const BASELINES: readonly Baseline[] = deepFreeze([
  {
    profession: ALL_PROFESSIONS,
    year: 2016,
    month: "",
    figure: {
      id: "baseline.all.2016",
      label: "Psychological professionals in NHS commissioned mental health services, 2016 (WTE)",
      value: 13000,
      unit: "WTE",
      approximate: true,
      citation: cite(
        "workforce-plan",
        SECTION_3,
        "In 2016, there were around 13,000 (whole time equivalent [WTE]) psychological professionals"
      ),
    },
  },
  {
    profession: ALL_PROFESSIONS,
    year: 2019,
    month: "",
    figure: {
      id: "baseline.all.2019",
      label: "Psychological professionals in NHS commissioned mental health services, 2019 (WTE)",
      value: 16000,
      unit: "WTE",
      approximate: true,
      citation: cite("workforce-plan", SECTION_3, "rising to about 16,000 in 2019"),
    },
  },
  {
    profession: ALL_PROFESSIONS,
    year: 2021,
    month: "March",
    figure: {
      id: "baseline.all.2021",
      label:
        "Psychological professionals in NHS commissioned mental health services, March 2021 (WTE)",
      value: 20100,
      unit: "WTE",
      approximate: true,
      citation: cite(
        "workforce-plan",
        SECTION_3,
        "In March 2021, the workforce stood at around 20,100 WTE"
      ),
    },
  },
  {
    profession: "CAPT",
    year: 2020,
    month: "March",
    figure: {
      id: "baseline.capt.2020",
      label:
        "Child and adolescent psychotherapists in NHS commissioned mental health services, March 2020 (WTE)",
      value: 500,
      unit: "WTE",
      approximate: true,
      citation: cite(
        "workforce-plan",
        "Section 5.1.2",
        "In March 2020 there were approximately 500 WTE child and adolescent psychotherapists (CAPTs)"
      ),
    },
  },
  {
    profession: "Counselling psychologists",
    year: 2020,
    month: "March",
    figure: {
      id: "baseline.counselling-psychologists.2020",
      label:
        "Counselling psychologists in NHS commissioned mental health settings, March 2020 (WTE)",
      value: 290,
      unit: "WTE",
      // The plan says "an estimated 290".
      approximate: true,
      citation: cite(
        "workforce-plan",
        "Section 5.1.5",
        "In March 2020 there were an estimated 290 (WTE) counselling psychologists"
      ),
    },
  },
  {
    profession: "Counsellors",
    year: 2020,
    month: "March",
    figure: {
      id: "baseline.counsellors.2020",
      label: "Counsellors in NHS commissioned mental health services in England, March 2020 (WTE)",
      value: 970,
      unit: "WTE",
      approximate: true,
      citation: cite(
        "workforce-plan",
        "Section 5.1.6",
        "In March 2020, there were approximately 970 (WTE) counsellors"
      ),
    },
  },
  {
    profession: "PWP",
    year: 2020,
    month: "March",
    figure: {
      id: "baseline.pwp.2020",
      label:
        "Psychological wellbeing practitioners in adult IAPT services in England, March 2020 (WTE)",
      value: 2090,
      unit: "WTE",
      // The plan says "an estimated 2,090".
      approximate: true,
      citation: cite(
        "workforce-plan",
        "Section 5.1.11",
        "In March 2020, there were an estimated 2,090 WTE PWPs in post in adult IAPT services in England"
      ),
    },
  },
]);

/** The plan gives a leaving rate for PWPs only; every other profession needs a local figure. */
export const ATTRITION_RATES: readonly AttritionRate[] = deepFreeze([
  {
    profession: "PWP",
    figure: {
      id: "attrition.pwp",
      label: "Share of PWPs who leave their posts each year",
      value: 0.3,
      unit: "rate",
      approximate: true,
      citation: cite(
        "workforce-plan",
        "Section 5.1.11",
        "each year around 30 per cent of PWPs leave their posts"
      ),
    },
  },
]);
