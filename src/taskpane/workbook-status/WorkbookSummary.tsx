/**
 * "This workbook": what the workbook holds, said when the pane opens, so whoever opened a shared
 * file knows what they have: its scenarios and which is active, its plan sheets, its sources,
 * any snapshot, and which version of the planner set it up. Folded to one line at first, so the
 * pane opens on its work; the planner opens it to read it.
 */
import { Fragment } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ScenarioBook } from "../../core/scenarios";
import { useViewStyles } from "../shared/styles";
import { autoOpenNote, summaryLines } from "./workbookState";

const useStyles = makeStyles({
  box: {
    backgroundColor: tokens.colorNeutralBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    marginInline: tokens.spacingHorizontalM,
    paddingBlockEnd: tokens.spacingVerticalM,
  },
  facts: {
    display: "grid",
    gridTemplateColumns: "max-content minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  term: {
    color: tokens.colorNeutralForeground2,
  },
  detail: {
    margin: 0,
    overflowWrap: "anywhere",
  },
});

interface WorkbookSummaryProps {
  readonly book: ScenarioBook;
  readonly sheets: readonly string[] | null;
  readonly sourcesWritten: string | null;
  readonly mode: "excel" | "preview";
}

export function WorkbookSummary({ book, sheets, sourcesWritten, mode }: WorkbookSummaryProps) {
  const styles = useStyles();
  const view = useViewStyles();
  const lines = summaryLines({ book, sheets, sourcesWritten });
  return (
    <section aria-labelledby="workbook-summary">
      <Accordion collapsible className={styles.box}>
        <AccordionItem value="workbook">
          <AccordionHeader as="h2" size="small" expandIconPosition="end" id="workbook-summary">
            <Text weight="semibold">This workbook</Text>
          </AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <dl className={styles.facts}>
              {lines.map((line) => (
                <Fragment key={line.term}>
                  <dt className={styles.term}>{line.term}</dt>
                  <dd className={styles.detail}>{line.detail}</dd>
                </Fragment>
              ))}
            </dl>
            <Text as="p" block size={200} className={view.hint}>
              {autoOpenNote(book, mode)}
            </Text>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </section>
  );
}
