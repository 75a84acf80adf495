/**
 * An inserted sheet's table as its cells hold it, as Excel's Show Formulas shows it: a formula as
 * its text, a typed or copied value as itself. So a plan's =PP formulas, and a values copy's lack
 * of any, can be seen.
 */
import { Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { HeaderText } from "../shared/HeaderText";
import { TableFrame } from "../shared/TableFrame";

const useStyles = makeStyles({
  table: {
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    "& th, & td": {
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      paddingBlock: "2px",
      paddingInline: tokens.spacingHorizontalXS,
      textAlign: "start",
      verticalAlign: "top",
    },
    "& thead th": {
      backgroundColor: tokens.colorNeutralBackground3,
      fontWeight: tokens.fontWeightSemibold,
    },
  },
  // Text wraps at a readable width; a formula keeps to one line, as Excel's cell shows it, and
  // the table scrolls sideways.
  cell: {
    fontFamily: tokens.fontFamilyMonospace,
    minWidth: "64px",
    maxWidth: "280px",
    overflowWrap: "break-word",
  },
  formula: {
    color: tokens.colorBrandForeground1,
    whiteSpace: "nowrap",
    maxWidth: "none",
  },
});

interface FormulaGridProps {
  readonly sheet: string;
  /** The header row, the table's rows (totals included), then the cells beside it, as text. */
  readonly cells: readonly (readonly string[])[];
  /** How many of the rows after the header row are the table's. */
  readonly tableRows: number;
}

export const isFormulaText = (text: string): boolean => text.startsWith("=");

export function FormulaGrid({ sheet, cells, tableRows }: FormulaGridProps) {
  const [headers = [], ...rest] = cells;
  const rows = rest.slice(0, tableRows);
  const others = rest.slice(tableRows);
  const formulas = rest.reduce((n, row) => n + row.filter(isFormulaText).length, 0);
  return (
    <>
      <Text as="p" block size={200}>
        {formulas === 0
          ? "No cell on this sheet holds a formula: every cell is a value."
          : `${formulas} cells on this sheet hold formulas.`}
      </Text>
      <Cells title={`Formulas on ${sheet}`} headers={headers} rows={rows} />
      {others.length > 0 && (
        <Cells title={`Other cells on ${sheet}`} headers={null} rows={others} />
      )}
    </>
  );
}

interface CellsProps {
  readonly title: string;
  readonly headers: readonly string[] | null;
  readonly rows: readonly (readonly string[])[];
}

function Cells({ title, headers, rows }: CellsProps) {
  const styles = useStyles();
  return (
    <TableFrame title={title}>
      {(titleId) => (
        <table className={styles.table} aria-labelledby={titleId}>
          {headers !== null && (
            <thead>
              <tr>
                {headers.map((h, c) => (
                  <th key={c} scope="col">
                    <HeaderText text={h} />
                  </th>
                ))}
              </tr>
            </thead>
          )}
          <tbody>
            {rows.map((row, r) => (
              <tr key={r}>
                {row.map((text, c) => (
                  <td
                    key={c}
                    className={mergeClasses(styles.cell, isFormulaText(text) && styles.formula)}
                  >
                    {text}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </TableFrame>
  );
}
