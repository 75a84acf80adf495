/**
 * Scenarios side by side: the plan sheet's totals (target, gap, intake a year) under each chosen
 * scenario's assumptions, as a column chart with the same values in a table, the reasons any total
 * is missing, and a button that writes the comparison into the workbook as a sheet.
 */
import { useId, useState } from "react";
import {
  Button,
  Checkbox,
  Field,
  Select,
  Spinner,
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
  useRestoreFocusTarget,
} from "@fluentui/react-components";
import { compareScenarios, type ScenarioTotals } from "../../core/compare";
import { PLAN_SHEET } from "../../core/planSheet";
import type { ScenarioBook } from "../../core/scenarios";
import { formatValue } from "../shared/chartScale";
import { BarChart } from "../shared/Charts";
import {
  COMPARED_SERIES,
  MAX_COMPARED,
  MIN_COMPARED,
  choiceProblem,
  chosenScenarios,
  comparable,
  comparisonChart,
  initialChoice,
  toggleChoice,
} from "./comparison";
import { MoreAbout } from "../shared/MoreAbout";
import { useViewStyles, FIGURE_TABLE_STYLES } from "../shared/styles";
import type { PlanState } from "../plan";
import { RangesSection, type InsertSheet } from "./RangesSection";

const useStyles = makeStyles({
  fieldset: {
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
  },
  legend: {
    paddingInline: tokens.spacingHorizontalXS,
    fontWeight: tokens.fontWeightSemibold,
  },
  checkboxLabel: {
    overflowWrap: "anywhere",
  },
  problem: {
    color: tokens.colorPaletteRedForeground1,
    fontWeight: tokens.fontWeightSemibold,
    paddingBlockStart: tokens.spacingVerticalXS,
  },
  scroller: {
    // Holds any text for screen readers only, which is positioned, inside the scrolled area.
    position: "relative",
    overflowX: "auto",
  },
  table: {
    tableLayout: "auto",
    "& th, & td": { paddingInline: tokens.spacingHorizontalXS },
  },
  ...FIGURE_TABLE_STYLES,
  name: {
    fontWeight: tokens.fontWeightRegular,
    overflowWrap: "anywhere",
    paddingBlock: tokens.spacingVerticalXS,
  },
  // The financial years the scenarios plan over, above the chart.
  period: {
    color: tokens.colorNeutralForeground2,
  },
  missing: {
    color: tokens.colorNeutralForeground2,
    fontStyle: "italic",
  },
});

interface CompareTabProps {
  readonly book: ScenarioBook | null;
  readonly plan: PlanState;
  readonly busy: boolean;
  readonly checkingPlan: boolean;
  readonly onInsertPlan: () => void;
  readonly onInsertComparison: (totals: readonly ScenarioTotals[]) => void;
  /** Inserts a sheet: the ranges and sensitivity sheets, when given. */
  readonly onInsertSheet?: InsertSheet;
}

export function CompareTab(props: CompareTabProps) {
  const { book } = props;
  const styles = useViewStyles();
  return (
    <section className={styles.section} aria-labelledby="compare-heading">
      <Text as="h2" size={500} weight="semibold" id="compare-heading">
        Compare scenarios
      </Text>
      <MoreAbout label="What is compared">
        <span>
          The {props.plan.shown?.sheet ?? PLAN_SHEET} sheet’s totals under each scenario’s
          assumptions: what the sheet shows with that scenario active.
        </span>
      </MoreAbout>
      {book === null ? (
        <Spinner size="extra-tiny" label="Reading the scenario table…" />
      ) : book.status === "missing" ? (
        <Text as="p" block>
          This workbook has no scenarios yet: set them up in the Scenarios tab, add a second one,
          then compare them here.
        </Text>
      ) : comparable(book.scenarios).length < MIN_COMPARED ? (
        <Text as="p" block>
          Comparing needs at least {MIN_COMPARED} named scenarios: add another in the Scenarios tab.
        </Text>
      ) : (
        <Comparison {...props} book={book} />
      )}
    </section>
  );
}

