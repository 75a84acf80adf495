/**
 * What the active scenario lacks before a planning sheet would show #N/A: each empty assumption
 * by name, with a button that goes to its box in the scenario form.
 */
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
} from "@fluentui/react-components";
import type { AssumptionKey, ScenarioBook } from "../../core/scenarios";
import { activeScenario, missingAssumptions } from "./firstRun";
import { useViewStyles } from "../shared/styles";

interface MissingAssumptionsProps {
  readonly book: ScenarioBook | null;
  readonly onGoToField: (key: AssumptionKey) => void;
}

export function MissingAssumptions({ book, onGoToField }: MissingAssumptionsProps) {
  const styles = useViewStyles();
  if (book === null || book.status !== "ready") return null;
  const missing = missingAssumptions(book);
  if (missing.length === 0) return null;
  const active = activeScenario(book);
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          {active === undefined
            ? "No scenario is active."
            : `“${active.name}” is missing ${missing.length === 1 ? "an assumption" : "assumptions"}.`}
        </MessageBarTitle>{" "}
        {active === undefined
          ? "Make a scenario active on the Scenarios tab: until then the plan’s formulas show #N/A."
          : "Until you set them, the cells of the planning sheet that use them show #N/A:"}
        {active !== undefined && (
          <ul className={styles.list}>
            {missing.map((a) => (
              <li key={a.key}>
                <Text>
                  {a.header} ({a.definedName}){" "}
                </Text>
                <Button size="small" appearance="transparent" onClick={() => onGoToField(a.key)}>
                  Set {a.header.toLowerCase()}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
