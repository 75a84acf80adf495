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
} from "../../core/scenarios";
import { successorOf } from "../../workbook/actions";
import type {
  FoundScenarioTable,
  ScenarioChanges,
  ScenarioStore,
  UpdateOptions,
} from "../../workbook/store";
import { FoundTablePrompt, useFoundTable } from "../workbook-status";
import type { DeleteRequest } from "./DeleteDialog";
import { focusField, type FieldRequest } from "../shared/focusField";
import { formatPercent, formatYears, scenarioLabel } from "../shared/format";
import {
  ActivePreview,
  DeleteDialog,
  NameDialog,
  UnsavedDialog,
  WhenNeeded,
  useAfterFirstScreen,
} from "../lazyViews";
import type { NameRequest } from "./NameDialog";
import { ProblemList } from "../workbook-status";
import type { FormHandle } from "./ScenarioForm";
import { ScenarioList } from "./ScenarioList";
import { ScenarioPanel } from "./ScenarioPanel";
import { isEditable, isGone, resolveSelection, selectionOf, type Selection } from "./selection";
import { SetUpPrompt } from "../workbook-status";
import type { Write } from "./useScenarioBook";
import type { UnsavedRequest } from "./UnsavedDialog";
import { fixButton, needsUpgrade } from "../workbook-status";

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
  readonly refuse?: (title: string, text: string) => void;
  /** Show the active scenario with focus in this assumption's box (from the guide or Plan tab). */
  readonly fieldRequest?: FieldRequest | null;
}

