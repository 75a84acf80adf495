/**
 * The Scenarios tab: an editor over the workbook's PP_Scenarios table. Every write goes to the
 * store and the tab then shows the table as read back, never a copy of its own.
 */
import { useEffect, useRef, useState } from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from "@fluentui/react-components";
import {
  copyName,
  findScenario,
  initialValues,
  nameProblem,
  newScenarioName,
  type ScenarioBook,
  type ScenarioRow,
} from "../core/scenarios";
import { successorOf } from "../workbook/actions";
import type { ScenarioChanges, ScenarioStore } from "../workbook/store";
import { ActivePreview } from "./ActivePreview";
import { DeleteDialog, type DeleteRequest } from "./DeleteDialog";
import { focusField, type FieldRequest } from "./focusField";
import { formatPercent, formatYears, scenarioLabel } from "./format";
import { NameDialog, type NameRequest } from "./NameDialog";
import { ProblemList } from "./ProblemList";
import { ScenarioList } from "./ScenarioList";
import { ScenarioPanel } from "./ScenarioPanel";
import { isEditable, resolveSelection, selectionOf, type Selection } from "./selection";
import { SetUpPrompt } from "./SetUpPrompt";
import type { Write } from "./useScenarioBook";
import { fixButton, needsUpgrade } from "./workbookState";

const NEW_SCENARIO_DESCRIPTION = ((): string => {
  const plan = initialValues();
  const planned =
    plan.minGrowth !== null && plan.horizon !== null
      ? ` (${formatPercent(plan.minGrowth)} minimum growth over ${formatYears(plan.horizon)})`
      : "";
  return `The new scenario starts with the plan’s own figures${planned}. Set your local share and other assumptions after adding it.`;
})();

interface ScenariosTabProps {
  readonly store: ScenarioStore;
  readonly book: ScenarioBook | null;
  readonly loadProblem: string | null;
  readonly busy: boolean;
  readonly write: (write: Write) => Promise<boolean>;
  readonly reload: () => void;
  /** Show the active scenario with focus in this assumption's box (from the guide or Plan tab). */
  readonly fieldRequest?: FieldRequest | null;
}

