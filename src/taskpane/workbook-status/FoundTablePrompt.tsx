/**
 * Shown instead of the set-up prompt when the workbook has no PP_Scenarios table but the
 * scenarios are there under another name, or as cells that were a table: set-up would refuse
 * rather than write a second table, so the pane offers to use what it found, after asking.
 */
import { useEffect, useState } from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { SCENARIO_TABLE } from "../../core/scenarios";
import type { FoundScenarioTable, ScenarioStore } from "../../workbook/store";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    alignItems: "flex-start",
  },
});

/** What the store finds while the scenarios are missing; null until found, or when none is. */
export function useFoundTable(store: ScenarioStore, missing: boolean): FoundScenarioTable | null {
  const [found, setFound] = useState<FoundScenarioTable | null>(null);
  useEffect(() => {
    // Nothing to look for while the scenarios are there: no read, no render.
    if (!missing) return;
    let live = true;
    store.findScenarioTable().then(
      (f) => {
        if (live) setFound(f);
      },
      // Nothing found is the same as the plain set-up prompt: set-up says why if it refuses.
      () => {
        if (live) setFound(null);
      }
    );
    return () => {
      live = false;
    };
  }, [store, missing]);
  return missing ? found : null;
}

/** The label of the button that uses the find, as the planner reads it. */
export function foundLabel(found: FoundScenarioTable): string {
  return found.kind === "table" ? `Use table “${found.table}”` : "Make them a table again";
}

interface FoundTablePromptProps {
  readonly found: FoundScenarioTable;
  readonly busy: boolean;
  readonly onUse: (found: FoundScenarioTable) => void;
}

export function FoundTablePrompt({ found, busy, onUse }: FoundTablePromptProps) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby="found-table-heading">
      <Text as="h2" size={500} weight="semibold" id="found-table-heading">
        {found.kind === "table"
          ? "Your scenarios have another table name"
          : "Your scenarios are no longer a table"}
      </Text>
      <Text as="p" block>
        {found.kind === "table"
          ? `The scenarios look to be in the table “${found.table}” on the sheet “${found.sheet}”. The planner reads them from a table called ${SCENARIO_TABLE}: using this table renames it ${SCENARIO_TABLE}, and every row stays as it is.`
          : `Cells ${found.address} of the sheet “${found.sheet}” hold the scenario columns, but not as a table (perhaps it was converted to a range). Making them a table again keeps every cell as it is and names the table ${SCENARIO_TABLE}.`}
      </Text>
      <Text as="p" block>
        Nothing changes until you choose. You can also do it in Excel:{" "}
        {found.kind === "table"
          ? `Table Design > Table Name, ${SCENARIO_TABLE}.`
          : `select the cells, Insert > Table, then name it ${SCENARIO_TABLE}.`}
      </Text>
      <Button appearance="primary" disabledFocusable={busy} onClick={() => onUse(found)}>
        {foundLabel(found)}
      </Button>
    </section>
  );
}
