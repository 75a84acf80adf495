/**
 * The planner pane: what the workbook holds (and, for a workbook from an earlier version, what
 * upgrading it would change), then scenarios, the planning sheet with its sources and sharing,
 * comparison, reference sheets and function help under tabs, with the preview banner above and
 * the status area below them always in view. Every write goes to the store, one at a time, with a
 * busy indicator and a plain-words outcome; in preview mode the sample workbook's sheets are
 * shown below the tabs.
 */
import { useState, type ReactNode } from "react";
import { Tab, TabList, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ScenarioTotals } from "../core/compare";
import {
  comparisonSpec,
  referenceSpec,
  trackerSpec,
  type TrackerLevel,
} from "../core/insertSheets";
import type { TableName } from "../core/tables";
import type { Snapshot } from "../workbook/store";
import { CompareTab } from "./CompareTab";
import { FunctionsTab } from "./FunctionsTab";
import { PlanTab } from "./PlanTab";
import { previewWorkbook, type PlannerStore } from "./plannerStore";
import { PreviewBanner } from "./PreviewBanner";
import { ReferenceTab, TRACKER_SHEET, referenceSheet } from "./ReferenceTab";
import { ScenariosTab } from "./ScenariosTab";
import { ShareSection } from "./ShareSection";
import { madeNow, snapshotMessage, writeSources } from "./sharing";
import { StatusArea } from "./StatusArea";
import { useViewStyles } from "./styles";
import { useFirstRenderMark } from "./useFirstRenderMark";
import { usePlan } from "./usePlan";
import { usePlanInsertion } from "./usePlanInsertion";
import { useScenarioBook } from "./useScenarioBook";
import { useSheetList } from "./useSheetList";
import { UpgradeNotice } from "./UpgradeNotice";
import { WorkbookPreview } from "./WorkbookPreview";
import { WorkbookSummary } from "./WorkbookSummary";
import { needsUpgrade, plannerSheets, SOURCES_SHEET, writtenWhen } from "./workbookState";

export const useLayoutStyles = makeStyles({
  main: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalM}`,
    maxWidth: "720px",
    boxSizing: "border-box",
  },
  header: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  subtitle: {
    color: tokens.colorNeutralForeground2,
  },
  tabs: {
    marginInline: `calc(-1 * ${tokens.spacingHorizontalSNudge})`,
    marginBlockEnd: `calc(-1 * ${tokens.spacingVerticalS})`,
    flexWrap: "wrap",
  },
  // Five tabs fit on one line of a 320 px pane.
  tab: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalSNudge}`,
  },
});

export function PaneHeader() {
  const styles = useLayoutStyles();
  return (
    <header className={styles.header}>
      <Text as="h1" size={600} weight="semibold">
        PP Workforce Planner
      </Text>
      <Text as="p" block size={200} className={styles.subtitle}>
        Scenarios, plans and the published tables for the psychological professions, kept in this
        workbook.
      </Text>
    </header>
  );
}

type Area = "scenarios" | "plan" | "compare" | "tables" | "functions";

const AREAS: readonly { readonly value: Area; readonly label: string }[] = [
  { value: "scenarios", label: "Scenarios" },
  { value: "plan", label: "Plan" },
  { value: "compare", label: "Compare" },
  { value: "tables", label: "Tables" },
  { value: "functions", label: "Functions" },
];

