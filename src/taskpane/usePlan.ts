/**
 * The plan sheet's input cells as last read from the workbook, for the views that need them (the
 * Plan and Compare tabs): read when such a view shows, after each of the pane's writes, whenever
 * the workbook reports a change (the plan sheet's included, once it has been read), and on request.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { PlanInputs } from "../core/planSheet";
import type { PlannerStore } from "./plannerStore";
import { describeFailure } from "./useScenarioBook";
import { useWorkbookChanges } from "./useWorkbookChanges";

export interface PlanState {
  /** undefined until read; null when the workbook has no plan sheet. */
  readonly plan: PlanInputs[] | null | undefined;
  /** Why the last read failed. */
  readonly problem: string | null;
  readonly reading: boolean;
  readonly reload: () => void;
}

export function usePlan(store: PlannerStore, enabled: boolean, writes: number): PlanState {
  const [plan, setPlan] = useState<PlanInputs[] | null | undefined>(undefined);
  const [problem, setProblem] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const latest = useRef(0);
  const live = useRef(true);

  const read = useCallback(async (): Promise<void> => {
    const ticket = ++latest.current;
    setReading(true);
    try {
      const next = await store.readPlan();
      if (!live.current || ticket !== latest.current) return;
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
  return { plan, problem, reading, reload };
}
