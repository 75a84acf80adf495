/** The planning sheet: what it holds, whether the workbook has one, and the button to insert it. */
import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  useRestoreFocusTarget,
} from "@fluentui/react-components";
import { PLAN_ROWS, PLAN_SHEET, PLAN_TABLE } from "../../core/planSheet";
import { ASSUMPTIONS, type AssumptionKey, type ScenarioBook } from "../../core/scenarios";
import { MissingAssumptions } from "../getting-started";
import { MoreAbout } from "../shared/MoreAbout";
import { useViewStyles } from "../shared/styles";
import type { PlanState } from "./usePlan";

interface PlanTabProps {
  readonly book: ScenarioBook | null;
  readonly plan: PlanState;
  readonly busy: boolean;
  readonly preview: boolean;
  readonly onInsert: () => void;
  /** Shows the active scenario's form with focus in that assumption's box. */
  readonly onGoToField: (key: AssumptionKey) => void;
}

export function PlanTab({ book, plan, busy, preview, onInsert, onGoToField }: PlanTabProps) {
  const styles = useViewStyles();
  const restoreFocusHere = useRestoreFocusTarget();
  const names = ASSUMPTIONS.map((a) => a.definedName).join(", ");
  return (
    <section className={styles.section} aria-labelledby="plan-heading">
      <Text as="h2" size={500} weight="semibold" id="plan-heading">
        Planning sheet
      </Text>
      <Text as="p" block>
        A sheet with a row for each service area and staff group: enter your staff, and it works out
        your target, the gap and the intake needed with the active scenario.
      </Text>
      {book?.status === "missing" && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            This workbook has no scenarios yet. Inserting the sheet sets them up first, with a first
            scenario “Central”, because the plan’s formulas use their names.
          </MessageBarBody>
        </MessageBar>
      )}
      <MissingAssumptions book={book} onGoToField={onGoToField} />
      <PlanStatus plan={plan} />
      <div className={styles.actions}>
        <Button
          appearance="primary"
          {...restoreFocusHere}
          disabledFocusable={busy || book === null}
          onClick={onInsert}
        >
          Insert planning sheet
        </Button>
      </div>
      <MoreAbout label="What the sheet holds">
        <span>
          Inserts a sheet “{PLAN_SHEET}” with a table {PLAN_TABLE}: one row for each of the{" "}
          {PLAN_ROWS.length} service areas and staff groups of Tables 1 and 2. You enter the
          baseline, the WTE in post, trainees in the pipeline and expected leavers; PP formulas give
          the national additional WTE, your target, the gap, growth, whether it meets the minimum
          and the intake needed a year, with a trajectory by year and a chart.
        </span>
        <span>
          The formulas use the active scenario through the names {names}, so switching scenario
          recalculates the sheet.
        </span>
      </MoreAbout>
      {preview && (
        <Text as="p" block size={200} className={styles.hint}>
          In this preview the inserted sheet shows under “Preview workbook” below, where you can
          type into its input cells.
        </Text>
      )}
    </section>
  );
}

function PlanStatus({ plan }: { plan: PlanState }) {
  const styles = useViewStyles();
  if (plan.problem !== null) {
    return (
      <Text as="p" block>
        Could not check for a plan sheet: {plan.problem}
      </Text>
    );
  }
  if (plan.plan === undefined) return <Spinner size="extra-tiny" label="Looking for a plan…" />;
  return (
    <Text as="p" block className={styles.hint}>
      {plan.plan === null
        ? `The workbook has no ${PLAN_SHEET} sheet yet.`
        : `The workbook has a ${PLAN_SHEET} sheet already: inserting adds another beside it and leaves the first as it is.`}
    </Text>
  );
}
