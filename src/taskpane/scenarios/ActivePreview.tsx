/**
 * What the active scenario means for the national tables: its share of each additional post in
 * Tables 1 and 2, by service area and staff group. Shows the workbook's values, not unsaved
 * typing, because these are the values the workbook's formulas are using.
 */
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { findScenario, type ScenarioBook } from "../../core/scenarios";
import { scenarioPreview, type PreviewRow } from "../../core/scenarioPreview";
import { formatPercent, formatWte, formatYears, scenarioLabel } from "../shared/format";

import { FIGURE_TABLE_STYLES } from "../shared/styles";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingBlockStart: tokens.spacingVerticalL,
    borderBlockStartWidth: tokens.strokeWidthThin,
    borderBlockStartStyle: "solid",
    borderBlockStartColor: tokens.colorNeutralStroke2,
  },
  scroller: {
    overflowX: "auto",
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    },
  },
  table: {
    tableLayout: "auto",
    minWidth: "300px",
    "& th, & td": {
      paddingInline: tokens.spacingHorizontalXS,
    },
  },
  ...FIGURE_TABLE_STYLES,
  areaHeader: {
    minWidth: "96px",
  },
  area: {
    fontWeight: tokens.fontWeightRegular,
    paddingBlock: tokens.spacingVerticalXS,
  },
  total: {
    fontWeight: tokens.fontWeightSemibold,
  },
  source: {
    color: tokens.colorNeutralForeground2,
  },
});

/** The preview's columns: Table 1's two staff groups, Table 2's EMHPs, then all of them. */
// Soft hyphens let the long headings break in a narrow pane; they are not read out.
const COLUMNS = [
  { key: "Psychologists", heading: "Psycho\u00adlogists" },
  { key: "Therapists", heading: "Thera\u00adpists" },
  { key: "EMHP", heading: "EMHPs" },
] as const;

export function ActivePreview({ book }: { book: ScenarioBook }) {
  const styles = useStyles();
  const index = book.active === "" ? -1 : findScenario(book.scenarios, book.active);
  const scenario = book.scenarios[index];

  return (
    <section className={styles.section} aria-labelledby="preview-heading">
      <Text as="h2" size={500} weight="semibold" id="preview-heading">
        What the active scenario means
      </Text>
      {scenario === undefined ? (
        <Text as="p" block>
          No scenario is active, so the plan’s formulas show #N/A. Choose a scenario above and
          select Make active.
        </Text>
      ) : (
        <PreviewBody name={scenario.name} values={scenario.values} />
      )}
    </section>
  );
}

function PreviewBody({
  name,
  values,
}: {
  name: string;
  values: Parameters<typeof scenarioPreview>[0];
}) {
  const styles = useStyles();
  const preview = scenarioPreview(values);
  return (
    <>
      <Text as="p" block>
        “{scenarioLabel(name)}” is active: the workbook’s formulas use its values.
      </Text>
      {!preview.ready ? (
        <Text as="p" block weight="semibold">
          {preview.reason}
        </Text>
      ) : (
        <>
          <Text as="p" block>
            It plans for {formatPercent(preview.effectiveShare)} of each national figure (local
            share × (1 + demand uplift)).
          </Text>
          {preview.yearlyRateForMinimum !== null &&
            values.minGrowth !== null &&
            values.horizon !== null && (
              <Text as="p" block>
                Reaching {formatPercent(values.minGrowth)} growth in {formatYears(values.horizon)}{" "}
                needs {formatPercent(preview.yearlyRateForMinimum)} a year.
              </Text>
            )}
          <div
            className={styles.scroller}
            role="region"
            aria-labelledby="preview-caption"
            tabIndex={0}
          >
            <Table size="small" className={styles.table}>
              <caption id="preview-caption" className={styles.caption}>
                Additional WTE for this scenario, by service area
              </caption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col" className={styles.areaHeader}>
                    Service area
                  </TableHeaderCell>
                  {COLUMNS.map((c) => (
                    <TableHeaderCell key={c.key} scope="col" className={styles.headerNumber}>
                      {c.heading}
                    </TableHeaderCell>
                  ))}
                  <TableHeaderCell scope="col" className={styles.headerNumber}>
                    Total
                  </TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {preview.rows.map((row) => (
                  <PreviewTableRow key={row.area} row={row} />
                ))}
                <PreviewTableRow row={preview.total} total />
              </TableBody>
            </Table>
          </div>
        </>
      )}
      <Text as="p" block size={200} className={styles.source}>
        National figures: Tables 1 and 2 of the Psychological Professions Workforce Plan for England
        (Health Education England), the additional WTE from 2019/20 to 2023/24.
      </Text>
    </>
  );
}

function PreviewTableRow({ row, total = false }: { row: PreviewRow; total?: boolean }) {
  const styles = useStyles();
  const weight = total ? styles.total : undefined;
  return (
    <TableRow>
      <TableHeaderCell scope="row" className={mergeClasses(styles.area, weight)}>
        {row.label}
      </TableHeaderCell>
      {COLUMNS.map((c) => (
        <TableCell key={c.key} className={mergeClasses(styles.number, weight)}>
          {formatWte(row.byGroup[c.key])}
        </TableCell>
      ))}
      <TableCell className={mergeClasses(styles.number, weight)}>{formatWte(row.total)}</TableCell>
    </TableRow>
  );
}
