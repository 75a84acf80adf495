/**
 * What the pane says about a workbook when it opens: the planner's sheets found among its tabs,
 * the "This workbook" lines, whether it needs upgrading (and which button adds what is missing),
 * what Office does for the next person, and the words for a snapshot.
 */
import {
  COLUMN_HEADERS,
  CURRENT_LAYOUT,
  DEFINED_NAMES,
  MISSING_BOOK,
  readScenarioTable,
  type ScenarioBook,
} from "../../../src/core/scenarios";
import { snapshotMessage } from "../../../src/taskpane/sharing/sharing";
import {
  autoOpenNote,
  fixButton,
  needsUpgrade,
  plannerSheets,
  summaryLines,
  writtenWhen,
} from "../../../src/taskpane/workbook-status/workbookState";

const row = (name: string): unknown[] => [name, 0.02, 0, 0.6, 4, 0.1, 0.9, ""];

function book(
  options: {
    layout?: number;
    headers?: readonly string[];
    names?: readonly string[];
    rows?: unknown[][];
    active?: string;
  } = {}
): ScenarioBook {
  return readScenarioTable({
    headerAddress: "'PP Scenarios'!A3:H3",
    headers: options.headers ?? COLUMN_HEADERS,
    rows: options.rows ?? [row("Central"), row("High demand")],
    active: options.active ?? "Central",
    names: options.names ?? DEFINED_NAMES,
    ...(options.layout === undefined ? {} : { layout: options.layout }),
  });
}

const CURRENT = book({ layout: CURRENT_LAYOUT });
/** Set up before the layout was recorded, and nothing else missing. */
const EARLIER = book();
/** The current layout, but a column and a name deleted by hand. */
const DAMAGED = book({
  layout: CURRENT_LAYOUT,
  headers: COLUMN_HEADERS.filter((h) => h !== "Training completion"),
  rows: [["Central", 0.02, 0, 0.6, 4, 0.1, ""]],
  names: DEFINED_NAMES.filter((n) => n !== "PP_Completion"),
});

describe("the planner's sheets among the workbook's", () => {
  it("finds plans, sources, snapshots and copies by the names the pane gives them", () => {
    expect(
      plannerSheets([
        "PP Scenarios",
        "PP Plan",
        "PP Plan 2",
        "PP Planning notes",
        "pp sources",
        "PP All sources",
        "PP Scenarios (values)",
        "PP Plan (values 2)",
        "PP Snapshot",
        "PP Snapshot 2",
        "Budget",
      ])
    ).toEqual({
      plans: ["PP Plan", "PP Plan 2"],
      sources: true,
      covers: ["PP Snapshot", "PP Snapshot 2"],
      copies: ["PP Scenarios (values)", "PP Plan (values 2)"],
    });
    expect(plannerSheets([])).toEqual({ plans: [], sources: false, covers: [], copies: [] });
  });
});

describe("upgrading a workbook from an earlier version", () => {
  it("is offered for an earlier layout, with the upgrade's button named wherever a fix is", () => {
    expect(needsUpgrade(EARLIER)).toBe(true);
    expect(fixButton(EARLIER)).toBe("Upgrade workbook");
  });

  it("is not offered for the current layout: a lost column or name is Repair table's", () => {
    expect(DAMAGED.missingColumns).toEqual(["Training completion"]);
    expect(needsUpgrade(DAMAGED)).toBe(false);
    expect(fixButton(DAMAGED)).toBe("Repair table");
    expect(needsUpgrade(CURRENT)).toBe(false);
  });

  it("is not offered for a workbook with no scenarios, nor one from a newer version", () => {
    expect(needsUpgrade(MISSING_BOOK)).toBe(false);
    expect(needsUpgrade(book({ layout: CURRENT_LAYOUT + 1 }))).toBe(false);
  });
});

