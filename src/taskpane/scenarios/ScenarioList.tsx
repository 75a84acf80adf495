/**
 * The workbook's scenarios, one button each: the selected one is shown in the form below, the
 * active one (the one formulas use) is badged. The list is one Tab stop, entered at the selected
 * scenario; arrow keys, Home and End move within it, Enter or Space picks.
 */
import type { KeyboardEvent } from "react";
import {
  Badge,
  Button,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
  useRestoreFocusTarget,
} from "@fluentui/react-components";
import { findByName, findScenario, type ScenarioRow } from "../../core/scenarios";
import { scenarioLabel } from "../shared/format";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  item: {
    width: "100%",
    justifyContent: "flex-start",
    textAlign: "start",
    gap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalS,
    borderInlineStartWidth: tokens.strokeWidthThicker,
    borderInlineStartStyle: "solid",
    borderInlineStartColor: "transparent",
    borderStartStartRadius: 0,
    borderEndStartRadius: 0,
    fontWeight: tokens.fontWeightRegular,
  },
  selected: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    borderInlineStartColor: tokens.colorCompoundBrandStroke,
    fontWeight: tokens.fontWeightSemibold,
  },
  name: {
    flexGrow: 1,
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  unnamed: {
    fontStyle: "italic",
  },
  hint: {
    color: tokens.colorNeutralForeground2,
  },
});

interface ScenarioListProps {
  readonly scenarios: readonly ScenarioRow[];
  readonly active: string;
  readonly selected: ScenarioRow | undefined;
  readonly busy: boolean;
  readonly onSelect: (scenario: ScenarioRow) => void;
  readonly onAdd: () => void;
}

export function ScenarioList(props: ScenarioListProps) {
  const { scenarios, active, selected, busy, onSelect, onAdd } = props;
  const styles = useStyles();
  // The add dialog hands focus back to this button when it closes.
  const restoreFocusHere = useRestoreFocusTarget();
  const activeIndex = active === "" ? -1 : findScenario(scenarios, active);

  return (
    <section className={styles.section} aria-labelledby="scenarios-heading">
      <div className={styles.header}>
        <Text as="h2" size={500} weight="semibold" id="scenarios-heading">
          Scenarios
        </Text>
        <Button {...restoreFocusHere} disabledFocusable={busy} onClick={onAdd}>
          Add scenario
        </Button>
      </div>
      {scenarios.length === 0 ? (
        <Text as="p" block>
          The table has no scenarios. Add one to start planning.
        </Text>
      ) : (
        <>
          <Text as="p" block size={200} className={styles.hint}>
            Choose a scenario to see and edit it below.
          </Text>
          <ul className={styles.list} aria-labelledby="scenarios-heading" onKeyDown={moveFocus}>
            {scenarios.map((scenario, index) => {
              const isSelected = selected !== undefined && scenario.row === selected.row;
              const tabbable = selected === undefined ? index === 0 : isSelected;
              const hasProblem = Object.keys(scenario.invalid).length > 0;
              // Only the first row of a name can be edited; the store acts on that one.
              const sameNameAbove =
                scenario.name !== "" && findByName(scenarios, scenario.name) !== index;
              return (
                <li key={scenario.row}>
                  <Button
                    appearance="subtle"
                    className={mergeClasses(styles.item, isSelected && styles.selected)}
                    aria-current={isSelected ? "true" : undefined}
                    tabIndex={tabbable ? 0 : -1}
                    onClick={() => onSelect(scenario)}
                  >
                    <span
                      className={mergeClasses(styles.name, scenario.name === "" && styles.unnamed)}
                    >
                      {scenarioLabel(scenario.name)}
                    </span>
                    {sameNameAbove && (
                      <Badge appearance="tint" color="warning">
                        Same name
                      </Badge>
                    )}
                    {hasProblem && (
                      <Badge appearance="tint" color="danger">
                        Check values
                      </Badge>
                    )}
                    {index === activeIndex && (
                      <Badge appearance="filled" color="brand">
                        Active
                      </Badge>
                    )}
                  </Button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}

const MOVES: Record<string, (at: number, count: number) => number> = {
  ArrowDown: (at, count) => (at + 1) % count,
  ArrowUp: (at, count) => (at - 1 + count) % count,
  Home: () => 0,
  End: (_, count) => count - 1,
};

function moveFocus(event: KeyboardEvent<HTMLUListElement>): void {
  const move = MOVES[event.key];
  if (move === undefined) return;
  const buttons = [
    ...event.currentTarget.querySelectorAll<HTMLButtonElement>(":scope > li > button"),
  ];
  const at = buttons.findIndex((b) => b === document.activeElement);
  if (at < 0) return;
  event.preventDefault();
  buttons[move(at, buttons.length)]?.focus();
}
