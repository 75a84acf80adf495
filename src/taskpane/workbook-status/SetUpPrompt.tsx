/** Shown when the workbook has no scenario table: what setting up adds, and the button to do it. */
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ACTIVE_NAME, ASSUMPTIONS, SCENARIO_SHEET, SCENARIO_TABLE } from "../../core/scenarios";
import { MoreAbout } from "../shared/MoreAbout";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    alignItems: "flex-start",
  },
});

interface SetUpPromptProps {
  readonly busy: boolean;
  readonly onSetUp: () => void;
}

export function SetUpPrompt({ busy, onSetUp }: SetUpPromptProps) {
  const styles = useStyles();
  const names = ASSUMPTIONS.map((a) => a.definedName).join(", ");
  return (
    <section className={styles.section} aria-labelledby="setup-heading">
      <Text as="h2" size={500} weight="semibold" id="setup-heading">
        No scenarios in this workbook yet
      </Text>
      <Text as="p" block>
        Scenarios live in the workbook, so everyone who opens it sees the same ones.
      </Text>
      <Button appearance="primary" disabledFocusable={busy} onClick={onSetUp}>
        Set up scenarios
      </Button>
      <MoreAbout label="What setting up adds">
        <span>
          A sheet “{SCENARIO_SHEET}” with a table {SCENARIO_TABLE} holding a first scenario,
          “Central”, a cell {ACTIVE_NAME} naming the active scenario, and the names {names} that
          your formulas can use.
        </span>
      </MoreAbout>
    </section>
  );
}
