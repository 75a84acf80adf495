/**
 * The selected scenario's assumptions and notes. Typing changes only the form; Save writes just
 * the fields that differ from the workbook, after checking every one, so a bad entry writes
 * nothing and the typed text stays for the planner to correct.
 */
import {
  useEffect,
  useId,
  useRef,
  useState,
  type FormEvent,
  type MutableRefObject,
  type ReactElement,
} from "react";
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
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
} from "../../core/scenarios";
import type { ScenarioChanges, UpdateOptions } from "../../workbook/store";
import { assumptionUnit, describeAssumption } from "../../core/scenarioInput";
import {
  changedMeanwhile,
  checkSave,
  draftOf,
  fieldChanged,
  formulaFields,
  isDirty,
  mergeDraft,
  notesChangedMeanwhile,
  type Draft,
  type Stored,
} from "./scenarioDraft";
import { fractionHint } from "./entryHints";

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
  readonly onSave: (
    changes: ScenarioChanges,
    expected: ScenarioChanges,
    options?: UpdateOptions
  ) => Promise<boolean>;
  /**
   * The scenario is no longer in the workbook: the typing is kept and Save offers to save it as
   * a new scenario instead.
   */
  readonly gone?: boolean;
  /** Set on each render, so the tab can ask before anything that would drop unsaved typing. */
  readonly handle?: MutableRefObject<FormHandle | null>;
  /** Told when Save found bad entries and wrote nothing. */
  readonly onRefused?: () => void;
}

/** What the tab may ask of the form. */
export interface FormHandle {
  /** True when the form holds typing that is not saved. */
  readonly dirty: boolean;
  /** Saves as the Save button does; resolves true once saved (or nothing to save). */
  readonly save: () => Promise<boolean>;
}

/** A save waiting for the planner to say whether their values replace these fields' formulas. */
interface FormulaQuestion {
  readonly changes: ScenarioChanges;
  readonly expected: ScenarioChanges;
  readonly keys: readonly AssumptionKey[];
}

type Problems = Partial<Record<AssumptionKey, string>>;

export function ScenarioForm(props: ScenarioFormProps) {
  const { scenario, editable, busy, missingColumns, fixButton, onSave } = props;
  const gone = props.gone === true;
  const styles = useStyles();
  const [draft, setDraft] = useState<Draft>(() => draftOf(scenario));
  const [problems, setProblems] = useState<Problems>({});
  const [question, setQuestion] = useState<FormulaQuestion | null>(null);
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

  const write = (): Promise<boolean> => {
    if (!editable) return Promise.resolve(false);
    const check = checkSave(shown);
    if (!check.ok) {
      setProblems(check.problems);
      props.onRefused?.();
      const first = ASSUMPTIONS.find((a) => check.problems[a.key] !== undefined);
      if (first !== undefined) inputs.current.get(first.key)?.focus();
      return Promise.resolve(false);
    }
    setProblems({});
    if (Object.keys(check.changes).length === 0) return Promise.resolve(true);
    const keys = gone ? [] : formulaFields(shown, check.changes);
    if (keys.length > 0) {
      // Saved only once the planner says whether their values replace the formulas.
      setQuestion({ changes: check.changes, expected: check.expected, keys });
      return Promise.resolve(false);
    }
    return onSave(check.changes, check.expected);
  };

  const replaceFormulas = (q: FormulaQuestion): void => {
    setQuestion(null);
    void onSave(q.changes, q.expected, { replaceFormulas: q.keys });
  };

  const save = (event: FormEvent): void => {
    event.preventDefault();
    if (busy) return;
    void write();
  };

  const { handle } = props;
  const mine = useRef<FormHandle | null>(null);
  mine.current = { dirty: editable && dirty, save: write };
  if (handle !== undefined) handle.current = mine.current;
  // Gone with the form, unless the next scenario's form has already taken its place.
  useEffect(
    () => () => {
      if (handle !== undefined && handle.current === mine.current) handle.current = null;
    },
    [handle]
  );

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
      data-assumption={assumption.key}
      contentAfter={
        <span className={styles.unit} aria-hidden="true">
          {assumptionUnit(assumption)}
        </span>
      }
    />
  );

  const discard = (): void => {
    setDraft(draftOf(scenario));
    setProblems({});
    setQuestion(null);
  };

  return (
    <form className={styles.form} onSubmit={save} noValidate aria-label="Scenario values">
      {POINT_ASSUMPTIONS.map((assumption) => (
        <div key={assumption.key} className={styles.range}>
          <Field
            label={fieldLabel(assumption)}
            hint={assumption.help}
            {...validation(assumption, shown, problems[assumption.key], missingColumns, fixButton)}
            {...formulaHint(assumption, shown)}
            {...fractionValidation(assumption, shown, problems[assumption.key], (text) =>
              type(assumption.key, text)
            )}
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
      {question !== null && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {question.keys.map((k) => ASSUMPTIONS.find((a) => a.key === k)?.header ?? k).join(", ")}{" "}
            {question.keys.length > 1 ? "are" : "is"} worked out by a formula in the workbook.
            Replace the formula with the value you typed?
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="primary" onClick={() => replaceFormulas(question)}>
              Replace formula
            </Button>
            <Button size="small" onClick={() => setQuestion(null)}>
              Keep formula
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary" disabledFocusable={busy || !dirty || !editable}>
          {gone ? "Save as a new scenario…" : "Save changes"}
        </Button>
        <Button type="button" disabledFocusable={!dirty} onClick={discard}>
          Discard changes
        </Button>
      </div>
    </form>
  );
}

/**
 * A field whose cell holds a formula says so and shows the formula, as text; typing there and
 * saving asks before the formula is replaced.
 */
function formulaHint(assumption: Assumption, draft: Draft): Pick<FieldProps, "hint"> {
  const formula = draft.source.formulas?.[assumption.key];
  if (formula === undefined) return {};
  return {
    hint: `Worked out by a formula in the workbook: ${formula}. Leave it as it is to keep the formula.`,
  };
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
      validationMessage: "Not set: the plan’s formulas show #N/A until you set it.",
    };
  }
  return { validationState: "none" };
}

/**
 * A fraction typed into a percentage field ("0.02"): kept as typed (0.02%), with the likelier
 * reading (2%) offered in one click. Says nothing when something more pressing is shown.
 */
function fractionValidation(
  assumption: Assumption,
  draft: Draft,
  problem: string | undefined,
  retype: (text: string) => void
): Pick<FieldProps, "validationState" | "validationMessage"> {
  if (problem !== undefined || !fieldChanged(draft, assumption.key)) return {};
  if (changedMeanwhile(draft, assumption.key) !== null) return {};
  const hint = fractionHint(draft.texts[assumption.key], assumption);
  if (hint === null) return {};
  return {
    validationState: "warning",
    validationMessage: (
      <>
        This reads as {hint.typed}%. Did you mean {hint.suggested}%?{" "}
        <Button size="small" appearance="transparent" onClick={() => retype(hint.suggested)}>
          Use {hint.suggested}%
        </Button>
      </>
    ),
  };
}

function describeStored(value: Stored, assumption: Assumption): string {
  if (value === "invalid") return "something that is not a valid value";
  if (value === null) return "empty";
  return describeAssumption(value, assumption);
}
