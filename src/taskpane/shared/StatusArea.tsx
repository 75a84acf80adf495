/**
 * Where the pane says what it is doing: a spinner while a write runs, then what happened. It is
 * the foot of the pane, below (never over) the scrolling content, so it stays in view whichever
 * button was pressed; the live region is always in the page so screen readers announce each
 * change of its text. A success clears itself after a while and can be dismissed at once; a
 * failure stays until dismissed or replaced by the next outcome.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { Outcome } from "../scenarios";

const useStyles = makeStyles({
  // The live region and its Dismiss share a row; a failure's message bar takes the next one.
  footer: {
    flexShrink: 0,
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalS,
    // A long failure scrolls within itself rather than taking the pane.
    maxHeight: "40dvh",
    overflowY: "auto",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  showing: {
    paddingBlock: tokens.spacingVerticalS,
    borderBlockStartWidth: tokens.strokeWidthThin,
    borderBlockStartStyle: "solid",
    borderBlockStartColor: tokens.colorNeutralStroke2,
  },
  status: {
    flexGrow: 1,
    flexBasis: 0,
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  bar: {
    flexBasis: "100%",
    minWidth: 0,
  },
  done: {
    color: tokens.colorStatusSuccessForeground1,
  },
});

interface StatusAreaProps {
  readonly busy: string | null;
  readonly outcome: Outcome | null;
  readonly onDismiss: () => void;
}

export function StatusArea({ busy, outcome, onDismiss }: StatusAreaProps) {
  const styles = useStyles();
  const showing = busy !== null || outcome !== null;
  return (
    <div className={mergeClasses(styles.footer, showing && styles.showing)}>
      <div role="status" aria-live="polite" className={styles.status}>
        {busy !== null ? (
          <Spinner size="extra-tiny" label={busy} labelPosition="after" />
        ) : outcome?.kind === "done" ? (
          <Text className={styles.done}>{outcome.text}</Text>
        ) : null}
      </div>
      {busy === null && outcome?.kind === "done" && (
        <Button
          size="small"
          appearance="transparent"
          aria-label="Dismiss the message"
          onClick={onDismiss}
        >
          Dismiss
        </Button>
      )}
      {outcome?.kind === "error" && (
        <MessageBar intent="error" layout="multiline" className={styles.bar}>
          <MessageBarBody>
            <MessageBarTitle>{outcome.title}</MessageBarTitle> {outcome.text}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={onDismiss}>
              Dismiss
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </div>
  );
}