export function ScenariosTab({
  store,
  book,
  loadProblem,
  busy,
  write,
  reload,
  fieldRequest = null,
}: ScenariosTabProps) {
  if (book !== null) {
    return (
      <BookView store={store} book={book} busy={busy} write={write} fieldRequest={fieldRequest} />
    );
  }
  if (loadProblem !== null) {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Could not read the scenario table.</MessageBarTitle> {loadProblem}
        </MessageBarBody>
        <MessageBarActions>
          <Button size="small" onClick={reload}>
            Try again
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  return <Spinner size="small" label="Reading the scenario table…" />;
}

interface BookViewProps {
  readonly store: ScenarioStore;
  readonly book: ScenarioBook;
  readonly busy: boolean;
  readonly write: (write: Write) => Promise<boolean>;
  readonly fieldRequest: FieldRequest | null;
}

function BookView({ store, book, busy, write, fieldRequest }: BookViewProps) {
  const [selection, setSelection] = useState<Selection | null>(null);
  // A new key whenever the planner picks a scenario, so its form starts from the workbook.
  const [formKey, setFormKey] = useState(0);
  const [nameRequest, setNameRequest] = useState<NameRequest | null>(null);
  const [deleteRequest, setDeleteRequest] = useState<DeleteRequest | null>(null);

  const select = (next: Selection | null): void => {
    setSelection(next);
    setFormKey((k) => k + 1);
  };

  const setUp = (repair: boolean): void =>
    void write({
      busy: repair ? "Repairing the scenario table…" : "Setting up scenarios…",
      done: repair ? "Repaired the scenario table." : "Scenarios are set up.",
      action: repair ? "repair the scenario table" : "set up the scenarios",
      run: () => store.setUp(),
    });

  const selected = resolveSelection(book, selection);
  const activeIndex = book.active === "" ? -1 : findScenario(book.scenarios, book.active);
  const activeRow = book.scenarios[activeIndex];

  // A request to go to an assumption: show the active scenario's form (as choosing it in the list
  // does), then focus the box once that form is the one shown.
  const handled = useRef(fieldRequest?.n ?? 0);
  useEffect(() => {
    if (fieldRequest === null || handled.current === fieldRequest.n || activeRow === undefined) {
      return;
    }
    if (selected?.row !== activeRow.row) {
      select(selectionOf(activeRow));
      return;
    }
    handled.current = fieldRequest.n;
    focusField(fieldRequest.key);
  });

  if (book.status === "missing") {
    return <SetUpPrompt busy={busy} onSetUp={() => setUp(false)} />;
  }
  const activeName = activeRow?.name ?? "";
  const isActive = (scenario: ScenarioRow): boolean => scenario.row === activeRow?.row;

  const add = (): void =>
    setNameRequest({
      title: "Add a scenario",
      description: NEW_SCENARIO_DESCRIPTION,
      initialName: newScenarioName(book.scenarios),
      submitLabel: "Add",
      check: (name) => nameProblem(book.scenarios, name),
      submit: async (name) => {
        const added = await write({
          busy: `Adding “${name}”…`,
          done: `Added “${name}”.`,
          action: "add the scenario",
          run: () => store.add({ name, values: initialValues(), notes: "" }),
        });
        if (added) select({ name, row: -1 });
      },
    });

  const duplicate = (from: ScenarioRow): void =>
    setNameRequest({
      title: `Duplicate “${scenarioLabel(from.name)}”`,
      description: "The copy gets the same values and notes, under a new name.",
      initialName: copyName(book.scenarios, from.name),
      submitLabel: "Duplicate",
      check: (name) => nameProblem(book.scenarios, name),
      submit: async (name) => {
        const copied = await write({
          busy: `Copying “${from.name}”…`,
          done: `Copied “${from.name}” as “${name}”.`,
          action: "copy the scenario",
          run: () => store.duplicate(from.name, name),
        });
        if (copied) select({ name, row: -1 });
      },
    });

  const rename = (from: ScenarioRow): void =>
    setNameRequest({
      title: `Rename “${scenarioLabel(from.name)}”`,
      description: isActive(from)
        ? "It is the active scenario: the active-scenario cell takes the new name too, so formulas keep using it."
        : "Only the name changes; the values and notes stay as they are.",
      initialName: from.name,
      submitLabel: "Rename",
      check: (name) => nameProblem(book.scenarios, name, from.name),
      submit: async (name) => {
        const renamed = await write({
          busy: `Renaming “${scenarioLabel(from.name)}”…`,
          done: `Renamed “${scenarioLabel(from.name)}” to “${name}”.`,
          action: "rename the scenario",
          run: () => store.rename(from.name, name),
        });
        // Same row, new name: unsaved typing in the form stays.
        if (renamed) setSelection({ name, row: from.row });
      },
    });

  const remove = (target: ScenarioRow): void =>
    setDeleteRequest({
      name: target.name,
      isActive: isActive(target),
      successor: successorOf(book, target),
      confirm: () =>
        void write({
          busy: `Deleting “${scenarioLabel(target.name)}”…`,
          done: `Deleted “${scenarioLabel(target.name)}”.`,
          action: "delete the scenario",
          run: () => store.remove(target.name),
        }).then((deleted) => {
          if (deleted) select(null);
        }),
    });

  const makeActive = (target: ScenarioRow): void =>
    void write({
      busy: `Making “${target.name}” active…`,
      done: `“${target.name}” is now the active scenario; formulas recalculate with its values.`,
      action: "change the active scenario",
      run: () => store.setActive(target.name),
    });

  const save = (
    target: ScenarioRow,
    changes: ScenarioChanges,
    expected: ScenarioChanges
  ): Promise<boolean> =>
    write({
      busy: "Saving changes…",
      done: `Saved changes to “${scenarioLabel(target.name)}”.`,
      action: "save the changes",
      run: () => store.update(target.name, changes, expected),
    });

  return (
    <>
      {book.problems.length > 0 && (
        <ProblemList
          book={book}
          upgrade={needsUpgrade(book)}
          busy={busy}
          onRepair={() => setUp(true)}
        />
      )}
      <ScenarioList
        scenarios={book.scenarios}
        active={book.active}
        selected={selected}
        busy={busy}
        onSelect={(scenario) => {
          if (selected?.row !== scenario.row) select(selectionOf(scenario));
        }}
        onAdd={add}
      />
      {selected !== undefined && (
        <ScenarioPanel
          scenario={selected}
          active={activeName}
          isActive={isActive(selected)}
          editable={isEditable(book, selected)}
          busy={busy}
          missingColumns={book.missingColumns}
          fixButton={fixButton(book)}
          formKey={formKey}
          onMakeActive={() => makeActive(selected)}
          onRename={() => rename(selected)}
          onDuplicate={() => duplicate(selected)}
          onDelete={() => remove(selected)}
          onSave={(changes, expected) => save(selected, changes, expected)}
        />
      )}
      <ActivePreview book={book} />
      <NameDialog request={nameRequest} onClose={() => setNameRequest(null)} />
      <DeleteDialog request={deleteRequest} onClose={() => setDeleteRequest(null)} />
    </>
  );
}
