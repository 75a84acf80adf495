/**
 * The planner pane: what the workbook holds (and, for a workbook from an earlier version, what
 * upgrading it would change), then scenarios, the planning sheet with its sources and sharing,
 * comparison, reference sheets and function help under tabs, with the preview banner above and
 * the status area below them always in view. Every write goes to the store, one at a time, with a
 * busy indicator and a plain-words outcome; in preview mode the sample workbook's sheets are
 * shown below the tabs.
 */
import { useEffect, useState, type ReactNode } from "react";
import { Button, Tab, TabList, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ScenarioTotals } from "../core/compare";
import type { TrackerLevel } from "../core/insertSheets";
import type { SheetSpec } from "../core/sheetSpec";
import type { AssumptionKey } from "../core/scenarios";
import type { TableName } from "../core/tables";
import type { Snapshot } from "../workbook/store";
import {
  CompareTab,
  FunctionsTab,
  PlanTab,
  preloadParts,
  ReferenceTab,
  ShareSection,
  WhenNeeded,
  WorkbookPreview,
  useAfterFirstScreen,
} from "./lazyViews";
import type { FieldRequest } from "./shared/focusField";
import { GettingStarted } from "./getting-started/GettingStarted";
import { previewWorkbook, type PlannerStore } from "./shared/plannerStore";
import { PreviewBanner } from "./shared/PreviewBanner";
import { TRACKER_SHEET, referenceSheet } from "./tables/referenceSheets";
import { ScenariosTab } from "./scenarios/ScenariosTab";
import { madeNow, snapshotMessage, writeSources } from "./sharing/sharing";
import { StatusArea } from "./shared/StatusArea";
import { useViewStyles } from "./shared/styles";
import { useFirstRenderMark } from "./shared/useFirstRenderMark";
import { usePlan } from "./plan/usePlan";
import { useFormulaInsertion } from "./function-help/useFormulaInsertion";
import { usePlanInsertion } from "./plan/usePlanInsertion";
import { useScenarioBook } from "./scenarios/useScenarioBook";
import { useSheetList } from "./preview-workbook/useSheetList";
import { UpgradeNotice } from "./workbook-status/UpgradeNotice";
import { WorkbookSummary } from "./workbook-status/WorkbookSummary";
import {
  needsUpgrade,
  plannerSheets,
  SOURCES_SHEET,
  writtenWhen,
} from "./workbook-status/workbookState";

