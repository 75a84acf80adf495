/**
 * The selected scenario's assumptions and notes. Typing changes only the form; Save writes just
 * the fields that differ from the workbook, after checking every one, so a bad entry writes
 * nothing and the typed text stays for the planner to correct.
 */
import { useRef, useState, type FormEvent } from "react";
import {
  Button,
  Field,
  Input,
  Textarea,
  makeStyles,
  tokens,
  type FieldProps,
} from "@fluentui/react-components";
import {
  ASSUMPTIONS,
  type Assumption,
  type AssumptionKey,
  type ScenarioRow,
} from "../core/scenarios";
import type { ScenarioChanges } from "../workbook/store";
import { assumptionUnit, describeAssumption } from "../core/scenarioInput";
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

  const discard = (): void => {
    setDraft(draftOf(scenario));
    setProblems({});
  };

  return (
    <form className={styles.form} onSubmit={save} noValidate aria-label="Scenario values">
      {ASSUMPTIONS.map((assumption) => (
        <Field
          key={assumption.key}
          label={fieldLabel(assumption)}
          hint={assumption.help}
          {...validation(assumption, shown, problems[assumption.key], missingColumns, fixButton)}
        >
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
        </Field>
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
  if (draft.texts[assumption.key].trim() === "") {
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
  return describeAssumption(value, assumption);
}
