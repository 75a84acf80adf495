/**
 * Shapes of the embedded published tables. Every number the add-in embeds is a `Figure` with a
 * `Citation` whose `quote` is copied word for word from the source document, so that a test can
 * find it there and `PP.TABLE("Sources")` can show where each figure came from.
 */

export type DocumentId = "hee-page" | "vision" | "roles-page" | "workforce-plan" | "ppn-leadership";

export interface SourceDocument {
  readonly id: DocumentId;
  readonly title: string;
  readonly publisher: string;
  /** When the document was published, as precisely as the document says. */
  readonly published: string;
  /** File name of the transcribed copy in shared/seeds. */
  readonly seedFile: string;
}

export interface Citation {
  readonly document: DocumentId;
  /** Table, figure, section or paragraph heading, e.g. "Table 1" or "Section 5.1.11". */
  readonly where: string;
  /** Words copied verbatim from the document that state the figure (whitespace may differ). */
  readonly quote: string;
  /**
   * Set where the figure's unit is our reading of the document rather than printed beside the
   * number: says what the document prints and why we read it so.
   */
  readonly unitReading?: string;
}

export type FigureUnit = "WTE" | "rate" | "people" | "places";

export interface Figure {
  /** Stable identifier, e.g. "table1.cyp.therapists". */
  readonly id: string;
  /** What the figure is, in a planner's words. */
  readonly label: string;
  readonly value: number;
  readonly unit: FigureUnit;
  /** True where the document says "around", "about", "approximately", "over", "estimated". */
  readonly approximate: boolean;
  readonly citation: Citation;
}

export type ServiceAreaId =
  | "Perinatal"
  | "CYP"
  | "IAPT"
  | "SMHP"
  | "Inpatient"
  | "Gambling"
  | "MHST"
  | "Total"
  | "Total incl MHST";

export type StaffGroupId = "Psychologists" | "Therapists" | "EMHP";

/** A name a planner may type, with the other spellings that mean the same thing. */
export interface NamedEntry<Id extends string> {
  readonly id: Id;
  /** The name as the document prints it. */
  readonly publishedName: string;
  /** Abbreviations and common synonyms. Matching ignores case, spaces and punctuation. */
  readonly aliases: readonly string[];
}

/** One cell of Table 1 (or, for MHST, of Table 2). */
export interface PostsCell {
  readonly area: ServiceAreaId;
  readonly group: StaffGroupId;
  readonly figure: Figure;
}

export type ProfessionGroup =
  | "Psychologists"
  | "Associate and assistant roles"
  | "Psychological therapists"
  | "Psychological practitioners";

export interface Profession extends NamedEntry<string> {
  readonly group: ProfessionGroup;
  /** One of the 12 professions in box A of the Vision's Figure 1. */
  readonly coreProfession: boolean;
  readonly citation: Citation;
}

/** A published national in-post figure for a profession (or "All") in a year. */
export interface Baseline {
  /** Profession id, or "All" for the whole workforce in NHS-commissioned mental health services. */
  readonly profession: string;
  readonly year: number;
  /** When in the year, as the document says ("March"), or "" where it gives only the year. */
  readonly month: string;
  readonly figure: Figure;
}

export interface AttritionRate {
  readonly profession: string;
  readonly figure: Figure;
}

export type Priority = "Grow" | "Develop" | "Diversify" | "Lead" | "Transform";

export interface Action {
  readonly priority: Priority;
  /** The Workforce Plan's table number, 3 to 7. */
  readonly table: 3 | 4 | 5 | 6 | 7;
  readonly number: number;
  /** The action's text exactly as the table prints it (sub-points included, on new lines). */
  readonly text: string;
  readonly heeNhsei: boolean;
  readonly ics: boolean;
  readonly employersHeis: boolean;
}

export interface ImpactArea {
  /** Section number in the Vision, "5.1" to "5.22". */
  readonly section: string;
  readonly name: string;
  /** The Long Term Plan sections the Vision gives, e.g. "3.22–3.30"; "" where it gives none. */
  readonly ltpSection: string;
  /** "Long Term Plan expansion area" (5.1 to 5.10) or "Further impact area" (5.11 to 5.22). */
  readonly kind: "Long Term Plan expansion area" | "Further impact area";
}