export const useLayoutStyles = makeStyles({
  // The pane is one screen: what the planner works in scrolls, and the status area below it
  // stays in view without ever lying over it.
  main: {
    display: "flex",
    flexDirection: "column",
    height: "100dvh",
    maxWidth: "720px",
    boxSizing: "border-box",
  },
  content: {
    flexGrow: 1,
    minHeight: 0,
    minWidth: 0,
    overflowY: "auto",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalS}`,
    boxSizing: "border-box",
    overflowWrap: "anywhere",
  },
  titleRow: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  tabs: {
    marginBlockEnd: `calc(-1 * ${tokens.spacingVerticalS})`,
    flexWrap: "nowrap",
  },
  // Five tabs fit on one line of a 320 px pane: Office's small type, and tight padding.
  // Physical sides, as Fluent's own tab padding is written, so these replace it rather than
  // lose to it in the cascade; with a scroll bar beside the content they still fit 320 px.
  tab: {
    paddingLeft: tokens.spacingHorizontalXXS,
    paddingRight: tokens.spacingHorizontalXXS,
    minWidth: 0,
    "& .fui-Tab__content": {
      fontSize: tokens.fontSizeBase200,
      lineHeight: tokens.lineHeightBase200,
      paddingLeft: 0,
      paddingRight: 0,
    },
  },
});

/**
 * The pane's title, with a Refresh button once the workbook is open: Excel does not report every
 * change (a choice from a cell's drop-down on the web raises no event), so the planner can always
 * have the pane read the workbook again.
 */
export function PaneHeader({ onRefresh }: { readonly onRefresh?: () => void } = {}) {
  const styles = useLayoutStyles();
  return (
    <header className={styles.titleRow}>
      <Text as="h1" size={400} weight="semibold">
        PP Workforce Planner
      </Text>
      {onRefresh !== undefined && (
        <Button
          size="small"
          appearance="subtle"
          onClick={onRefresh}
          title="Read the scenarios and plan from the workbook again"
        >
          Refresh
        </Button>
      )}
    </header>
  );
}

/**
 * What builds the reference, tracker and comparison sheets: a script of its own, fetched once the
 * first screen is up (with the other parts) or when a sheet is first inserted.
 */
const loadSheetSpecs = () => import(/* webpackChunkName: "sheet-specs" */ "../core/insertSheets");
type SheetSpecs = Awaited<ReturnType<typeof loadSheetSpecs>>;
type SheetNames = Parameters<Parameters<PlannerStore["insertSheet"]>[1]>[0];

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
  const { book, loadProblem, busy, outcome, write, writes, fail, dismissOutcome, refuse, reload } =
    useScenarioBook(store);
  const firstScreen = book !== null || loadProblem !== null;
  useFirstRenderMark(firstScreen);
  const afterFirstScreen = useAfterFirstScreen(firstScreen);
  // The other tabs, dialogs and preview workbook are fetched once the first screen is up.
  useEffect(() => {
    if (firstScreen) preloadParts(loadSheetSpecs);
  }, [firstScreen]);
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
  // A request to show the active scenario's form with focus in one assumption's box.
  const [fieldRequest, setFieldRequest] = useState<FieldRequest | null>(null);
  const goToField = (key: AssumptionKey): void => {
    open("scenarios");
    setFieldRequest((last) => ({ key, n: (last?.n ?? 0) + 1 }));
  };
  const isBusy = busy !== null;
  const sourcesNote = preview?.sheetGrid(SOURCES_SHEET.sheet)?.notes[0];
  const sourcesWritten =
    preview === null ? sourcesStamp : sourcesNote === undefined ? null : writtenWhen(sourcesNote);

  const insertSheet = (
    what: string,
    base: { sheet: string; table: string },
    build: (names: SheetNames, specs: SheetSpecs) => SheetSpec,
    detail = ""
  ): void => {
    let inserted = "";
    void write({
      busy: `Inserting ${what}…`,
      done: () => `Inserted the sheet “${inserted}”${detail}.`,
      action: `insert ${what}`,
      run: async () => {
        const specs = await loadSheetSpecs();
        inserted = (await store.insertSheet(base, (n) => build(n, specs))).sheet;
        setShownSheet(inserted);
      },
    });
  };

  const insertComparison = (totals: readonly ScenarioTotals[]): void =>
    insertSheet("the comparison", { sheet: "PP Comparison", table: "PP_Comparison" }, (n, specs) =>
      specs.comparisonSpec(totals, new Date().toLocaleString("en-GB"), n.sheet, n.table)
    );

  const insertTable = (name: TableName): void =>
    insertSheet(`the table ${name}`, referenceSheet(name), (n, specs) =>
      specs.referenceSpec(name, n.sheet, n.table)
    );

  const insertTracker = (level: TrackerLevel): void =>
    insertSheet(
      "the action tracker",
      TRACKER_SHEET,
      (n, specs) => specs.trackerSpec(level, n.sheet, n.table),
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

  const formulaInsertion = useFormulaInsertion({ store, insert: insertFormula, fail });

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

  const reenterFormulas = (): void => {
    let cells = 0;
    void write({
      busy: "Entering the PP formulas again…",
      done: () =>
        cells === 0
          ? "No cell in this workbook uses a PP function."
          : `Entered ${cells} PP ${cells === 1 ? "formula" : "formulas"} again.`,
      action: "enter the PP formulas again",
      run: async () => {
        cells = (await store.reenterPPFormulas()).cells;
      },
    });
  };

  // A tab's code loads the first time it is opened; once opened it stays, keeping what was typed.
  const [visited, setVisited] = useState<ReadonlySet<Area>>(() => new Set([area]));
  const open = (next: Area): void => {
    setArea(next);
    setVisited((seen) => (seen.has(next) ? seen : new Set([...seen, next])));
  };

  const panel = (value: Area, children: ReactNode) => (
    <div
      role="tabpanel"
      id={`panel-${value}`}
      aria-labelledby={`tab-${value}`}
      hidden={area !== value}
    >
      <div className={view.view}>
        <WhenNeeded needed={visited.has(value)} what="this tab">
          {children}
        </WhenNeeded>
      </div>
    </div>
  );

  return (
    <main className={styles.main}>
      <div className={styles.content}>
        <PaneHeader
          onRefresh={() => {
            reload();
            plan.reload();
          }}
        />
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
            size="small"
            onTabSelect={(_, data) => open(data.value as Area)}
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
          <>
            {book !== null && (
              <GettingStarted
                book={book}
                sheets={sheets}
                busy={isBusy || planInsertion.checking}
                onGoToField={goToField}
                onInsertPlan={planInsertion.start}
              />
            )}
            <ScenariosTab
              store={store}
              book={book}
              loadProblem={loadProblem}
              busy={isBusy}
              write={write}
              reload={reload}
              refuse={refuse}
              fieldRequest={fieldRequest}
            />
          </>
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
              onGoToField={goToField}
            />
            <ShareSection
              busy={isBusy}
              lastSnapshot={lastSnapshot}
              onRefreshSources={refreshSources}
              onShare={shareAsValues}
              onReenter={reenterFormulas}
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
          <FunctionsTab
            shown={area === "functions"}
            busy={isBusy || formulaInsertion.checking}
            onInsert={formulaInsertion.start}
          />
        )}
        {preview !== null && (
          // After the first screen: the pane's own work comes first.
          <WhenNeeded needed={afterFirstScreen} what="the preview workbook">
            <WorkbookPreview store={preview} shown={shownSheet} onShow={setShownSheet} />
          </WhenNeeded>
        )}
      </div>
      <StatusArea busy={busy} outcome={outcome} onDismiss={dismissOutcome} />
      {planInsertion.dialog}
      {formulaInsertion.dialog}
    </main>
  );
}
