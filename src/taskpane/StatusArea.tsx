/**
 * Where the pane says what it is doing: a spinner while a write runs, then what happened. It
 * stays in view at the foot of the pane, beside whichever button was pressed; the live region is
 * always in the page so screen readers announce each change of its text.
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
import type { Outcome } from "./useScenarioBook";

const useStyles = makeStyles({
  footer: {
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  showing: {
    paddingBlock: tokens.spacingVerticalS,
    borderBlockStartWidth: tokens.strokeWidthThin,
    borderBlockStartStyle: "solid",
    borderBlockStartColor: tokens.colorNeutralStroke2,
    boxShadow: tokens.shadow4,
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
      <div role="status" aria-live="polite">
        {busy !== null ? (
          <Spinner size="extra-tiny" label={busy} labelPosition="after" />
        ) : outcome?.kind === "done" ? (
          <Text className={styles.done}>{outcome.text}</Text>
        ) : null}
      </div>
      {outcome?.kind === "error" && (
        <MessageBar intent="error" layout="multiline">
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
