/**
 * A sheet's table in the preview workbook: its title stays put above while a wide table scrolls
 * sideways in a region a keyboard can reach (Tab to it, then the arrow keys), named by the title,
 * which also names the table.
 */
import { useId, type ReactNode } from "react";
import { Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  frame: {
    display: "flex",
    flexDirection: "column",
    maxWidth: "100%",
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  title: {
    fontWeight: tokens.fontWeightSemibold,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  scroller: {
    // Holds any text for screen readers only, which is positioned, inside the scrolled area.
    position: "relative",
    overflowX: "auto",
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "-2px",
    },
  },
});

interface TableFrameProps {
  readonly title: ReactNode;
  /** Extra classes for the scrolled area (e.g. room kept for columns frozen at its left). */
  readonly scrollerClassName?: string;
  /** The table, given the id of the title that names it. */
  readonly children: (titleId: string) => ReactNode;
}

export function TableFrame({ title, scrollerClassName, children }: TableFrameProps) {
  const styles = useStyles();
  const titleId = useId();
  return (
    <div className={styles.frame}>
      <Text as="p" block size={200} id={titleId} className={styles.title}>
        {title}
      </Text>
      <div
        className={mergeClasses(styles.scroller, scrollerClassName)}
        role="region"
        aria-labelledby={titleId}
        tabIndex={0}
      >
        {children(titleId)}
      </div>
    </div>
  );
}
