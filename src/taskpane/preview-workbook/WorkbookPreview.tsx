/**
 * Preview mode only: the in-memory workbook's sheets as Excel would show them, under their sheet
 * tabs, so what the pane inserts can be seen (and a plan's inputs typed in) without Excel. The
 * scenario sheet's table, each inserted sheet computed with the active scenario, and the formulas
 * put "in the selected cell", which preview mode places down Sheet1's column A.
 */
import { useEffect, useState } from "react";
import {
  Field,
  Select,
  Switch,
  Tab,
  TabList,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { ACTIVE_NAME, ASSUMPTIONS, SCENARIO_SHEET, SCENARIO_TABLE } from "../../core/scenarios";
import { PREVIEW_FORMULA_SHEET, type MemoryWorkbook } from "../../workbook/memoryWorkbook";
import { formatPercent } from "../shared/format";
import { FormulaGrid, isFormulaText } from "./FormulaGrid";
import { HeaderText } from "../shared/HeaderText";
import { SheetGrid } from "./SheetGrid";
import { TableFrame } from "../shared/TableFrame";
import { useViewStyles } from "../shared/styles";

const useStyles = makeStyles({
  workbook: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    marginInline: `calc(-1 * ${tokens.spacingHorizontalS})`,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderBlockStartWidth: tokens.strokeWidthThicker,
    borderBlockStartStyle: "solid",
    borderBlockStartColor: tokens.colorNeutralStroke1,
  },
  tabs: {
    flexWrap: "wrap",
    rowGap: tokens.spacingVerticalXXS,
  },
  sheetTab: {
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    marginInlineEnd: "-1px",
  },
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  table: {
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    "& th, & td": {
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      paddingBlock: "2px",
      paddingInline: tokens.spacingHorizontalXS,
      textAlign: "start",
      verticalAlign: "top",
    },
    "& thead th": { backgroundColor: tokens.colorNeutralBackground3 },
  },
  rowHeader: { fontWeight: tokens.fontWeightRegular },
  formula: {
    fontFamily: tokens.fontFamilyMonospace,
    overflowWrap: "anywhere",
  },
  notes: { minWidth: "160px" },
});

interface WorkbookPreviewProps {
  readonly store: MemoryWorkbook;
  /** The sheet to show (the last one inserted), or null for the first. */
  readonly shown: string | null;
  readonly onShow: (sheet: string) => void;
}

const tabId = (i: number): string => `preview-sheet-tab-${i}`;

export function WorkbookPreview({ store, shown, onShow }: WorkbookPreviewProps) {
  const styles = useStyles();
  const view = useViewStyles();
  const [, setVersion] = useState(0);
  const [showFormulas, setShowFormulas] = useState(false);
  const changed = (): void => setVersion((v) => v + 1);
  useEffect(() => {
    let stop: (() => void) | null = null;
    let ended = false;
    void store.subscribe(changed).then((s) => {
      if (ended) s();
      else stop = s;
    });
    return () => {
      ended = true;
      stop?.();
    };
  }, [store]);

  const names = store.sheetNames();
  const current = shown !== null && names.includes(shown) ? shown : (names[0] ?? null);
  const index = current === null ? -1 : names.indexOf(current);

  return (
    <section className={styles.workbook} aria-labelledby="workbook-heading">
      <Text as="h2" size={500} weight="semibold" id="workbook-heading">
        Preview workbook
      </Text>
      <Text as="p" block size={200} className={view.hint}>
        What Excel would show in this sample workbook’s sheets. With no Excel here, the pane works
        out the formulas’ results by the same rules, using the active scenario.
      </Text>
      {current === null ? (
        <Text as="p" block>
          The workbook has no sheets from the planner yet: set up scenarios or insert a sheet.
        </Text>
      ) : (
        <>
          <div>
            <Switch
              label="Show formulas"
              checked={showFormulas}
              onChange={(_, data) => setShowFormulas(data.checked)}
            />
            <Text as="p" block size={200} className={view.hint}>
              As Excel’s Formulas &gt; Show Formulas: each cell of an inserted sheet as it holds it,
              a formula as its text.
            </Text>
          </div>
          <TabList
            size="small"
            aria-label="Sheets"
            className={styles.tabs}
            selectedValue={current}
            onTabSelect={(_, data) => onShow(String(data.value))}
          >
            {names.map((name, i) => (
              <Tab
                key={name}
                value={name}
                id={tabId(i)}
                aria-controls="preview-sheet-panel"
                className={styles.sheetTab}
              >
                {name}
              </Tab>
            ))}
          </TabList>
          <div
            id="preview-sheet-panel"
            role="tabpanel"
            aria-labelledby={tabId(index)}
            className={styles.panel}
          >
            <SheetView store={store} name={current} showFormulas={showFormulas} onTyped={changed} />
          </div>
        </>
      )}
    </section>
  );
}

interface SheetViewProps {
  readonly store: MemoryWorkbook;
  readonly name: string;
  readonly showFormulas: boolean;
  /** Shows typing at once, as Excel does, rather than after the workbook's change event. */
  readonly onTyped: () => void;
}