export function ScenariosTab(props: ScenariosTabProps) {
  const { store, book, loadProblem, busy, write, reload, refuse, fieldRequest = null } = props;
  if (book !== null) {
    return (
      <BookView
        store={store}
        book={book}
        busy={busy}
        write={write}
        refuse={refuse}
        fieldRequest={fieldRequest}
      />
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
  readonly refuse?: (title: string, text: string) => void;
  readonly fieldRequest: FieldRequest | null;
}

function BookView({ store, book, busy, write, refuse, fieldRequest }: BookViewProps) {
  const [selection, setSelection] = useState<Selection | null>(null);
  // A new key whenever the planner picks a scenario, so its form starts from the workbook.
  const [formKey, setFormKey] = useState(0);
  const [nameRequest, setNameRequest] = useState<NameRequest | null>(null);
  const [deleteRequest, setDeleteRequest] = useState<DeleteRequest | null>(null);
  // The scenario last shown, kept when its name leaves the table so the typing stays with it.
  const lastShown = useRef<ScenarioRow | null>(null);
  const [unsavedRequest, setUnsavedRequest] = useState<UnsavedRequest | null>(null);
  const form = useRef<FormHandle | null>(null);
  // The preview table sits below the form: it loads once the form is on screen.
  const previewShown = useAfterFirstScreen(true);

  const select = (next: Selection | null): void => {
    if (next === null) lastShown.current = null;
    setSelection(next);
    setFormKey((k) => k + 1);
  };

  const found = useFoundTable(store, book.status === "missing");
  const setUp = (repair: boolean, use?: FoundScenarioTable): void =>
    void write({
      busy: repair ? "Repairing the scenario table…" : "Setting up scenarios…",
      done: repair ? "Repaired the scenario table." : "Scenarios are set up.",
      action: repair ? "repair the scenario table" : "set up the scenarios",
      run: () => store.setUp(use === undefined ? {} : { use }),
    });

  // Until the planner picks one, the form shows the active scenario: that one, not whichever is
  // active later, is what they typed for.
  const current = selection ?? (lastShown.current === null ? null : selectionOf(lastShown.current));
  const goneRow = isGone(book, current) ? lastShown.current : null;
  const selected = goneRow === null ? resolveSelection(book, current) : undefined;
  if (selected !== undefined) lastShown.current = selected;
  const shown = goneRow ?? selected;
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
      const go = (): void => select(selectionOf(activeRow));
      const typing = form.current;
      if (shown === undefined || typing === null || !typing.dirty) {
        go();
        return;
      }
      // Typing in another scenario's form: ask once; going on shows the box after all.
      const request = fieldRequest.n;
      handled.current = request;
      setUnsavedRequest({
        name: shown.name,
        doing: "go to the box asked for",
        save: typing.save,
        proceed: () => {
          handled.current = request - 1;
          go();
        },
      });
      return;
    }
    handled.current = fieldRequest.n;
    focusField(fieldRequest.key);
  });

  if (book.status === "missing") {
    // Scenarios found under another name: offered, never set up beside.
    if (found !== null) {
      return <FoundTablePrompt found={found} busy={busy} onUse={(f) => setUp(false, f)} />;
    }
    return <SetUpPrompt busy={busy} onSetUp={() => setUp(false)} />;
  }
  const activeName = activeRow?.name ?? "";
  const isActive = (scenario: ScenarioRow): boolean => scenario.row === activeRow?.row;

  /** Goes on at once, or first asks to save, discard or stay when the form holds typing. */
  const unlessUnsaved = (doing: string, proceed: () => void): void => {
    const typing = form.current;
    if (shown === undefined || typing === null || !typing.dirty) {
      proceed();
      return;
    }
    setUnsavedRequest({ name: shown.name, doing, save: typing.save, proceed });
  };

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
    expected: ScenarioChanges,
    options?: UpdateOptions
  ): Promise<boolean> =>
    write({
      busy: "Saving changes…",
      done: `Saved changes to “${scenarioLabel(target.name)}”.`,
      action: "save the changes",
      run: () => store.update(target.name, changes, expected, options),
    });

  // The typing for a scenario that has gone: its values as last read, with the typed changes.
  const saveAsNew = (gone: ScenarioRow, changes: ScenarioChanges): Promise<boolean> =>
    new Promise((resolve) =>
      setNameRequest({
        title: "Save as a new scenario",
        description: `“${scenarioLabel(gone.name)}” is no longer in the workbook. The new scenario gets the values you see in the form.`,
        initialName: copyName(book.scenarios, gone.name),
        submitLabel: "Save",
        check: (name) => nameProblem(book.scenarios, name),
        submit: async (name) => {
          const { notes, ...values } = changes;
          const added = await write({
            busy: `Adding “${name}”…`,
            done: `Saved your values as “${name}”.`,
            action: "save the values as a new scenario",
            run: () =>
              store.add({
                name,
                values: { ...gone.values, ...values },
                notes: notes ?? gone.notes,
              }),
          });
          if (added) select({ name, row: -1 });
          resolve(added);
        },
      })
    );

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
          if (selected?.row === scenario.row) return;
          unlessUnsaved(`choose “${scenarioLabel(scenario.name)}”`, () =>
            select(selectionOf(scenario))
          );
        }}
        onAdd={() => unlessUnsaved("add a scenario", add)}
      />
      {shown !== undefined && (
        // One panel for both, so the form (and what was typed in it) stays when its scenario goes.
        <ScenarioPanel
          scenario={shown}
          active={activeName}
          isActive={goneRow === null && isActive(shown)}
          editable={goneRow !== null || isEditable(book, shown)}
          gone={goneRow !== null}
          busy={busy}
          missingColumns={book.missingColumns}
          fixButton={fixButton(book)}
          formKey={formKey}
          onMakeActive={() => makeActive(shown)}
          onRename={() => rename(shown)}
          onDuplicate={() => unlessUnsaved("duplicate it", () => duplicate(shown))}
          onDelete={() => unlessUnsaved("delete it", () => remove(shown))}
          onSave={(changes, expected, options) =>
            goneRow !== null ? saveAsNew(goneRow, changes) : save(shown, changes, expected, options)
          }
          formHandle={form}
          onRefused={() =>
            refuse?.(
              "Nothing was saved.",
              "Correct the values marked in the form, then save again."
            )
          }
        />
      )}
      <WhenNeeded needed={previewShown} what="the preview of the active scenario">
        <ActivePreview book={book} />
      </WhenNeeded>
      <WhenNeeded needed={nameRequest !== null} what="the dialog">
        <NameDialog request={nameRequest} onClose={() => setNameRequest(null)} />
      </WhenNeeded>
      <WhenNeeded needed={deleteRequest !== null} what="the dialog">
        <DeleteDialog request={deleteRequest} onClose={() => setDeleteRequest(null)} />
      </WhenNeeded>
      <WhenNeeded needed={unsavedRequest !== null} what="the dialog">
        <UnsavedDialog request={unsavedRequest} onClose={() => setUnsavedRequest(null)} />
      </WhenNeeded>
    </>
  );
}
