/**
 * An inserted sheet as preview mode shows it: the title and notes at its top, its table (a plan's
 * input cells can be typed into, its formula cells cannot, highlighted cells say so in words as
 * well as colour), the totals row, a plan's trajectory block and the sheet's chart.
 */
import { useId, useState, type KeyboardEvent } from "react";
import { Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { TRAJECTORY_TITLE } from "../../core/planSheet";
import type { PreviewCell, PreviewGrid } from "../../workbook/previewSheets";
import { parseWteEntry } from "../shared/cellEntry";
import { TableFrame } from "../shared/TableFrame";
import { BarChart, LineChart } from "../shared/Charts";
import { HeaderText } from "../shared/HeaderText";
import { useViewStyles } from "../shared/styles";
import { describeFailure } from "../scenarios";

const useStyles = makeStyles({
  sheet: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  notes: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  // Separate borders, so the label columns keep theirs while the rest scrolls under them.
  table: {
    borderCollapse: "separate",
    borderSpacing: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    "& th, & td:not([data-input])": {
      paddingBlock: "2px",
      paddingInline: tokens.spacingHorizontalXS,
    },
    "& th, & td": {
      borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      verticalAlign: "top",
    },
  },
  // Like Excel's frozen panes: the row labels stay in view while the figures scroll sideways.
  stick0: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  stick1: {
    position: "sticky",
    left: "68px",
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  firstLabel: {
    boxSizing: "border-box",
    width: "68px",
    minWidth: "68px",
    maxWidth: "68px",
  },
  secondLabel: {
    boxSizing: "border-box",
    width: "92px",
    minWidth: "92px",
    maxWidth: "92px",
  },
  // A cell reached with Tab scrolls into view beside the frozen labels, not under them.
  frozenRoom: {
    scrollPaddingLeft: "164px",
  },
  lastFrozen: {
    boxShadow: `inset -2px 0 0 ${tokens.colorNeutralStroke1}`,
  },
  header: {
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightSemibold,
    textAlign: "start",
    minWidth: "56px",
    maxWidth: "120px",
  },
  rowHeader: {
    textAlign: "start",
    fontWeight: tokens.fontWeightRegular,
  },
  label: {
    minWidth: "48px",
  },
  wide: {
    minWidth: "200px",
    maxWidth: "280px",
  },
  number: {
    textAlign: "end",
    whiteSpace: "nowrap",
    fontVariantNumeric: "tabular-nums",
  },
  computed: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
  },
  inputCell: {
    backgroundColor: "#fff8e1",
    padding: 0,
  },
  shaded: {
    backgroundColor: "#fff8e1",
  },
  input: {
    boxSizing: "border-box",
    width: "64px",
    margin: 0,
    paddingBlock: "3px",
    paddingInline: tokens.spacingHorizontalXS,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    textAlign: "end",
    color: tokens.colorNeutralForeground1,
    backgroundColor: "transparent",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStrokeAccessible}`,
    borderRadius: 0,
    ":focus": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "-2px",
      backgroundColor: tokens.colorNeutralBackground1,
    },
  },
  invalid: {
    border: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteRedBorder2}`,
  },
  // The sheet's conditional format, with a bold face and an outline so it is not colour alone.
  highlight: {
    backgroundColor: "#ffc7ce",
    color: "#9c0006",
    fontWeight: tokens.fontWeightBold,
    outline: `${tokens.strokeWidthThick} solid ${"#9c0006"}`,
    outlineOffset: "-3px",
  },
  error: {
    color: tokens.colorPaletteRedForeground1,
  },
  // The rows under a plan's totals: label and figure on one line.
  summary: {
    margin: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    fontSize: tokens.fontSizeBase200,
    "& dd": { margin: 0, fontWeight: tokens.fontWeightSemibold },
  },
  summaryLine: {
    display: "flex",
    justifyContent: "space-between",
    maxWidth: "16rem",
  },
  totals: {
    fontWeight: tokens.fontWeightSemibold,
    borderTop: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
  },
  key: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    fontSize: tokens.fontSizeBase200,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  keyItem: {
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
  },
  keySwatch: {
    display: "inline-block",
    width: "20px",
    height: "12px",
    boxSizing: "border-box",
  },
  keyInput: {
    backgroundColor: "#fff8e1",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStrokeAccessible}`,
  },
  keyComputed: {
    backgroundColor: tokens.colorNeutralBackground3,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  keyHighlight: {
    backgroundColor: "#ffc7ce",
    border: `${tokens.strokeWidthThick} solid ${"#9c0006"}`,
  },
  entryProblem: {
    color: tokens.colorPaletteRedForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
});

type Styles = ReturnType<typeof useStyles>;

/** Columns holding long text get a readable width rather than one word a line. */
const LONG_TEXT = 40;

interface SheetGridProps {
  readonly grid: PreviewGrid;
  /** The sheet holds values only (a copy made by Share as values): nothing to type into. */
  readonly valuesOnly?: boolean;
  /** Types into a data cell (row and column 0-based); throws when the workbook refuses. */
  readonly onSetCell: (row: number, column: number, value: number | "") => void;
}

export function SheetGrid({ grid, valuesOnly = false, onSetCell }: SheetGridProps) {
  const styles = useStyles();
  const view = useViewStyles();
  const plan = grid.trajectory !== null;
  const [problem, setProblem] = useState<{ key: string; text: string } | null>(null);
  const problemId = useId();
  const wide = grid.headers.map((_, c) =>
    grid.rows.some((row) => [...(row[c]?.text ?? "")].length > LONG_TEXT)
  );
  const hasInputs = grid.rows.some((r) => r.some((c) => c.role === "input"));
  const labelCount = Math.max(1, grid.rows[0]?.filter((c) => c.role === "label").length ?? 1);
  const rowLabel = (row: readonly PreviewCell[]): string =>
    row
      .slice(0, plan ? 2 : 1)
      .map((c) => c.text)
      .filter(Boolean)
      .join(" ");

  // The label columns stay in view: a plan's area and group, another sheet's first column
  // unless it holds long text.
  const frozenCount = plan ? 2 : wide[0] === true ? 0 : 1;
  const frozen = (c: number): string =>
    mergeClasses(
      c === 0 && frozenCount > 0 && styles.stick0,
      c === 1 && frozenCount > 1 && styles.stick1,
      c === frozenCount - 1 && styles.lastFrozen
    );
  // Fixed widths, so the second frozen column knows where the first ends; merged last.
  const fixed = (c: number): string =>
    mergeClasses(c === 0 && plan && styles.firstLabel, c === 1 && plan && styles.secondLabel);

  const commit = (r: number, c: number, label: string, text: string): boolean => {
    const key = `${r},${c}`;
    const entry = parseWteEntry(text);
    if (!entry.ok) {
      setProblem({ key, text: `${label}: ${entry.problem}` });
      return false;
    }
    try {
      onSetCell(r, c, entry.value);
    } catch (error) {
      setProblem({ key, text: `${label}: ${describeFailure(error)}` });
      return false;
    }
    setProblem((p) => (p?.key === key ? null : p));
    return true;
  };

  return (
    <div className={styles.sheet}>
      <Text as="h3" size={400} weight="semibold">
        {grid.title}
      </Text>
      {grid.notes.length > 0 && (
        <div className={styles.notes}>
          {grid.notes.map((note, i) => (
            <Text key={i} as="p" block size={200}>
              {note}
            </Text>
          ))}
        </div>
      )}
      {valuesOnly && (plan || hasInputs) ? (
        <Text as="p" block size={200} className={view.hint}>
          Values only: each cell holds the number the original sheet showed, not a formula, so it
          does not recalculate.
        </Text>
      ) : plan ? (
        <PlanKey styles={styles} />
      ) : (
        hasInputs && (
          <Text as="p" block size={200} className={view.hint}>
            Shaded columns are for you to fill in, in Excel. This preview lets you type into a plan
            sheet’s input cells only.
          </Text>
        )
      )}
      <div aria-live="assertive">
        {problem !== null && (
          <Text as="p" block id={problemId} className={styles.entryProblem}>
            {problem.text}
          </Text>
        )}
      </div>
      <TableFrame
        scrollerClassName={plan ? styles.frozenRoom : undefined}
        title={`Table on ${grid.sheet}${grid.rows.length > 0 ? ` (${grid.rows.length} rows)` : ""}`}
      >
        {(titleId) => (
          <table className={styles.table} aria-labelledby={titleId}>
            <thead>
              <tr>
                {grid.headers.map((h, c) => (
                  <th
                    key={c}
                    scope="col"
                    className={mergeClasses(frozen(c), styles.header, fixed(c))}
                  >
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {grid.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) => {
                    const header = grid.headers[c] ?? "";
                    if (c === 0) {
                      return (
                        <th
                          key={c}
                          scope="row"
                          className={mergeClasses(
                            frozen(c),
                            styles.rowHeader,
                            cellClass(styles, cell, wide[c] === true),
                            fixed(c)
                          )}
                        >
                          <HeaderText text={cell.text} />
                        </th>
                      );
                    }
                    if (plan && cell.role === "input" && !valuesOnly) {
                      const key = `${r},${c}`;
                      const label = `${header}, ${rowLabel(row)}`;
                      return (
                        <td key={c} className={styles.inputCell} data-input="">
                          <CellInput
                            value={cell.text}
                            label={label}
                            invalid={problem?.key === key}
                            describedBy={problem?.key === key ? problemId : undefined}
                            className={styles.input}
                            invalidClass={styles.invalid}
                            onCommit={(text) => commit(r, c, label, text)}
                          />
                        </td>
                      );
                    }
                    return (
                      <td
                        key={c}
                        className={mergeClasses(
                          frozen(c),
                          cellClass(styles, cell, wide[c] === true),
                          fixed(c)
                        )}
                      >
                        <CellText cell={cell} view={view} />
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
            {grid.totals !== null && (
              <tfoot>
                <tr>
                  {grid.totals.map((cell, c) =>
                    c === 0 ? (
                      <th
                        key={c}
                        scope="row"
                        className={mergeClasses(
                          frozen(c),
                          styles.rowHeader,
                          styles.totals,
                          fixed(c)
                        )}
                      >
                        <HeaderText text={cell.text} />
                      </th>
                    ) : (
                      <td
                        key={c}
                        className={mergeClasses(
                          frozen(c),
                          cellClass(styles, cell, false),
                          styles.totals,
                          fixed(c)
                        )}
                      >
                        <CellText cell={cell} view={view} />
                      </td>
                    )
                  )}
                </tr>
              </tfoot>
            )}
          </table>
        )}
      </TableFrame>
      {grid.summary.length > 0 && (
        <dl className={styles.summary}>
          {grid.summary.map((line) => (
            <div key={line.label} className={styles.summaryLine}>
              <dt>{line.label}</dt>
              <dd className={mergeClasses(styles.number, line.cell.error && styles.error)}>
                <CellText cell={line.cell} view={view} />
              </dd>
            </div>
          ))}
        </dl>
      )}
      {grid.trajectory !== null && (
        <Trajectory
          grid={grid}
          labelCount={labelCount}
          styles={styles}
          frozen={(c) => mergeClasses(frozen(c), fixed(c))}
        />
      )}
      {grid.chart !== null &&
        (plan ? (
          <LineChart data={grid.chart} caption={`Chart: ${grid.chart.title}`} />
        ) : (
          <BarChart data={grid.chart} caption={`Chart: ${grid.chart.title}`} />
        ))}
    </div>
  );
}

function cellClass(styles: Styles, cell: PreviewCell, wide: boolean): string {
  return mergeClasses(
    cell.role === "label" && styles.label,
    wide && styles.wide,
    cell.role === "computed" && styles.computed,
    cell.role === "input" && styles.shaded,
    /^-?[\d,.]+%?$/.test(cell.text) && styles.number,
    cell.error && styles.error,
    cell.highlight && styles.highlight
  );
}

function CellText({ cell, view }: { cell: PreviewCell; view: ReturnType<typeof useViewStyles> }) {
  return (
    <>
      {cell.text}
      {cell.highlight && <span className={view.srOnly}> (highlighted)</span>}
    </>
  );
}

/** What the cells' looks mean, in words. */
function PlanKey({ styles }: { styles: Styles }) {
  return (
    <ul className={styles.key} aria-label="How the sheet’s cells are shown">
      <li className={styles.keyItem}>
        <span aria-hidden="true" className={mergeClasses(styles.keySwatch, styles.keyInput)} />
        Input cell: type a figure, then Enter
      </li>
      <li className={styles.keyItem}>
        <span aria-hidden="true" className={mergeClasses(styles.keySwatch, styles.keyComputed)} />
        Formula: read-only
      </li>
      <li className={styles.keyItem}>
        <span aria-hidden="true" className={mergeClasses(styles.keySwatch, styles.keyHighlight)} />
        Highlighted (bold, outlined): a gap to fill, or growth below the minimum
      </li>
    </ul>
  );
}

interface CellInputProps {
  readonly value: string;
  readonly label: string;
  readonly invalid: boolean;
  readonly describedBy: string | undefined;
  readonly className: string;
  readonly invalidClass: string;
  /** Returns false when the entry was refused: the typing stays for the planner to correct. */
  readonly onCommit: (text: string) => boolean;
}

/** An input cell: typing stays in the cell until Enter or leaving it; Escape puts it back. */
function CellInput(props: CellInputProps) {
  const { value, label, invalid, describedBy, className, invalidClass, onCommit } = props;
  const [draft, setDraft] = useState<string | null>(null);
  const commit = (): void => {
    if (draft === null) return;
    if (draft.trim() === value.trim()) {
      setDraft(null);
      return;
    }
    if (onCommit(draft)) setDraft(null);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === "Enter") {
      event.preventDefault();
      commit();
    } else if (event.key === "Escape" && draft !== null) {
      event.preventDefault();
      setDraft(null);
    }
  };
  return (
    <input
      type="text"
      inputMode="decimal"
      autoComplete="off"
      spellCheck={false}
      aria-label={label}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      className={mergeClasses(className, invalid && invalidClass)}
      value={draft ?? value}
      onChange={(event) => setDraft(event.target.value)}
      onKeyDown={onKeyDown}
      onBlur={commit}
    />
  );
}

/** The plan's trajectory block: each row's path from the baseline to the target, by year. */
function Trajectory({
  grid,
  labelCount,
  styles,
  frozen,
}: {
  grid: PreviewGrid;
  labelCount: number;
  styles: Styles;
  frozen: (c: number) => string;
}) {
  const trajectory = grid.trajectory;
  if (trajectory === null) return null;
  return (
    <TableFrame title={TRAJECTORY_TITLE} scrollerClassName={styles.frozenRoom}>
      {(titleId) => (
        <table className={styles.table} aria-labelledby={titleId}>
          <thead>
            <tr>
              {grid.headers.slice(0, labelCount).map((h, i) => (
                <th key={i} scope="col" className={mergeClasses(frozen(i), styles.header)}>
                  {h}
                </th>
              ))}
              {trajectory.years.map((y) => (
                <th key={y} scope="col" className={mergeClasses(styles.header, styles.number)}>
                  {y}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {trajectory.rows.map((values, r) => {
              const labels = (grid.rows[r] ?? []).slice(0, labelCount);
              return (
                <tr key={r}>
                  {labels.map((cell, i) =>
                    i === 0 ? (
                      <th key={i} scope="row" className={mergeClasses(frozen(i), styles.rowHeader)}>
                        <HeaderText text={cell.text} />
                      </th>
                    ) : (
                      <td key={i} className={mergeClasses(frozen(i), styles.label)}>
                        {cell.text}
                      </td>
                    )
                  )}
                  {trajectory.years.map((y, i) => (
                    <td key={y} className={mergeClasses(styles.number, styles.computed)}>
                      {values[i] ?? ""}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </TableFrame>
  );
}
