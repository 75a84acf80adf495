import { deepFreeze } from "./freeze";
import type { Action, Priority } from "./types";

/**
 * The priority actions of the Workforce Plan (Tables 3 to 7), word for word, with the plan's
 * three implementation columns: a printed ● is true, a blank cell false. Sub-points that the
 * plan prints on their own lines keep their own lines. One action (Table 4, number 5) contains
 * a narrow no-break space as printed; it is kept as the escape \u202F so that it is visible.
 */

type ActionRow = Omit<Action, "priority" | "table">;

function table(number: Action["table"], priority: Priority, rows: readonly ActionRow[]): Action[] {
  return rows.map((row) => ({ priority, table: number, ...row }));
}

const GROW = table(3, "Grow", [
  {
    number: 1,
    text: "Expand clinical psychology training and child and adolescent psychotherapy places by 25 per cent in 2021/22 and support further expansion in line with funding",
    heeNhsei: true,
    ics: true,
    employersHeis: true,
  },
  {
    number: 2,
    text: "Continue to expand IAPT training and other workforce interventions to fulfil the expected growth of the IAPT clinical workforce",
    heeNhsei: true,
    ics: true,
    employersHeis: true,
  },
  {
    number: 3,
    text: "Increase the proportion of IAPT High Intensity recruitment from outside of IAPT services",
    heeNhsei: false,
    ics: true,
    employersHeis: true,
  },
  {
    number: 4,
    text: "Align IAPT trainee posts to all High Intensity modalities in proportion to modelled requirement for NICE-recommended therapies and choice of treatment",
    heeNhsei: true,
    ics: true,
    employersHeis: true,
  },
  {
    number: 5,
    text: "Launch a paid core professional training pathway into adult IAPT services for psychotherapeutic counsellors to deliver NICE-recommended therapies for depression",
    heeNhsei: true,
    ics: false,
    employersHeis: true,
  },
  {
    number: 6,
    text: "Continue to expand Mental Health Support Teams and EMHP posts nationally",
    heeNhsei: true,
    ics: true,
    employersHeis: true,
  },
  {
    number: 7,
    text: "Expand access to NICE recommended psychological therapies for severe mental health problems at scale across adult community services through upskilling existing staff and recruiting new staff into psychological therapy trainee positions, ensuring staff have substantial dedicated time to deliver therapies on qualification",
    heeNhsei: true,
    ics: true,
    employersHeis: true,
  },
  {
    number: 8,
    text: "Invest in family and systemic psychotherapy training to support expansion of this discipline in CYP mental health services and beyond",
    heeNhsei: true,
    ics: false,
    employersHeis: true,
  },
  {
    number: 9,
    text: "Support the development of an apprenticeship in family and systemic psychotherapy for entry from 2022",
    heeNhsei: true,
    ics: false,
    employersHeis: true,
  },
  {
    number: 10,
    text: "Deploy new psychological practitioner roles in adult community mental health and CYP inpatient and crisis services to deliver multi-disciplinary team care planning and psychologically informed interventions, underpinned by a formulation",
    heeNhsei: true,
    ics: true,
    employersHeis: true,
  },
  {
    number: 11,
    text: "Use annual workforce surveys and improve Electronic Staff Record data to monitor expansion in posts",
    heeNhsei: true,
    ics: true,
    employersHeis: false,
  },
  {
    number: 12,
    text: "Expand part-time core professional training pathways across the psychological professions",
    heeNhsei: true,
    ics: false,
    employersHeis: true,
  },
]);

const DEVELOP = table(4, "Develop", [
  {
    number: 1,
    text: "Develop more integrated and coherent career paths for each of the psychological professions, including into leadership roles",
    heeNhsei: true,
    ics: true,
    employersHeis: true,
  },
  {
    number: 2,
    text: "Widen participation by enabling entry to wellbeing practitioner training roles to accept more entrants with level 5 qualification / credit, and graduates of all disciplines",
    heeNhsei: true,
    ics: false,
    employersHeis: true,
  },
  {
    number: 3,
    text: "Ensure all new roles in the psychological professions are meaningfully aligned to existing roles and have clear career progression pathways to support retention",
    heeNhsei: true,
    ics: true,
    employersHeis: true,
  },
  {
    number: 4,
    text: "Review HEE-commissioned core professional trainings to ensure they align to the NHS Long Term Plan and national policy priorities, with targeted investment to support HEIs in progressing this",
    heeNhsei: true,
    ics: false,
    employersHeis: true,
  },
  {
    number: 5,
    text: "Implement a policy change for future eligibility for NHS funding across specific psychological professions training programmes\u202Ffor individuals who wish to undertake more than one NHS-funded training",
    heeNhsei: true,
    ics: false,
    employersHeis: true,
  },
  {
    number: 6,
    text: "Ensure there is sufficient supervision and management capacity for new roles",
    heeNhsei: true,
    ics: true,
    employersHeis: true,
  },
]);