function Comparison({
  book,
  plan,
  busy,
  checkingPlan,
  onInsertPlan,
  onInsertComparison,
  onInsertSheet,
}: CompareTabProps & { book: ScenarioBook }) {
  const styles = useViewStyles();
  const own = useStyles();
  const restoreFocusHere = useRestoreFocusTarget();
  const [chosen, setChosen] = useState<string[] | null>(null);
  const problemId = useId();
  const names = chosen ?? initialChoice(book.scenarios);
  const scenarios = chosenScenarios(book.scenarios, names);
  const problem = choiceProblem(scenarios.length);
  const totals = problem === null && plan.plan ? compareScenarios(scenarios, plan.plan) : null;

  const choice = (
    <fieldset className={own.fieldset} aria-describedby={problem === null ? undefined : problemId}>
      <legend className={own.legend}>
        Scenarios to compare ({MIN_COMPARED} to {MAX_COMPARED})
      </legend>
      {comparable(book.scenarios).map((s) => (
        <Checkbox
          key={s.row}
          label={{ children: s.name, className: own.checkboxLabel }}
          checked={scenarios.some((c) => c.row === s.row)}
          onChange={(_, data) => setChosen(toggleChoice(names, s.name, data.checked === true))}
        />
      ))}
      <div aria-live="polite">
        {problem !== null && (
          <Text as="p" block id={problemId} className={own.problem}>
            {problem}
          </Text>
        )}
      </div>
    </fieldset>
  );

  // With no plan sheet yet, inserting one comes first: there is nothing to compare until then.
  return (
    <>
      {plan.plans.length > 1 && (
        <Field
          label="Plan sheet to compare"
          hint="This workbook has more than one planning sheet: the totals add up the one chosen."
        >
          <Select value={plan.shown?.table ?? ""} onChange={(_, data) => plan.choose(data.value)}>
            {plan.plans.map((p) => (
              <option key={p.table} value={p.table}>
                {p.sheet}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {plan.plan !== null && choice}
      {plan.problem !== null ? (
        <div className={styles.section}>
          <Text as="p" block>
            Could not read the plan sheet: {plan.problem}
          </Text>
          <div className={styles.actions}>
            <Button onClick={plan.reload}>Try again</Button>
          </div>
        </div>
      ) : plan.plan === undefined ? (
        <Spinner size="extra-tiny" label="Reading the plan sheet…" />
      ) : plan.plan === null ? (
        <div className={styles.section}>
          <Text as="p" block>
            There is no {PLAN_SHEET} sheet in this workbook yet. The comparison adds up its rows, so
            insert the planning sheet, enter your figures in it, then compare.
          </Text>
          <div className={styles.actions}>
            <Button
              appearance="primary"
              {...restoreFocusHere}
              disabledFocusable={busy || checkingPlan}
              onClick={onInsertPlan}
            >
              Insert planning sheet
            </Button>
          </div>
          {choice}
        </div>
      ) : totals === null ? null : (
        <Totals totals={totals} />
      )}
      {plan.plan && (
        <div className={styles.actions}>
          <Button
            appearance="primary"
            disabledFocusable={busy || totals === null}
            onClick={() => totals && onInsertComparison(totals)}
          >
            Insert comparison
          </Button>
          <Button disabledFocusable={plan.reading} onClick={plan.reload}>
            Read the plan again
          </Button>
        </div>
      )}
      {plan.plan && (
        <Text as="p" block size={200} className={styles.hint}>
          The totals follow the workbook as it changes, typing into the plan sheet included; Read
          the plan again reads it at once. Insert comparison writes these values, with the chart, to
          a new sheet.
        </Text>
      )}
      {plan.plan && totals !== null && onInsertSheet && (
        <RangesSection
          scenarios={scenarios}
          all={book.scenarios}
          active={book.active}
          plan={plan.plan}
          busy={busy}
          onInsertSheet={onInsertSheet}
        />
      )}
    </>
  );
}

function Totals({ totals }: { totals: readonly ScenarioTotals[] }) {
  const styles = useViewStyles();
  const own = useStyles();
  const withNotes = totals.filter((t) => t.notes.length > 0);
  return (
    <>
      <PlanYears totals={totals} className={own.period} />
      <BarChart data={comparisonChart(totals)} />
      <div className={own.scroller}>
        <Table size="small" className={own.table}>
          <caption className={own.caption}>Totals by scenario (WTE)</caption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Scenario</TableHeaderCell>
              {COMPARED_SERIES.map((s) => (
                <TableHeaderCell key={s.key} scope="col" className={own.headerNumber}>
                  {s.name}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {totals.map((t) => (
              <TableRow key={t.name}>
                <TableHeaderCell scope="row" className={own.name}>
                  {t.name}
                </TableHeaderCell>
                {COMPARED_SERIES.map((s) => {
                  const v = t[s.key];
                  return (
                    <TableCell
                      key={s.key}
                      className={mergeClasses(own.number, v === null && own.missing)}
                    >
                      {v === null ? "n/a" : formatValue(v)}
                    </TableCell>
                  );
                })}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {withNotes.length > 0 && (
        <section className={styles.section} aria-labelledby="compare-notes-heading">
          <Text as="h3" size={400} weight="semibold" id="compare-notes-heading">
            Why some totals are missing or incomplete
          </Text>
          <ul className={styles.list}>
            {withNotes.map((t) => (
              <li key={t.name}>
                <Text weight="semibold">{t.name}:</Text> {t.notes.join(" ")}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

/** The financial years each scenario plans over: once when they all agree, else by scenario. */
function PlanYears({
  totals,
  className,
}: {
  readonly totals: readonly ScenarioTotals[];
  readonly className: string;
}) {
  const periods = totals.filter((t) => t.period);
  if (periods.length === 0) return null;
  const same =
    periods.length === totals.length && periods.every((t) => t.period === periods[0]?.period);
  return (
    <Text as="p" block size={200} className={className}>
      {same
        ? `Plan years: ${periods[0]?.period ?? ""}.`
        : `Plan years: ${periods.map((t) => `${t.name}, ${t.period ?? ""}`).join("; ")}.`}
    </Text>
  );
}
