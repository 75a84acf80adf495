import { deepFreeze } from "./freeze";
import type { SourceDocument } from "./types";

/**
 * The five public documents every embedded figure is transcribed from. Where a document prints
 * no date, `published` says so and gives only what its own text lets us infer.
 */
export const DOCUMENTS: readonly SourceDocument[] = deepFreeze([
  {
    id: "hee-page",
    title: "Psychological Professions",
    publisher: "Health Education England",
    published:
      "Undated web page (it announces the publication of the Psychological Professions Workforce Plan for England)",
    seedFile: "000_8d48047a58b4443a.txt",
  },
  {
    id: "vision",
    title: "National Vision for the Psychological Professions",
    publisher: "NHS England and NHS Improvement; Health Education England",
    published:
      "Undated (its first draft was under public consultation from December 2019 to March 2020)",
    seedFile: "001_b00f71b8befb8486.txt",
  },
  {
    id: "roles-page",
    title: "Psychological profession roles",
    publisher: "Health Education England",
    published:
      "Undated web page (its section on new roles is headed 2022 and reports trainees starting in March 2022)",
    seedFile: "002_517a992ed63a80b0.txt",
  },
  {
    id: "workforce-plan",
    title: "Psychological Professions Workforce Plan for England",
    publisher: "Health Education England",
    published:
      "Undated (its text looks ahead to training figures for January 2022 and to MHWP training due to commence spring-summer 2022)",
    seedFile: "003_f9872bcc38a80936.txt",
  },
  {
    id: "ppn-leadership",
    title: "Developing the Right Psychological Professions Leadership in a Changing Landscape",
    publisher: "Psychological Professions Network",
    published: "9 May 2022 (printed as 09 May 22)",
    seedFile: "004_c014f7655dcba597.txt",
  },
]);

/** The document with this id, or undefined for an id that is not one of the five. */
export function documentById(id: string): SourceDocument | undefined {
  return DOCUMENTS.find((document) => document.id === id);
}