const DIVERSIFY = table(5, "Diversify", [
  {
    number: 1,
    text: "Support HEE-commissioned training programmes to deliver measurable improvements on equity and inclusion for ethnic minority applicants, including implementing the Action Plan to Improve Equity of Access and Inclusion for Black, Asian and Minority Ethnic Entrants to Clinical Psychology Training",
    heeNhsei: true,
    ics: false,
    employersHeis: true,
  },
  {
    number: 2,
    text: [
      "Target investment to reduce systemic obstacles to disadvantaged aspiring psychological professionals from entering the psychological professions. This includes:",
      "2.1. Creating paid work opportunities for disadvantaged psychology graduates wishing to enter clinical psychology careers",
      "2.2. Providing bursaries to support disadvantaged aspiring child and adolescent psychotherapists to undertake pre-clinical training",
    ].join("\n"),
    heeNhsei: true,
    ics: true,
    employersHeis: true,
  },
  {
    number: 3,
    text: "Deliver a programme of funded and targeted action to challenge racism in IAPT services",
    heeNhsei: true,
    ics: true,
    employersHeis: true,
  },
  {
    number: 4,
    text: "Invest in a leadership mentoring programme for ethnic minority psychological professionals aspiring to leadership roles",
    heeNhsei: true,
    ics: false,
    employersHeis: false,
  },
  {
    number: 5,
    text: "Monitor and report on ethnic diversity in the psychological professions, across all pay bandings, designing future interventions to target inequities",
    heeNhsei: true,
    ics: false,
    employersHeis: true,
  },
]);

const LEAD = table(6, "Lead", [
  {
    number: 1,
    text: "Adopt and promote a multi-disciplinary approach to leadership and development of the psychological professions as a united group, recognising each’s unique strengths",
    heeNhsei: true,
    ics: true,
    employersHeis: true,
  },
  {
    number: 2,
    text: "Support the integration of Chief Psychological Professions Officers in ICSs workforce planning processes",
    heeNhsei: true,
    ics: true,
    employersHeis: true,
  },
  {
    number: 3,
    text: "Embed the Psychological Professions Networks as providers of the united professional leadership for the psychological professions at regional level, supporting and enabling workforce planning, expansion and development",
    heeNhsei: true,
    ics: true,
    employersHeis: true,
  },
  {
    number: 4,
    text: "Take targeted action to make leadership positions more inclusive of all psychological professions based on competency requirements of the roles",
    heeNhsei: true,
    ics: true,
    employersHeis: true,
  },
  {
    number: 5,
    text: "Establish a long-term national NHS professional leadership infrastructure for the psychological professions",
    heeNhsei: true,
    ics: false,
    employersHeis: false,
  },
]);

const TRANSFORM = table(7, "Transform", [
  {
    number: 1,
    text: "Adopt a well governed and consistent approach to the expansion in psychological therapies: guided by NICE, published competence frameworks, national curricula, course accreditation and individual practitioner registration / multi-disciplinary markers of competence",
    heeNhsei: true,
    ics: true,
    employersHeis: true,
  },
  {
    number: 2,
    text: "Facilitate and support the routine collection and service-level publication of patient-reported outcome measures for psychological professions' activity",
    heeNhsei: true,
    ics: true,
    employersHeis: true,
  },
  {
    number: 3,
    text: "Embrace and embed meaningful involvement of experts by experience in psychological professions service design, development, delivery and training",
    heeNhsei: true,
    ics: false,
    employersHeis: true,
  },
  {
    number: 4,
    text: "Invest in and expand the spread and adoption of Responsible Clinician roles among practitioner psychologists, alongside other disciplines, subject to funding",
    heeNhsei: true,
    ics: true,
    employersHeis: true,
  },
  {
    number: 5,
    text: "Develop frameworks for the optimal use of blended learning in psychological professions training",
    heeNhsei: true,
    ics: false,
    employersHeis: true,
  },
  {
    number: 6,
    text: [
      "Support the extension of psychological professions and psychological practice in physical healthcare settings and primary care. This will include:",
      "6.1. The completion of a case for change in psychological practice in physical healthcare",
      "6.2. Investment in a programme to deploy trainee health psychologists to support service transformation development projects",
    ].join("\n"),
    heeNhsei: true,
    ics: true,
    employersHeis: true,
  },
]);

export const ACTIONS: readonly Action[] = deepFreeze([
  ...GROW,
  ...DEVELOP,
  ...DIVERSIFY,
  ...LEAD,
  ...TRANSFORM,
]);
