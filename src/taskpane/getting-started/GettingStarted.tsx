/**
 * The first run, shown at the top of the Scenarios tab every time until the planner hides it:
 * three steps (set up scenarios; enter the local share, attrition and completion; insert the
 * planning sheet), each marked done or not from the workbook as it is, with the next one open.
 * Hiding it is remembered in this browser only; nothing is written to the workbook. A "Getting
 * started" button brings it back.
 */
import { useState } from "react";
import { Button, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ASSUMPTIONS, type AssumptionKey, type ScenarioBook } from "../../core/scenarios";
import {
  browserStorage,
  firstRunSteps,
  missingAssumptions,
  nextStep,
  readHidden,
  writeHidden,
  type StepKey,
} from "./firstRun";
import { useViewStyles } from "../shared/styles";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    // Compact, so the next step's button stays on the first screen of a laptop's pane.
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  top: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  steps: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  step: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  stepTitle: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "baseline",
  },
  // The state in words (not colour alone), before the step's name.
  state: {
    flexShrink: 0,
    minWidth: "3.2em",
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
  },
  done: {
    color: tokens.colorPaletteGreenForeground1,
  },
  detail: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    alignItems: "flex-start",
    paddingInlineStart: tokens.spacingHorizontalS,
  },
  reopen: {
    alignSelf: "flex-start",
  },
});

const TITLES: Readonly<Record<StepKey, string>> = {
  setUp: "Set up scenarios",
  assumptions: "Enter your local share, attrition and completion",
  plan: "Insert the planning sheet",
};

interface GettingStartedProps {
  readonly book: ScenarioBook;
  /** The workbook's sheets, null until read. */
  readonly sheets: readonly string[] | null;
  readonly busy: boolean;
  readonly onGoToField: (key: AssumptionKey) => void;
  readonly onInsertPlan: () => void;
}

export function GettingStarted(props: GettingStartedProps) {
  const styles = useStyles();
  const [hidden, setHidden] = useState(() => readHidden(browserStorage()));
  const hide = (value: boolean): void => {
    writeHidden(browserStorage(), value);
    setHidden(value);
  };
  if (hidden) {
    return (
      <Button
        className={styles.reopen}
        size="small"
        appearance="subtle"
        onClick={() => hide(false)}
      >
        Getting started
      </Button>
    );
  }
  return <Steps {...props} onHide={() => hide(true)} />;
}

function Steps({
  book,
  sheets,
  busy,
  onGoToField,
  onInsertPlan,
  onHide,
}: GettingStartedProps & { readonly onHide: () => void }) {
  const styles = useStyles();
  const view = useViewStyles();
  const steps = firstRunSteps(book, sheets);
  const next = nextStep(steps);
  const missing = missingAssumptions(book);
  return (
    <section className={styles.card} aria-labelledby="first-run-heading">
      <div className={styles.top}>
        <Text as="h2" size={400} weight="semibold" id="first-run-heading">
          Getting started
        </Text>
        <Button size="small" appearance="subtle" onClick={onHide}>
          {next === null ? "Hide" : "Skip for now"}
        </Button>
      </div>
      <ol className={styles.steps}>
        {steps.map((step, i) => (
          <li
            key={step.key}
            className={styles.step}
            aria-current={step.key === next ? "step" : undefined}
          >
            <Text className={styles.stepTitle}>
              <span className={mergeClasses(styles.state, step.done && styles.done)}>
                {step.done ? "Done" : step.key === next ? "Next" : "To do"}
              </span>
              <span>
                {i + 1}. {TITLES[step.key]}
              </span>
            </Text>
            {step.key === next && (
              <div className={styles.detail}>
                {step.key === "setUp" && (
                  <Text as="p" block size={200}>
                    Choose <strong>Set up scenarios</strong> below. It adds the sheet “PP Scenarios”
                    with a first scenario, “Central”, holding the plan’s own figures.
                  </Text>
                )}
                {step.key === "assumptions" && (
                  <AssumptionsStep missing={missing.map((a) => a.key)} onGoToField={onGoToField} />
                )}
                {step.key === "plan" && (
                  <>
                    {/* The action first, its explanation after: both fit a laptop's first screen. */}
                    <Button
                      appearance="primary"
                      size="small"
                      disabledFocusable={busy}
                      onClick={onInsertPlan}
                    >
                      Insert planning sheet
                    </Button>
                    <Text as="p" block size={200}>
                      It adds “PP Plan”: you enter baseline and in-post WTE for each service, and
                      its formulas give targets, gaps, growth and intake by year.
                    </Text>
                  </>
                )}
              </div>
            )}
          </li>
        ))}
      </ol>
      {next === null && (
        <Text as="p" block size={200} className={view.hint}>
          Your plan is in the workbook. Enter your figures in its shaded columns; change a scenario
          here and the sheet recalculates.
        </Text>
      )}
    </section>
  );
}

function AssumptionsStep({
  missing,
  onGoToField,
}: {
  readonly missing: readonly AssumptionKey[];
  readonly onGoToField: (key: AssumptionKey) => void;
}) {
  const view = useViewStyles();
  const first = ASSUMPTIONS.find((a) => missing.includes(a.key));
  return (
    <>
      <Text as="p" block size={200}>
        Your <strong>local share</strong> is your system’s part of the national additional posts.{" "}
        <code className={view.code}>PP.SHARE</code> works it out as your population over the
        national population, times a need index (1 is average need).
      </Text>
      <Text as="p" block size={200}>
        For example, with illustrative figures only: a system with 1.2 million of England’s 56.5
        million people and a need index of 1.1,{" "}
        <code className={view.code}>=PP.SHARE(1200000, 56500000, 1.1)</code> gives 2.34%.
      </Text>
      <Text as="p" block size={200}>
        The plan also needs <strong>annual attrition</strong> (staff leaving each year, from your
        turnover data) and <strong>training completion</strong> (trainees who complete and take up
        posts).
      </Text>
      {first !== undefined && (
        <Button appearance="primary" size="small" onClick={() => onGoToField(first.key)}>
          Enter {first.header.toLowerCase()}
        </Button>
      )}
    </>
  );
}