export function App({ store }: { store: PlannerStore }) {
  const styles = useLayoutStyles();
  const view = useViewStyles();
  const { book, loadProblem, busy, outcome, write, writes, fail, dismissOutcome, reload } =
    useScenarioBook(store);
  useFirstRenderMark(book !== null || loadProblem !== null);
  const [area, setArea] = useState<Area>("scenarios");
  const preview = previewWorkbook(store);
  // Excel shows the sheet it has just inserted; so does the preview workbook.
  const [shownSheet, setShownSheet] = useState<string | null>(null);
  const plan = usePlan(store, area === "plan" || area === "compare", writes);
  const sheets = useSheetList(store, book, writes);
  // When this pane last wrote PP Sources; preview mode reads it off the sheet itself.
  const [sourcesStamp, setSourcesStamp] = useState<string | null>(null);
  const [lastSnapshot, setLastSnapshot] = useState<Snapshot | null>(null);
  const planInsertion = usePlanInsertion({
    store,
    book,
    write,
    fail,
    onInserted: setShownSheet,
    onSourcesWritten: setSourcesStamp,
  });
  const isBusy = busy !== null;
  const sourcesNote = preview?.sheetGrid(SOURCES_SHEET.sheet)?.notes[0];
  const sourcesWritten =
    preview === null ? sourcesStamp : sourcesNote === undefined ? null : writtenWhen(sourcesNote);

  const insertSheet = (
    what: string,
    base: { sheet: string; table: string },
    build: Parameters<PlannerStore["insertSheet"]>[1],
    detail = ""
  ): void => {
    let inserted = "";
    void write({
      busy: `Inserting ${what}…`,
      done: () => `Inserted the sheet “${inserted}”${detail}.`,
      action: `insert ${what}`,
      run: async () => {
        inserted = (await store.insertSheet(base, build)).sheet;
        setShownSheet(inserted);
      },
    });
  };

  const insertComparison = (totals: readonly ScenarioTotals[]): void =>
    insertSheet("the comparison", { sheet: "PP Comparison", table: "PP_Comparison" }, (n) =>
      comparisonSpec(totals, new Date().toLocaleString("en-GB"), n.sheet, n.table)
    );

  const insertTable = (name: TableName): void =>
    insertSheet(`the table ${name}`, referenceSheet(name), (n) =>
      referenceSpec(name, n.sheet, n.table)
    );

  const insertTracker = (level: TrackerLevel): void =>
    insertSheet(
      "the action tracker",
      TRACKER_SHEET,
      (n) => trackerSpec(level, n.sheet, n.table),
      ` with the actions for ${level}`
    );

  const insertFormula = (formula: string): void => {
    let address = "";
    void write({
      busy: "Inserting the formula…",
      done: () => `Inserted ${formula} into ${address}.`,
      action: "insert the formula",
      run: async () => {
        address = (await store.insertFormula(formula)).address;
        if (preview !== null) setShownSheet(address.replace(/!.*$/, ""));
      },
    });
  };

  const upgrade = (): void =>
    void write({
      busy: "Upgrading the workbook…",
      done: "Upgraded the workbook: every scenario and value is as it was.",
      action: "upgrade the workbook",
      run: () => store.setUp(),
    });

  const refreshSources = (): void => {
    const had = sheets !== null && plannerSheets(sheets).sources;
    let made = "";
    void write({
      busy: `Writing “${SOURCES_SHEET.sheet}”…`,
      done: () =>
        `${had ? "Rewrote" : "Wrote"} “${SOURCES_SHEET.sheet}”, dated ${made}: each figure the plan computes with, and its source.`,
      action: `write “${SOURCES_SHEET.sheet}”`,
      run: async () => {
        made = await writeSources(store);
        setSourcesStamp(made);
        setShownSheet(SOURCES_SHEET.sheet);
      },
    });
  };

  const shareAsValues = (): void => {
    let made: Snapshot | null = null;
    void write({
      busy: "Copying the sheets as values…",
      done: () => (made === null ? "" : snapshotMessage(made)),
      action: "share as values",
      run: async () => {
        made = await store.shareAsValues(madeNow());
        setLastSnapshot(made);
        setShownSheet(made.cover);
      },
    });
  };

  const panel = (value: Area, children: ReactNode) => (
    <div
      role="tabpanel"
      id={`panel-${value}`}
      aria-labelledby={`tab-${value}`}
      hidden={area !== value}
    >
      <div className={view.view}>{children}</div>
    </div>
  );

  return (
    <main className={styles.main}>
      <PaneHeader />
      {preview !== null && <PreviewBanner />}
      {book !== null && needsUpgrade(book) && (
        <UpgradeNotice book={book} busy={isBusy} onUpgrade={upgrade} />
      )}
      {book !== null && (
        <WorkbookSummary
          book={book}
          sheets={sheets}
          sourcesWritten={sourcesWritten}
          mode={store.mode}
        />
      )}
      <nav aria-label="Planner">
        <TabList
          className={styles.tabs}
          selectedValue={area}
          onTabSelect={(_, data) => setArea(data.value as Area)}
        >
          {AREAS.map((a) => (
            <Tab
              key={a.value}
              value={a.value}
              id={`tab-${a.value}`}
              aria-controls={`panel-${a.value}`}
              className={styles.tab}
            >
              {a.label}
            </Tab>
          ))}
        </TabList>
      </nav>
      {panel(
        "scenarios",
        <ScenariosTab
          store={store}
          book={book}
          loadProblem={loadProblem}
          busy={isBusy}
          write={write}
          reload={reload}
        />
      )}
      {panel(
        "plan",
        <>
          <PlanTab
            book={book}
            plan={plan}
            busy={isBusy || planInsertion.checking}
            preview={preview !== null}
            onInsert={planInsertion.start}
          />
          <ShareSection
            busy={isBusy}
            lastSnapshot={lastSnapshot}
            onRefreshSources={refreshSources}
            onShare={shareAsValues}
          />
        </>
      )}
      {panel(
        "compare",
        <CompareTab
          book={book}
          plan={plan}
          busy={isBusy}
          checkingPlan={planInsertion.checking}
          onInsertPlan={planInsertion.start}
          onInsertComparison={insertComparison}
          onInsertSheet={insertSheet}
        />
      )}
      {panel(
        "tables",
        <ReferenceTab busy={isBusy} onInsertTable={insertTable} onInsertTracker={insertTracker} />
      )}
      {panel(
        "functions",
        <FunctionsTab shown={area === "functions"} busy={isBusy} onInsert={insertFormula} />
      )}
      {preview !== null && (
        <WorkbookPreview store={preview} shown={shownSheet} onShow={setShownSheet} />
      )}
      <StatusArea busy={busy} outcome={outcome} onDismiss={dismissOutcome} />
      {planInsertion.dialog}
    </main>
  );
}
