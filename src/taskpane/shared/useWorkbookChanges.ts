/**
 * Calls `onChange` now and whenever the workbook reports a change, until the component goes away
 * (or `enabled` turns false). Subscribing is asynchronous: a subscription that arrives after the
 * component has gone is ended at once. Excel does not report every change (on the web a choice
 * from a cell's drop-down raises no event: OfficeDev/office-js#3888, #4066), so the pane also
 * reads again when it is shown again after being hidden.
 */
import { useEffect } from "react";
import type { ScenarioStore } from "../../workbook/store";

export function useWorkbookChanges(
  store: ScenarioStore,
  onChange: () => void,
  enabled = true
): void {
  useEffect(() => {
    if (!enabled) return;
    let ended = false;
    let unsubscribe: (() => void) | null = null;
    onChange();
    store.subscribe(onChange).then(
      (stop) => {
        if (ended) stop();
        else unsubscribe = stop;
      },
      () => {
        // Without change events the pane still re-reads after each of its own writes.
      }
    );
    const onShown = (): void => {
      if (document.visibilityState === "visible") onChange();
    };
    document.addEventListener("visibilitychange", onShown);
    return () => {
      ended = true;
      document.removeEventListener("visibilitychange", onShown);
      unsubscribe?.();
    };
  }, [store, onChange, enabled]);
}
