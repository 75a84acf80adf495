/**
 * "Ranges, not points" in the Compare tab: the plan total's band of staff in post for each chosen
 * scenario (P10 to P90 by year, from its attrition and completion ranges), and what moves the
 * active scenario's result most, each as a chart with its values in a table and a button that
 * writes it to the workbook as a sheet of PP formulas with a native chart.
 */
import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { PlanInputs } from "../../core/planSheet";
import {
  RANGES_SHEET,
  SENSITIVITY_SHEET,
  rangesSpec,
  sensitivitySpec,
} from "../../core/rangeSheets";
import { findScenario, type ScenarioRow } from "../../core/scenarios";
import {
  PLUS_MINUS,
  isBand,
  isSensitivity,
  planTotals,
  scenarioBand,
  sensitivity,
  type ScenarioBand,
} from "../../core/sensitivity";
import type { SheetSpec } from "../../core/sheetSpec";
import { formatValue } from "../shared/chartScale";
import { BandChart, TornadoChart } from "./RangeCharts";
import { FIGURE_TABLE_STYLES, useViewStyles } from "../shared/styles";

const useStyles = makeStyles({
  scroller: { position: "relative", overflowX: "auto" },
  table: { tableLayout: "auto", "& th, & td": { paddingInline: tokens.spacingHorizontalXS } },
  ...FIGURE_TABLE_STYLES,
  // "x to y" may wrap at its spaces in a narrow pane rather than widen the table.
  span: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  name: {
    fontWeight: tokens.fontWeightRegular,
    overflowWrap: "anywhere",
    paddingBlock: tokens.spacingVerticalXS,
  },
});

export type InsertSheet = (
  what: string,
  base: { sheet: string; table: string },
  build: (names: { sheet: string; table: string }) => SheetSpec
) => void;

interface RangesSectionProps {
  /** The scenarios being compared. */
  readonly scenarios: readonly ScenarioRow[];
  /** Every scenario, to find the active one. */
  readonly all: readonly ScenarioRow[];
  readonly active: string;
  readonly plan: readonly PlanInputs[];
  readonly busy: boolean;
  readonly onInsertSheet: InsertSheet;
}

const pct = (v: number): string => `${Number((v * 100).toPrecision(4))}%`;
const made = (): string => new Date().toLocaleString("en-GB");

export function RangesSection({
  scenarios,
  all,
  active,
  plan,
  busy,
  onInsertSheet,
}: RangesSectionProps) {
  const styles = useViewStyles();
  const totals = planTotals(plan);
  if (totals === null) {
    return (
      <section className={styles.section} aria-labelledby="ranges-heading">
        <Text as="h3" size={400} weight="semibold" id="ranges-heading">
          Ranges, not points
        </Text>
        <Text as="p" block>
          Enter a baseline and WTE in post in at least one row of the plan sheet to see its range.
        </Text>
      </section>
    );
  }
  const results = scenarios.map((s) => scenarioBand(totals, s));
  const bands = results.filter(isBand);
  const missing = results.filter((r) => !isBand(r));
  const at = findScenario(all, active);
  const current = at >= 0 ? all[at] : undefined;
  return (
    <>
      <section className={styles.section} aria-labelledby="ranges-heading">
        <Text as="h3" size={400} weight="semibold" id="ranges-heading">
          Ranges, not points
        </Text>
        <Text as="p" block size={200} className={styles.hint}>
          Total staff in post if you commission the intake each scenario needs, given its attrition
          and completion ranges (set them under Range on the Scenarios tab): 9 futures in 10 land
          above the band’s bottom edge, and 1 in 10 above its top. A scenario without a range gives
          a line.
        </Text>
        {bands.length > 0 && <Bands bands={bands} />}
        {missing.length > 0 && (
          <ul className={styles.list}>
            {missing.map((m) => (
              <li key={m.name}>
                <Text>
                  {m.name}: no range without {"missing" in m ? m.missing.join(", ") : ""}.
                </Text>
              </li>
            ))}
          </ul>
        )}
        <div className={styles.actions}>
          <Button
            disabledFocusable={busy || bands.length === 0}
            onClick={() =>
              onInsertSheet("the ranges", RANGES_SHEET, (n) =>
                rangesSpec(bands, made(), n.sheet, n.table)
              )
            }
          >
            Insert ranges sheet
          </Button>
        </div>
      </section>
      <section className={styles.section} aria-labelledby="moves-heading">
        <Text as="h3" size={400} weight="semibold" id="moves-heading">
          What moves the result most
        </Text>
        {current === undefined ? (
          <Text as="p" block>
            Make a scenario active to see which of its assumptions moves the result most.
          </Text>
        ) : (
          <Moves scenario={current} totals={totals} busy={busy} onInsertSheet={onInsertSheet} />
        )}
      </section>
    </>
  );
}

