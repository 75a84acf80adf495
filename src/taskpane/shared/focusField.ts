/**
 * Going to an assumption's box in the scenario form from elsewhere in the pane (the first-run
 * guide, the Plan tab's list of what is missing): the form's inputs carry data-assumption.
 */
import type { AssumptionKey } from "../../core/scenarios";

/** A request to show the active scenario's form with focus in one field; `n` makes each distinct. */
export interface FieldRequest {
  readonly key: AssumptionKey;
  readonly n: number;
}

/** Focuses the field's input once it is rendered and shown, trying for about a second. */
export function focusField(key: AssumptionKey, tries = 20): () => void {
  let timer: number | undefined;
  const attempt = (left: number): void => {
    const input = document.querySelector<HTMLInputElement>(`input[data-assumption="${key}"]`);
    if (input !== null && input.getClientRects().length > 0) {
      input.focus();
      input.scrollIntoView({ block: "center" });
      return;
    }
    if (left > 0) timer = window.setTimeout(() => attempt(left - 1), 50);
  };
  attempt(tries);
  return () => window.clearTimeout(timer);
}
