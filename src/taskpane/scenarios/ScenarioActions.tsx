/** What can be done to the selected scenario as a whole: make it active, rename, copy, delete. */
import { Button, makeStyles, tokens, useRestoreFocusTarget } from "@fluentui/react-components";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
});

interface ScenarioActionsProps {
  readonly isActive: boolean;
  /** Nameless scenarios can only be renamed: Excel cannot make active or copy a blank name. */
  readonly named: boolean;
  readonly busy: boolean;
  readonly onMakeActive: () => void;
  readonly onRename: () => void;
  readonly onDuplicate: () => void;
  readonly onDelete: () => void;
}

export function ScenarioActions(props: ScenarioActionsProps) {
  const { isActive, named, busy } = props;
  const styles = useStyles();
  // Each dialog hands focus back to the button that opened it.
  const restoreFocusHere = useRestoreFocusTarget();
  return (
    <div className={styles.bar} role="group" aria-label="Scenario actions">
      <Button
        size="small"
        disabledFocusable={busy || isActive || !named}
        onClick={props.onMakeActive}
      >
        Make active
      </Button>
      <Button size="small" {...restoreFocusHere} disabledFocusable={busy} onClick={props.onRename}>
        Rename…
      </Button>
      <Button
        size="small"
        {...restoreFocusHere}
        disabledFocusable={busy || !named}
        onClick={props.onDuplicate}
      >
        Duplicate…
      </Button>
      <Button size="small" {...restoreFocusHere} disabledFocusable={busy} onClick={props.onDelete}>
        Delete…
      </Button>
    </div>
  );
}