describe("the This workbook lines", () => {
  const sheets = ["PP Scenarios", "PP Plan", "PP Sources"];

  it("says how many scenarios, which is active, the plans, the sources and which version set it up", () => {
    expect(summaryLines({ book: CURRENT, sheets, sourcesWritten: "12/05/2025, 10:00:00" })).toEqual(
      [
        { term: "Scenarios", detail: "2, with “Central” active" },
        { term: "Plan sheets", detail: "“PP Plan”" },
        { term: "Sources", detail: "“PP Sources”, written 12/05/2025, 10:00:00" },
        { term: "Set up by", detail: "This version of the planner" },
      ]
    );
  });

  it("leaves out what it cannot tell: the sources' date, or the sheets until read", () => {
    const lines = summaryLines({ book: CURRENT, sheets, sourcesWritten: null });
    expect(lines.find((l) => l.term === "Sources")?.detail).toBe("“PP Sources”");
    expect(summaryLines({ book: CURRENT, sheets: null, sourcesWritten: null })).toEqual([
      { term: "Scenarios", detail: "2, with “Central” active" },
      { term: "Set up by", detail: "This version of the planner" },
    ]);
  });

  it("lists snapshots with their copies", () => {
    const lines = summaryLines({
      book: CURRENT,
      sheets: [...sheets, "PP Scenarios (values)", "PP Plan (values)", "PP Snapshot"],
      sourcesWritten: null,
    });
    expect(lines.find((l) => l.term === "Snapshots")?.detail).toBe(
      "“PP Snapshot”, with 2 sheets as values"
    );
  });

  it("words a workbook with no scenarios, none active, an unknown active one, other layouts", () => {
    expect(summaryLines({ book: MISSING_BOOK, sheets: [], sourcesWritten: null })).toEqual([
      { term: "Scenarios", detail: "None yet" },
      { term: "Plan sheets", detail: "None yet" },
      { term: "Sources", detail: "None yet: written with a planning sheet" },
    ]);
    const detail = (b: ScenarioBook, term: string): string | undefined =>
      summaryLines({ book: b, sheets: null, sourcesWritten: null }).find((l) => l.term === term)
        ?.detail;
    expect(detail(book({ active: "" }), "Scenarios")).toBe("2, none active");
    expect(detail(book({ active: "Gone" }), "Scenarios")).toBe(
      "2, the active cell names “Gone”, which is not in the table"
    );
    expect(detail(book({ rows: [] }), "Scenarios")).toBe("None in the table");
    expect(detail(EARLIER, "Set up by")).toBe("An earlier version of the planner");
    expect(detail(book({ layout: CURRENT_LAYOUT + 1 }), "Set up by")).toBe(
      "A newer version of the planner than this one"
    );
  });
});

describe("what Office does for whoever opens the workbook next", () => {
  const opens =
    "Office opens the planner for whoever opens this workbook next, if they have the add-in (Office does not offer it to anyone without it).";

  it("says it in Excel once scenarios are set up, and what it waits for until then", () => {
    expect(autoOpenNote(CURRENT, "excel")).toBe(opens);
    expect(autoOpenNote(MISSING_BOOK, "excel")).toBe(`Once scenarios are set up, ${opens}`);
    expect(autoOpenNote(EARLIER, "excel")).toBe(`Once it is upgraded, ${opens}`);
  });

  it("says in preview mode that it is what Excel would do", () => {
    expect(autoOpenNote(CURRENT, "preview")).toBe(`In Excel, ${opens}`);
    expect(autoOpenNote(MISSING_BOOK, "preview")).toBe(
      `In Excel, once scenarios are set up, ${opens}`
    );
  });
});

describe("the words for what was made", () => {
  it("reads the date off the Sources sheet's first note", () => {
    expect(
      writtenWhen("Written 12/05/2025, 10:00:00 by PP Workforce Planner 1.0.0. Every figure…")
    ).toBe("12/05/2025, 10:00:00");
    expect(writtenWhen("Something else")).toBeNull();
  });

  it("names the cover note and every copy of a snapshot", () => {
    expect(
      snapshotMessage({
        cover: "PP Snapshot",
        copies: [
          { original: "PP Scenarios", copy: "PP Scenarios (values)" },
          { original: "PP Plan", copy: "PP Plan (values)" },
          { original: "PP Plan 2", copy: "PP Plan 2 (values)" },
        ],
      })
    ).toBe(
      "Made a snapshot: the cover note “PP Snapshot”, with “PP Scenarios (values)”, “PP Plan (values)” and “PP Plan 2 (values)”, copies as values. They are new sheets in this workbook; the original sheets are unchanged."
    );
    expect(
      snapshotMessage({
        cover: "PP Snapshot 2",
        copies: [{ original: "PP Plan", copy: "PP Plan (values 2)" }],
      })
    ).toBe(
      "Made a snapshot: the cover note “PP Snapshot 2”, with “PP Plan (values 2)”, copies as values. They are new sheets in this workbook; the original sheets are unchanged."
    );
  });
});