function Bands({ bands }: { bands: readonly ScenarioBand[] }) {
  const own = useStyles();
  return (
    <>
      <BandChart
        title="Total staff in post by year: 10th to 90th percentile (WTE)"
        series={bands.map((b) => ({ name: b.name, p10: b.p10, p50: b.p50, p90: b.p90 }))}
      />
      <div className={own.scroller}>
        <Table size="small" className={own.table}>
          <caption className={own.caption}>Total staff in post in the last year (WTE)</caption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Scenario</TableHeaderCell>
              <TableHeaderCell scope="col" className={own.headerNumber}>
                Target
              </TableHeaderCell>
              <TableHeaderCell scope="col" className={own.headerNumber}>
                P10
              </TableHeaderCell>
              <TableHeaderCell scope="col" className={own.headerNumber}>
                P50
              </TableHeaderCell>
              <TableHeaderCell scope="col" className={own.headerNumber}>
                P90
              </TableHeaderCell>
              <TableHeaderCell scope="col" className={own.headerNumber}>
                Chance
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {bands.map((b) => (
              <TableRow key={b.name}>
                <TableHeaderCell scope="row" className={own.name}>
                  {b.name} (year {b.horizon})
                </TableHeaderCell>
                <TableCell className={own.number}>{formatValue(b.target)}</TableCell>
                <TableCell className={own.number}>{formatValue(b.p10[b.horizon] ?? 0)}</TableCell>
                <TableCell className={own.number}>{formatValue(b.p50[b.horizon] ?? 0)}</TableCell>
                <TableCell className={own.number}>{formatValue(b.p90[b.horizon] ?? 0)}</TableCell>
                <TableCell className={own.number}>{pct(b.chance)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </>
  );
}

function Moves({
  scenario,
  totals,
  busy,
  onInsertSheet,
}: {
  scenario: ScenarioRow;
  totals: NonNullable<ReturnType<typeof planTotals>>;
  busy: boolean;
  onInsertSheet: InsertSheet;
}) {
  const styles = useViewStyles();
  const own = useStyles();
  const result = sensitivity(totals, scenario.values);
  if (!isSensitivity(result)) {
    return (
      <Text as="p" block>
        “{scenario.name}” needs {result.missing.join(", ")} set first.
      </Text>
    );
  }
  const base = result.intake;
  const v = scenario.values;
  return (
    <>
      <Text as="p" block size={200} className={styles.hint}>
        For the active scenario “{scenario.name}”: each assumption moved to its low and its high,
        the others kept. Attrition and completion use its 80% range where it gives one; without a
        range, and for share and uplift, ±{PLUS_MINUS * 100}% of the value.
      </Text>
      {base !== null && (
        <TornadoChart
          title={`Change in the yearly intake from ${formatValue(base)} WTE`}
          unit="intake a year"
          base={base}
          rows={result.factors.map((f) => ({
            name: f.name,
            atLow: f.intakeAtLow === null ? null : f.intakeAtLow - base,
            atHigh: f.intakeAtHigh === null ? null : f.intakeAtHigh - base,
          }))}
        />
      )}
      <div className={own.scroller}>
        <Table size="small" className={own.table}>
          <caption className={own.caption}>
            Total gap {formatValue(result.gap)} and intake a year{" "}
            {base === null ? "n/a" : formatValue(base)} WTE, at each end
          </caption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Assumption</TableHeaderCell>
              <TableHeaderCell scope="col">Low to high</TableHeaderCell>
              <TableHeaderCell scope="col" className={own.headerNumber}>
                Intake
              </TableHeaderCell>
              <TableHeaderCell scope="col" className={own.headerNumber}>
                Gap
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {result.factors.map((f) => (
              <TableRow key={f.factor}>
                <TableHeaderCell scope="row" className={own.name}>
                  {f.name}
                </TableHeaderCell>
                <TableCell className={own.span}>
                  {pct(f.low)} to {pct(f.high)}
                  {f.basis === "plus-minus" ? ` (±${PLUS_MINUS * 100}%)` : " (range)"}
                </TableCell>
                <TableCell className={own.span}>
                  {f.intakeAtLow === null ? "n/a" : formatValue(f.intakeAtLow)} to{" "}
                  {f.intakeAtHigh === null ? "n/a" : formatValue(f.intakeAtHigh)}
                </TableCell>
                <TableCell className={own.span}>
                  {formatValue(f.gapAtLow)} to {formatValue(f.gapAtHigh)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <div className={styles.actions}>
        <Button
          disabledFocusable={busy}
          onClick={() =>
            v.share !== null &&
            v.uplift !== null &&
            v.horizon !== null &&
            v.attrition !== null &&
            v.completion !== null &&
            onInsertSheet("what moves the result most", SENSITIVITY_SHEET, (n) =>
              sensitivitySpec(
                result,
                totals,
                {
                  share: v.share ?? 0,
                  uplift: v.uplift ?? 0,
                  horizon: v.horizon ?? 0,
                  attrition: v.attrition ?? 0,
                  completion: v.completion ?? 0,
                },
                scenario.name,
                made(),
                n.sheet,
                n.table
              )
            )
          }
        >
          Insert sensitivity sheet
        </Button>
      </div>
    </>
  );
}
