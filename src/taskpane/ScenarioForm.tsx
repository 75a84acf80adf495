/**
 * The selected scenario's assumptions and notes. Typing changes only the form; Save writes just
 * the fields that differ from the workbook, after checking every one, so a bad entry writes
 * nothing and the typed text stays for the planner to correct.
 */
import { useId, useRef, useState, type FormEvent, type ReactElement } from "react";
import {
  Button,
  Field,
  Input,
  Text,
  Textarea,
  makeStyles,
  tokens,
  type FieldProps,
} from "@fluentui/react-components";
import {
  ASSUMPTIONS,
  POINT_ASSUMPTIONS,
  rangeEndsOf,
  type Assumption,
  type AssumptionKey,
  type ScenarioRow,
} from "../core/scenarios";
import type { ScenarioChanges } from "../workbook/store";
import { formatAssumption } from "../core/scenarioInput";
import {
  changedMeanwhile,
  checkSave,
  draftOf,
  fieldChanged,
  isDirty,
  mergeDraft,
  notesChangedMeanwhile,
  type Draft,
  type Stored,
} from "./scenarioDraft";

const useStyles = makeStyles({
  form: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
  },
  buttons: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
  unit: {
    color: tokens.colorNeutralForeground2,
  },
  range: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    marginBlockStart: `calc(-1 * ${tokens.spacingVerticalS})`,
  },
  toggle: { alignSelf: "flex-start" },
  pair: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalS,
    "& > *": { flex: "1 1 120px", minWidth: 0 },
    "& .fui-Input": { minWidth: 0, width: "100%" },
  },
  rangeHint: { color: tokens.colorNeutralForeground2 },
});

interface ScenarioFormProps {
  readonly scenario: ScenarioRow;
  /** False when another row has the same name: a save would go to that row instead. */
  readonly editable: boolean;
  readonly busy: boolean;
  /** Headers of the columns the table lacks: their fields cannot be saved until it is repaired. */
  readonly missingColumns: readonly string[];
  /** The button that adds them: "Repair table", or "Upgrade workbook" in an earlier workbook. */
  readonly fixButton: string;
  /** Writes the changes; resolves false when the workbook refused them. */
  readonly onSave: (changes: ScenarioChanges, expected: ScenarioChanges) => Promise<boolean>;
}

type Problems = Partial<Record<AssumptionKey, string>>;

export function ScenarioForm(props: ScenarioFormProps) {
  const { scenario, editable, busy, missingColumns, fixButton, onSave } = props;
  const styles = useStyles();
  const [draft, setDraft] = useState<Draft>(() => draftOf(scenario));
  const [problems, setProblems] = useState<Problems>({});
  const inputs = useRef(new Map<AssumptionKey, HTMLInputElement>());

  // A fresh read of the workbook: take its values for every field the planner has not touched.
  let shown = draft;
  if (draft.source !== scenario) {
    shown = mergeDraft(draft, scenario);
    setDraft(shown);
  }
  const dirty = isDirty(shown);

  const type = (key: AssumptionKey, text: string): void => {
    setDraft((d) => ({ ...d, texts: { ...d.texts, [key]: text } }));
    setProblems((p) => (p[key] === undefined ? p : { ...p, [key]: undefined }));
  };

  const save = (event: FormEvent): void => {
    event.preventDefault();
    if (busy || !editable) return;
    const check = checkSave(shown);
    if (!check.ok) {
      setProblems(check.problems);
      const first = ASSUMPTIONS.find((a) => check.problems[a.key] !== undefined);
      if (first !== undefined) inputs.current.get(first.key)?.focus();
      return;
    }
    setProblems({});
    if (Object.keys(check.changes).length > 0) void onSave(check.changes, check.expected);
  };

  const input = (assumption: Assumption) => (
    <Input
      ref={(element) => {
        if (element === null) inputs.current.delete(assumption.key);
        else inputs.current.set(assumption.key, element);
      }}
      value={shown.texts[assumption.key]}
      onChange={(_, data) => type(assumption.key, data.value)}
      readOnly={!editable}
      inputMode={assumption.format === "percent" ? "decimal" : "numeric"}
      autoComplete="off"
      contentAfter={
        <span className={styles.unit} aria-hidden="true">
          {assumption.format === "percent" ? "%" : "years"}
        </span>
      }
    />
  );

  const discard = (): void => {
    setDraft(draftOf(scenario));
    setProblems({});
  };

  return (
    <form className={styles.form} onSubmit={save} noValidate aria-label="Scenario values">
      {POINT_ASSUMPTIONS.map((assumption) => (
        <div key={assumption.key} className={styles.range}>
          <Field
            label={fieldLabel(assumption)}
            hint={assumption.help}
            {...validation(assumption, shown, problems[assumption.key], missingColumns, fixButton)}
          >
            {input(assumption)}
          </Field>
          {rangeEndsOf(assumption.key).length > 0 && (
            <RangeFields
              ends={rangeEndsOf(assumption.key)}
              forceOpen={rangeEndsOf(assumption.key).some(
                (a) =>
                  shown.texts[a.key].trim() !== "" ||
                  problems[a.key] !== undefined ||
                  shown.source.invalid[a.key] !== undefined
              )}
              field={(end) => (
                <Field
                  key={end.key}
                  label={fieldLabel(end)}
                  {...validation(end, shown, problems[end.key], missingColumns, fixButton)}
                >
                  {input(end)}
                </Field>
              )}
              hint={`Low and high ${assumption.header.toLowerCase()} you are 80% sure of (1 in 10 below the low, 1 in 10 above the high). Leave empty for no range: the names ${rangeEndsOf(
                assumption.key
              )
                .map((a) => a.definedName)
                .join(
                  " and "
                )} then give the value itself. The Compare tab shows what the range means for the plan.`}
            />
          )}
        </div>
      ))}
      <Field
        label="Notes"
        hint="Where the figures come from, who agreed them, when."
        {...(notesChangedMeanwhile(shown)
          ? {
              validationState: "warning" as const,
              validationMessage:
                "The notes changed in the workbook since you started editing; Save puts yours in their place.",
            }
          : {})}
      >
        <Textarea
          value={shown.notes}
          onChange={(_, data) => setDraft((d) => ({ ...d, notes: data.value }))}
          readOnly={!editable}
          resize="vertical"
          rows={3}
        />
      </Field>
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary" disabledFocusable={busy || !dirty || !editable}>
          Save changes
        </Button>
        <Button type="button" disabledFocusable={!dirty} onClick={discard}>
          Discard changes
        </Button>
      </div>
    </form>
  );
}

