/**
 * Inserting the planning sheet, from the Plan tab or from Compare when there is no plan yet. The
 * plan's formulas use the scenario names, so a workbook without scenarios gets them first; a
 * workbook that already has a plan is asked before a second one is added beside it, naming the
 * sheet it would add. The plan comes with PP Sources, the sources of the figures it uses.
 */
import { useRef, useState, type ReactElement } from "react";
import { Text } from "@fluentui/react-components";
import { PLAN_SHEET, PLAN_TABLE } from "../../core/planNames";
import { findScenario, type ScenarioBook } from "../../core/scenarios";
import { ScenarioActionError } from "../../workbook/store";
import type { PlannerStore } from "../shared/plannerStore";
import { writeSources } from "../sharing";
import { describeFailure, type Write } from "../scenarios";
import { useActOnce } from "../shared/useActOnce";
import { ConfirmDialog, WhenNeeded } from "../lazyViews";
import { SOURCES_SHEET } from "../workbook-status";

/** The horizon the plan's chart is sized for when no scenario gives one: the plan's 4 years. */
export const DEFAULT_HORIZON = 4;

interface PlanInsertionOptions {
  readonly store: PlannerStore;
  readonly book: ScenarioBook | null;
  readonly write: (w: Write) => Promise<boolean>;
  readonly fail: (title: string, error: unknown) => void;
  readonly onInserted: (sheet: string) => void;
  /** PP Sources was written, with this stamp. */
  readonly onSourcesWritten: (made: string) => void;
}

export interface PlanInsertion {
  /** Starts the insertion: asks first when a plan sheet exists. */
  readonly start: () => void;
  /** True while the pane checks for an existing plan before asking. */
  readonly checking: boolean;
  readonly dialog: ReactElement;
}

export function usePlanInsertion(options: PlanInsertionOptions): PlanInsertion {
  const { store, book, write, fail, onInserted, onSourcesWritten } = options;
  // An object per question, so its answer is acted on once (see useActOnce).
  const [asking, setAsking] = useState<{ readonly sheet: string } | null>(null);
  const [checking, setChecking] = useState(false);
  const shown = useRef<{ readonly sheet: string } | null>(null);
  if (asking !== null) shown.current = asking;
  const { done, act } = useActOnce(shown.current);

  const insert = (): void => {
    const missing = book?.status === "missing";
    const active = book === null ? -1 : findScenario(book.scenarios, book.active);
    const horizon =
      (book === null ? null : book.scenarios[active]?.values.horizon) ?? DEFAULT_HORIZON;
    let inserted = "";
    const sources = `“${SOURCES_SHEET.sheet}”`;
    void write({
      busy: missing
        ? "Setting up scenarios, then inserting the planning sheet…"
        : "Inserting the planning sheet…",
      done: () =>
        `${missing ? "Set up scenarios, inserted" : "Inserted"} the sheet “${inserted}” and wrote the sources of its figures to ${sources}.`,
      action: () => (inserted === "" ? "insert the planning sheet" : `write ${sources}`),
      run: async () => {
        // The sheet's builder is a script of its own, fetched once the first screen is up.
        const { planSpec } = await import(/* webpackChunkName: "sheet-specs" */ "../../core/planSheet"); // prettier-ignore
        if (missing) await store.setUp();
        const result = await store.insertSheet({ sheet: PLAN_SHEET, table: PLAN_TABLE }, (n) =>
          planSpec(n.sheet, n.table, horizon)
        );
        inserted = result.sheet;
        onInserted(result.sheet);
        try {
          onSourcesWritten(await writeSources(store));
        } catch (error) {
          throw new ScenarioActionError(
            `The sheet “${inserted}” was inserted. ${describeFailure(error)} Then choose Refresh sources in the Plan area.`
          );
        }
      },
    });
  };

  const start = (): void => {
    if (checking) return;
    setChecking(true);
    const base = { sheet: PLAN_SHEET, table: PLAN_TABLE };
    store
      .readPlan()
      .then(async (plan) => (plan === null ? null : (await store.nextSheetNames(base)).sheet))
      .then(
        (next) => {
          setChecking(false);
          if (next === null) insert();
          else setAsking({ sheet: next });
        },
        (error: unknown) => {
          setChecking(false);
          fail("Could not check the workbook for a plan sheet.", error);
        }
      );
  };

  const dialog = (
    <WhenNeeded needed={asking !== null} what="the question">
      <ConfirmDialog
        open={asking !== null}
        title="Add another planning sheet?"
        confirm="Add another"
        answered={done}
        onConfirm={() =>
          act(() => {
            setAsking(null);
            insert();
          })
        }
        onCancel={() => setAsking(null)}
      >
        <Text as="p" block>
          A {PLAN_SHEET} sheet already exists. Add another ({shown.current?.sheet}), leaving the
          first as it is?
        </Text>
      </ConfirmDialog>
    </WhenNeeded>
  );

  return { start, checking, dialog };
}
