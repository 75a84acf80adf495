/** The selected scenario: whether formulas use it, what can be done to it, and its values. */
import type { MutableRefObject } from "react";
import { MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ScenarioRow } from "../../core/scenarios";
import type { ScenarioChanges, UpdateOptions } from "../../workbook/store";
import { scenarioLabel } from "../shared/format";
import { ScenarioActions } from "./ScenarioActions";
import { ScenarioForm, type FormHandle } from "./ScenarioForm";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    paddingBlockStart: tokens.spacingVerticalL,
    borderBlockStartWidth: tokens.strokeWidthThin,
    borderBlockStartStyle: "solid",
    borderBlockStartColor: tokens.colorNeutralStroke2,
  },
  heading: {
    overflowWrap: "anywhere",
  },
});

interface ScenarioPanelProps {
  readonly scenario: ScenarioRow;
  /** The active scenario's name, "" when none. */
  readonly active: string;
  readonly isActive: boolean;
  readonly editable: boolean;
  readonly busy: boolean;
  readonly missingColumns: readonly string[];
  /** The button that adds missing columns: "Repair table" or "Upgrade workbook". */
  readonly fixButton: string;
  /** Changes whenever the planner picks a scenario, so the form starts from the workbook. */
  readonly formKey: number;
  readonly onMakeActive: () => void;
  readonly onRename: () => void;
  readonly onDuplicate: () => void;
  readonly onDelete: () => void;
  readonly onSave: (
    changes: ScenarioChanges,
    expected: ScenarioChanges,
    options?: UpdateOptions
  ) => Promise<boolean>;
  /**
   * The scenario was deleted or renamed in the workbook since it was selected: what was typed is
   * kept and can be saved as a new scenario.
   */
  readonly gone?: boolean;
  /** The form's unsaved state, for asking before it is dropped. */
  readonly formHandle?: MutableRefObject<FormHandle | null>;
  readonly onRefused?: () => void;
}

export function ScenarioPanel(props: ScenarioPanelProps) {
  const { scenario, active, isActive, editable, busy } = props;
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby="selected-heading">
      <Text as="h2" size={500} weight="semibold" id="selected-heading" className={styles.heading}>
        {scenarioLabel(scenario.name)}
      </Text>
      {props.gone !== true && (
        <Text as="p" block>
          {isActive
            ? "This is the active scenario: the workbook’s formulas use these values."
            : active === ""
              ? "Not active. No scenario is active yet: make this one active to use its values in formulas."
              : `Not active: formulas use “${active}”. Make this one active to use its values instead.`}
        </Text>
      )}
      {props.gone === true && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            “{scenarioLabel(scenario.name)}” is no longer in the workbook: someone deleted or
            renamed it. What you typed is kept below; save it as a new scenario, or pick another
            scenario above.
          </MessageBarBody>
        </MessageBar>
      )}
      {props.gone !== true && !editable && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            A scenario above has the same name, so changes made here would go to that one. Give this
            row a different name in the workbook (see the problems listed at the top) to edit it
            here.
          </MessageBarBody>
        </MessageBar>
      )}
      {props.gone !== true && (
        <ScenarioActions
          isActive={isActive}
          named={scenario.name !== ""}
          busy={busy || !editable}
          onMakeActive={props.onMakeActive}
          onRename={props.onRename}
          onDuplicate={props.onDuplicate}
          onDelete={props.onDelete}
        />
      )}
      <ScenarioForm
        key={props.formKey}
        scenario={scenario}
        editable={editable}
        busy={busy}
        missingColumns={props.missingColumns}
        fixButton={props.fixButton}
        onSave={props.onSave}
        gone={props.gone === true}
        handle={props.formHandle}
        onRefused={props.onRefused}
      />
    </section>
  );
}
