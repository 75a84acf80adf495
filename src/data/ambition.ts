import { cite } from "./cite";
import { deepFreeze } from "./freeze";
import type { Citation, Figure, FigureUnit } from "./types";

/**
 * The national ambition and context figures that sit around Tables 1 and 2: growth targets,
 * the wider mental health expansion, training expansion and new-role pipelines. `rate` values
 * are fractions (0.6 for 60 per cent).
 */

function figure(
  id: string,
  label: string,
  value: number,
  unit: FigureUnit,
  approximate: boolean,
  citation: Citation
): Figure {
  return { id, label, value, unit, approximate, citation };
}

const ambition = {
  minimumNetGrowth: figure(
    "ambition.minimum-net-growth",
    "Minimum net growth of the psychological professions workforce, 2019/20 to 2023/24",
    0.6,
    "rate",
    // "At least" states a floor, not an estimate.
    false,
    cite(
      "workforce-plan",
      "Section 1",
      "growing the workforce by at least 60 per cent from 2019/20 to 2023/24"
    )
  ),
  plannedExpansion: figure(
    "ambition.planned-expansion",
    "Expansion of the workforce that Table 2's 10,640 WTE represents, 2019/20 to 2023/24",
    0.6,
    "rate",
    true,
    cite(
      "workforce-plan",
      "Section 4",
      "representing an expansion in the workforce between 2019/20 and 2023/24 of over 60 per cent"
    )
  ),
  heePageGrowth: figure(
    "ambition.hee-page-growth",
    "Growth in the psychological professions workforce the Workforce Plan is focused on delivering",
    0.6,
    "rate",
    false,
    cite(
      "hee-page",
      "Psychological Professions Workforce Plan for England",
      "delivering a 60 per cent growth in the psychological profession’s workforce"
    )
  ),
  visionAdditionalRoles: figure(
    "ambition.vision-additional-roles",
    "Additional psychological professions roles needed by 2023/24 to meet the Long Term Plan",
    10000,
    // The Vision counts "roles"; the unit is our reading (see the citation).
    "WTE",
    true,
    cite(
      "vision",
      "Section 5 (Key impact areas)",
      "estimated at over 10,000 additional psychological professions",
      'the Vision prints "roles"; the next sentence measures the increase in whole time equivalent'
    )
  ),
  visionIncrease: figure(
    "ambition.vision-increase",
    "Increase in the current workforce (WTE) that the projected growth requirement represents",
    0.65,
    "rate",
    false,
    cite(
      "vision",
      "Section 5 (Key impact areas)",
      "This projected growth requirement represents a 65 per cent increase in the current workforce (whole time equivalent)"
    )
  ),
  ppnAdditional: figure(
    "ambition.ppn-additional",
    "Increase in psychological professionals the Long Term Plan expansion requires by 2024",
    10500,
    "people",
    true,
    cite(
      "ppn-leadership",
      "Why does this matter?",
      "This expansion requires an increase of over 10,500 psychological professionals by 2024.",
      "the page prints no unit; we read it as people, not WTE"
    )
  ),
  ppnShareOfTrustWorkforce: figure(
    "ambition.ppn-share-of-trust-workforce",
    "Share of the workforce in NHS mental health trusts that the psychological professions make up",
    0.12,
    "rate",
    true,
    cite(
      "ppn-leadership",
      "Why does this matter?",
      "Collectively the Psychological Professions account for over 12% of the workforce in NHS mental Health Trusts"
    )
  ),
  mentalHealthPosts: figure(
    "ambition.mental-health-posts",
    "New mental health posts needed across NHS mental health services to deliver the Long Term Plan",
    27000,
    "WTE",
    true,
    cite(
      "workforce-plan",
      "Section 4",
      "an estimated 27,000 (WTE) new mental health posts will be needed to deliver the NHS Long Term Plan"
    )
  ),
  iaptHighIntensityAndPwp: figure(
    "ambition.iapt-high-intensity-and-pwp",
    "Additional high intensity psychological therapists and PWPs needed in IAPT services, 2019/20 to 2023/24",
    2860,
    "WTE",
    true,
    cite(
      "workforce-plan",
      "Section 4",
      "2,860 (WTE) high intensity psychological therapists and PWPs in IAPT services"
    )
  ),
  furtherClinicalPsychologists: figure(
    "ambition.further-clinical-psychologists",
    "Further clinical psychologists needed by 2023/24 for IAPT, staff wellbeing hubs and Responsible Clinician backfill",
    366,
    "WTE",
    false,
    cite(
      "workforce-plan",
      "Section 5.1.1",
      "A further indicative 366 WTE clinical psychologists are needed to provide interventions in IAPT"
    )
  ),
  trainingPlacesGrowth: figure(
    "training.capt-clinical-psychology-places-growth",
    "Yearly expansion of clinical psychology and child and adolescent psychotherapy training places",
    0.25,
    "rate",
    false,
    cite(
      "workforce-plan",
      "Section 6.1",
      "HEE has expanded clinical psychology and child and adolescent psychotherapy training places by 25 per cent year-on-year"
    )
  ),
  trainingEntryGrowth: figure(
    "training.capt-clinical-psychology-entry-growth",
    "Increase in training entry to clinical psychology and child and adolescent psychotherapy, 2020 to 2022",
    0.6,
    "rate",
    false,
    cite(
      "workforce-plan",
      "Section 6",
      "Increasing training entry to clinical psychology and child and adolescent psychotherapy by 60% between 2020 and 2022"
    )
  ),
  healthPsychologyTrainees: figure(
    "training.health-psychology-trainees",
    "Trainee health psychologists HEE is funding to build workforce redesign capacity",
    7,
    "places",
    false,
    cite(
      "workforce-plan",
      "Section 5.1.8",
      "HEE are presently funding a programme to employ seven trainee health psychologists"
    )
  ),
  cwpsTrained: figure(
    "pipeline.cwp-trained",
    "CWPs who will have completed training or qualified to work by January 2022",
    1700,
    "people",
    true,
    cite(
      "workforce-plan",
      "Section 5.1.3",
      "more than 1,700 CWPs will have completed training or qualified to work by January 2022"
    )
  ),
  emhpTrainees: figure(
    "pipeline.emhp-trainees",
    "EMHPs who will have started training by January 2022",
    1500,
    "people",
    true,
    cite(
      "workforce-plan",
      "Section 5.1.7",
      "more than 1,500 EMHPs will have started training by January 2022"
    )
  ),
  cypIaptCbtTrained: figure(
    "pipeline.cyp-iapt-cbt-trained",
    "Clinical professional staff trained in CBT through CYP IAPT since 2012",
    1100,
    "people",
    true,
    cite(
      "workforce-plan",
      "Section 5.1.4",
      "Over 1,100 clinical professional staff have been trained in CBT through CYP IAPT since 2012."
    )
  ),
  yippTrainees: figure(
    "pipeline.yipp-trainees",
    "Trainee YIPPs in the pilot cohort that started training in March 2022",
    29,
    "people",
    false,
    cite(
      "roles-page",
      "Youth intensive psychological practitioners",
      "a small pilot cohort of 29 trainee YIPPs commenced their training programmes in March 2022"
    )
  ),
} satisfies Record<string, Figure>;

export type AmbitionKey = keyof typeof ambition;

export const AMBITION: Readonly<Record<AmbitionKey, Figure>> = deepFreeze(ambition);
