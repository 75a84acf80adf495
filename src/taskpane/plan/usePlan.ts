/**
 * The plan sheet's input cells as last read from the workbook, for the views that need them (the
 * Plan and Compare tabs): read when such a view shows, after each of the pane's writes, whenever
 * the workbook reports a change (the plan sheet's included, once it has been read), and on request.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { PlanInputs } from "../../core/planSheet";
import type { PlanTable } from "../../workbook/store";
import { chosenPlan } from "../compare";
import type { PlannerStore } from "../shared/plannerStore";
import { describeFailure } from "../scenarios";
import { useWorkbookChanges } from "../shared/useWorkbookChanges";

export interface PlanState {
  /** undefined until read; null when the workbook has no plan sheet. */
  readonly plan: PlanInputs[] | null | undefined;
  /** Why the last read failed. */
  readonly problem: string | null;
  readonly reading: boolean;
  readonly reload: () => void;
  /** The workbook's plan sheets (PP Plan, PP Plan 2, ...); empty until read. */
  readonly plans: readonly PlanTable[];
  /** The plan sheet `plan` was read from; null when there is none. */
  readonly shown: PlanTable | null;
  /** Reads another plan sheet, by its table, and keeps to it while it exists. */
  readonly choose: (table: string) => void;
}

export function usePlan(store: PlannerStore, enabled: boolean, writes: number): PlanState {
  const [plan, setPlan] = useState<PlanInputs[] | null | undefined>(undefined);
  const [problem, setProblem] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const [plans, setPlans] = useState<readonly PlanTable[]>([]);
  const [shown, setShown] = useState<PlanTable | null>(null);
  const choice = useRef<string | null>(null);
  const latest = useRef(0);
  const live = useRef(true);

  const read = useCallback(async (): Promise<void> => {
    const ticket = ++latest.current;
    setReading(true);
    try {
      // A workbook may hold several plan sheets: read the chosen one (else the first).
      const listed = store.listPlans === undefined ? null : await store.listPlans();
      const table = listed === null ? null : chosenPlan(listed, choice.current);
      const next =
        listed === null
          ? await store.readPlan()
          : table === null
            ? null
            : await store.readPlan(table.table);
      if (!live.current || ticket !== latest.current) return;
      setPlans(listed ?? []);
      setShown(table);
      setPlan(next);
      setProblem(null);
    } catch (error) {
      if (!live.current || ticket !== latest.current) return;
      setProblem(describeFailure(error));
    } finally {
      if (live.current && ticket === latest.current) setReading(false);
    }
  }, [store]);

  useWorkbookChanges(store, read, enabled);

  // After each of the pane's own writes (Excel may not report a sheet the pane inserted).
  const seenWrites = useRef(writes);
  useEffect(() => {
    if (seenWrites.current === writes) return;
    seenWrites.current = writes;
    if (enabled) void read();
  }, [writes, enabled, read]);

  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  const reload = useCallback(() => void read(), [read]);
  const choose = useCallback(
    (table: string) => {
      choice.current = table;
      void read();
    },
    [read]
  );
  return { plan, problem, reading, reload, plans, shown, choose };
}