function SheetView({ store, name, showFormulas, onTyped }: SheetViewProps) {
  if (name === SCENARIO_SHEET) return <ScenarioSheet store={store} />;
  if (name === PREVIEW_FORMULA_SHEET) return <FormulaSheet store={store} />;
  const cells = store.sheetFormulas(name);
  const grid = store.sheetGrid(name);
  if (showFormulas && cells !== null) {
    const tableRows = grid === null ? cells.length - 1 : grid.rows.length + (grid.totals ? 1 : 0);
    return <FormulaGrid sheet={name} cells={cells} tableRows={tableRows} />;
  }
  // A sheet holding no formula (a copy made by Share as values) computes nothing: its cells show
  // as they are, and typing into them would change nothing, so it is not offered.
  const valuesOnly = cells !== null && !cells.some((row) => row.some(isFormulaText));
  if (grid === null) {
    return (
      <Text as="p" block>
        This sheet cannot be shown in the preview.
      </Text>
    );
  }
  return (
    <SheetGrid
      key={name}
      grid={grid}
      valuesOnly={valuesOnly}
      onSetCell={(row, column, value) => {
        store.setCell(name, row, column, value);
        onTyped();
      }}
    />
  );
}

const PERCENT_HEADERS = new Set(
  ASSUMPTIONS.filter((a) => a.format === "percent").map((a) => a.header.toLowerCase())
);

function scenarioCell(header: unknown, value: unknown): string {
  if (
    typeof value === "number" &&
    typeof header === "string" &&
    PERCENT_HEADERS.has(header.trim().toLowerCase())
  ) {
    return formatPercent(value);
  }
  if (value === null || value === undefined) return "";
  return String(value);
}

/** The scenario sheet: the active-scenario cell and the PP_Scenarios table, read-only here. */
function ScenarioSheet({ store }: { store: MemoryWorkbook }) {
  const styles = useStyles();
  const view = useViewStyles();
  const sheet = store.snapshot();
  if (sheet === null) return null;
  return (
    <>
      <Text as="h3" size={400} weight="semibold">
        Planning scenarios
      </Text>
      <Text as="p" block size={200}>
        Active scenario ({ACTIVE_NAME}): <Text weight="semibold">{String(sheet.active ?? "")}</Text>
      </Text>
      <Text as="p" block size={200} className={view.hint}>
        Edit the scenarios in the Scenarios tab above, as you would edit this table in Excel.
      </Text>
      <TableFrame title={`Table ${SCENARIO_TABLE}`}>
        {(titleId) => (
          <table className={styles.table} aria-labelledby={titleId}>
            <thead>
              <tr>
                {sheet.headers.map((h, i) => (
                  <th key={i} scope="col">
                    {String(h ?? "")}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {sheet.rows.map((row, r) => (
                <tr key={r}>
                  {sheet.headers.map((h, c) =>
                    c === 0 ? (
                      <th key={c} scope="row" className={styles.rowHeader}>
                        <HeaderText text={scenarioCell(h, row[c])} />
                      </th>
                    ) : (
                      <td
                        key={c}
                        className={mergeClasses(c === sheet.headers.length - 1 && styles.notes)}
                      >
                        {scenarioCell(h, row[c])}
                      </td>
                    )
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </TableFrame>
    </>
  );
}

/** Formulas put in the selected cell: preview mode's selection moves down column A of Sheet1. */
/** Which cell of column A is selected, as clicking a cell in Excel would choose it. */
function CellSelection({ store, count }: { store: MemoryWorkbook; count: number }) {
  const [, rerender] = useState(0);
  const selected = store.selectedRow();
  return (
    <Field label="Selected cell" orientation="horizontal">
      <Select
        value={String(selected)}
        onChange={(_, data) => {
          store.selectCell(Number(data.value));
          rerender((n) => n + 1);
        }}
      >
        {Array.from({ length: count + 1 }, (_, i) => (
          <option key={i} value={String(i)}>
            {`A${i + 1}${i === count ? " (empty)" : ""}`}
          </option>
        ))}
      </Select>
    </Field>
  );
}

function FormulaSheet({ store }: { store: MemoryWorkbook }) {
  const styles = useStyles();
  const view = useViewStyles();
  const formulas = store.insertedFormulas();
  return (
    <>
      <Text as="h3" size={400} weight="semibold">
        Formulas inserted into the selected cell
      </Text>
      <Text as="p" block size={200} className={view.hint}>
        In Excel each goes into the cell you have selected and shows its result; here the selection
        moves down column A after each, as pressing Enter does.
      </Text>
      <CellSelection store={store} count={formulas.length} />
      <TableFrame title={`Cells on ${PREVIEW_FORMULA_SHEET}`}>
        {(titleId) => (
          <table className={styles.table} aria-labelledby={titleId}>
            <thead>
              <tr>
                <th scope="col">Cell</th>
                <th scope="col">Formula</th>
              </tr>
            </thead>
            <tbody>
              {formulas.map((f, i) => (
                <tr key={i}>
                  <th scope="row" className={styles.rowHeader}>
                    A{i + 1}
                  </th>
                  <td className={styles.formula}>{f}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </TableFrame>
    </>
  );
}
