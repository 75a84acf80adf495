/**
 * Longer help behind a one-line disclosure, so a tab opens on what the planner came to do and the
 * explanation (and any formula names) is one click away. A native <details>: keyboard and screen
 * reader support come with the browser, and it costs no script.
 */
import type { ReactNode } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  details: {
    minWidth: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
  summary: {
    cursor: "pointer",
    color: tokens.colorBrandForegroundLink,
    width: "fit-content",
    borderRadius: tokens.borderRadiusSmall,
    ":focus-visible": {
      outlineStyle: "solid",
      outlineWidth: tokens.strokeWidthThick,
      outlineColor: tokens.colorStrokeFocus2,
    },
  },
  body: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingBlockStart: tokens.spacingVerticalXS,
  },
});

export function MoreAbout({ label, children }: { label: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <details className={styles.details}>
      <summary className={styles.summary}>{label}</summary>
      <div className={styles.body}>{children}</div>
    </details>
  );
}