/**
 * The optional 80% range under an assumption, behind a disclosure so the form stays short; open
 * while it holds a value or a problem, so nothing set or wrong is hidden.
 */
function RangeFields({
  ends,
  forceOpen,
  field,
  hint,
}: {
  ends: readonly Assumption[];
  forceOpen: boolean;
  field: (end: Assumption) => ReactElement;
  hint: string;
}) {
  const styles = useStyles();
  const id = useId();
  const [open, setOpen] = useState(false);
  const shown = open || forceOpen;
  return (
    <>
      <Button
        type="button"
        size="small"
        appearance="subtle"
        className={styles.toggle}
        aria-expanded={shown}
        aria-controls={id}
        onClick={() => setOpen(!shown)}
      >
        {shown ? "Hide range (80% likely)" : "Range (80% likely)"}
      </Button>
      <div
        id={id}
        hidden={!shown}
        role="group"
        aria-label={`${ends[0]?.range?.of === "attrition" ? "Attrition" : "Completion"} range (80% likely)`}
      >
        <div className={styles.pair}>{ends.map(field)}</div>
        <Text as="p" block size={200} className={styles.rangeHint}>
          {hint}
        </Text>
      </div>
    </>
  );
}

/** Percentages say so in the label, since the "%" beside the box is not read out. */
function fieldLabel(assumption: Assumption): string {
  return assumption.format === "percent" ? `${assumption.header} (%)` : assumption.header;
}

/** What to say under a field: a refused entry, a bad cell in the workbook, or a value not set. */
function validation(
  assumption: Assumption,
  draft: Draft,
  problem: string | undefined,
  missingColumns: readonly string[],
  fixButton: string
): Pick<FieldProps, "validationState" | "validationMessage"> {
  if (problem !== undefined) return { validationState: "error", validationMessage: problem };
  if (missingColumns.includes(assumption.header)) {
    return {
      validationState: "warning",
      validationMessage: `The table has no “${assumption.header}” column yet: ${fixButton} adds it.`,
    };
  }
  const meanwhile = changedMeanwhile(draft, assumption.key);
  if (meanwhile !== null) {
    return {
      validationState: "warning",
      validationMessage: `Changed in the workbook to ${describeStored(meanwhile.now, assumption)} since you started editing; Save puts yours in its place.`,
    };
  }
  const inWorkbook = draft.source.invalid[assumption.key];
  if (inWorkbook !== undefined && !fieldChanged(draft, assumption.key)) {
    return {
      validationState: "error",
      validationMessage: `In the workbook: ${inWorkbook} Type a value here to replace it when you save.`,
    };
  }
  if (draft.texts[assumption.key].trim() === "" && assumption.range === undefined) {
    return {
      validationState: "warning",
      validationMessage: `Not set: ${assumption.definedName} gives #N/A until you set it.`,
    };
  }
  return { validationState: "none" };
}

function describeStored(value: Stored, assumption: Assumption): string {
  if (value === "invalid") return "something that is not a valid value";
  if (value === null) return "empty";
  const shown = formatAssumption(value, assumption);
  return assumption.format === "percent" ? `${shown}%` : `${shown} years`;
}
