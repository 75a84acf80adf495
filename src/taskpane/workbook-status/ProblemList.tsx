/**
 * What is wrong with the scenario table as found, cell by cell. The pane changes none of it by
 * itself: the planner fixes the cells, or asks for the missing columns and names to be added
 * (Repair table; in a workbook from an earlier version, the upgrade notice's button).
 */
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ScenarioBook } from "../../core/scenarios";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderInlineStartWidth: tokens.strokeWidthThickest,
    borderInlineStartStyle: "solid",
    borderInlineStartColor: tokens.colorStatusWarningBorderActive,
    backgroundColor: tokens.colorStatusWarningBackground1,
    borderRadius: tokens.borderRadiusMedium,
  },
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  address: {
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
  repair: {
    alignSelf: "flex-start",
  },
});

interface ProblemListProps {
  readonly book: ScenarioBook;
  /** The workbook comes from an earlier version: the upgrade notice above adds what is missing. */
  readonly upgrade: boolean;
  readonly busy: boolean;
  readonly onRepair: () => void;
}

export function ProblemList({ book, upgrade, busy, onRepair }: ProblemListProps) {
  const styles = useStyles();
  const repairable = book.missingColumns.length > 0 || book.missingNames.length > 0;
  const count = book.problems.length;
  return (
    <section className={styles.section} aria-labelledby="problems-heading">
      <Text as="h2" size={400} weight="semibold" id="problems-heading">
        {count === 1
          ? "1 problem in the scenario table"
          : `${count} problems in the scenario table`}
      </Text>
      <Text as="p" block>
        The pane leaves these cells as they are until you fix them in the workbook
        {repairable ? (upgrade ? " or upgrade it" : " or repair the table") : ""}. Scenarios with a
        problem are still listed below.
      </Text>
      <ul className={styles.list}>
        {book.problems.map((problem, index) => (
          <li key={`${index}:${problem.address}`}>
            <Text className={styles.address}>{problem.address}</Text>
            <Text>: {problem.message}</Text>
          </li>
        ))}
      </ul>
      {repairable && upgrade && (
        <Text as="p" block>
          Upgrade workbook, above, adds what is missing ({missingParts(book).join(" and ")}); it
          does not change your rows.
        </Text>
      )}
      {repairable && !upgrade && (
        <>
          <Text as="p" block>
            Repair table adds only what is missing ({missingParts(book).join(" and ")}); it does not
            change your rows.
          </Text>
          <Button className={styles.repair} disabledFocusable={busy} onClick={onRepair}>
            Repair table
          </Button>
        </>
      )}
    </section>
  );
}

function missingParts(book: ScenarioBook): string[] {
  const parts: string[] = [];
  const { missingColumns: columns, missingNames: names } = book;
  if (columns.length > 0) {
    parts.push(`the ${columns.join(", ")} column${columns.length > 1 ? "s" : ""}`);
  }
  if (names.length > 0) parts.push(`the name${names.length > 1 ? "s" : ""} ${names.join(", ")}`);
  return parts;
}
