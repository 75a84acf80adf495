/**
 * Preview mode's sample workbooks. The sample scenarios are illustrations for trying the pane,
 * labelled as such in their notes; the plan's own figures (60% minimum growth, 4 years) come from
 * the data layer, and the local assumptions are round numbers a planner would replace.
 */
import { COLUMN_HEADERS, CURRENT_LAYOUT, DEFINED_NAMES, initialValues } from "../core/scenarios";
import type { MemorySheet } from "./memoryWorkbook";

const plan = initialValues();

/** No range given: the four range cells (attrition low and high, completion low and high) empty. */
const NO_RANGE = ["", "", "", ""] as const;

function row(
  name: string,
  share: number | "",
  uplift: number | "",
  attrition: number | "",
  completion: number | "",
  notes: string,
  ranges: readonly (number | "")[] = NO_RANGE
): unknown[] {
  return [
    name,
    share,
    uplift,
    plan.minGrowth ?? "",
    plan.horizon ?? "",
    attrition,
    completion,
    plan.startYear ?? "",
    ...ranges,
    notes,
  ];
}

export type SampleName = "sample" | "empty" | "malformed" | "formulas" | "renamed";

export function sampleSheet(kind: SampleName): MemorySheet | null {
  if (kind === "empty") return null;
  if (kind === "malformed") {
    return {
      headers: COLUMN_HEADERS.filter((h) => h !== "Training completion"),
      rows: [
        // No start year: left empty, as an upgrade from an earlier layout leaves it.
        [
          "Central",
          0.02,
          0,
          plan.minGrowth,
          plan.horizon,
          0.1,
          "",
          ...NO_RANGE,
          "Illustration only",
        ],
        [
          "High demand",
          "about 3%",
          0.1,
          plan.minGrowth,
          plan.horizon,
          1.5,
          "",
          ...NO_RANGE,
          "Illustration only",
        ],
        [
          "Central",
          0.025,
          0,
          plan.minGrowth,
          plan.horizon,
          0.1,
          "",
          ...NO_RANGE,
          "Illustration only",
        ],
        ["", 0.02, 0, plan.minGrowth, 4.5, 0.1, "", ...NO_RANGE, "Illustration only"],
      ],
      active: "Central",
      names: DEFINED_NAMES.filter((n) => n !== "PP_Completion"),
    };
  }
  if (kind === "renamed") {
    // The sample's table as a planner renamed it (Table Design > Table Name).
    const sample = sampleSheet("sample");
    return sample === null ? null : { ...sample, table: "MyScenarios" };
  }
  if (kind === "formulas") {
    const sample = sampleSheet("sample");
    if (sample === null) return null;
    const central = sample.rows[0];
    // A local share worked out in the sheet: 250,000 of 12.5 million people, need index 1.
    if (central) central[1] = { formula: "=PP.SHARE(250000, 12500000, 1)", value: 0.02 };
    return sample;
  }
  return {
    headers: [...COLUMN_HEADERS],
    rows: [
      row(
        "Central",
        0.02,
        0,
        0.12,
        0.9,
        "Illustration only: replace with your system's figures.",
        [0.1, 0.18, 0.8, 0.95]
      ),
      row("High demand", 0.02, 0.1, 0.12, 0.9, "Illustration only: COVID-19 backlog uplift."),
      row(
        "Cautious",
        0.018,
        0,
        0.15,
        0.85,
        "Illustration only: higher turnover.",
        [0.12, 0.22, 0.75, 0.9]
      ),
    ],
    active: "Central",
    names: [...DEFINED_NAMES],
    layout: CURRENT_LAYOUT,
  };
}
