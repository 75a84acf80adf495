/**
 * The pane's view of the workbook's scenarios. The workbook is the only truth: the book shown is
 * always the last one read, re-read after every write and whenever the sheet changes, so edits
 * made by hand or by a co-author show up and the pane never keeps its own copy.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { ScenarioBook } from "../../core/scenarios";
import { ScenarioActionError, type ScenarioStore } from "../../workbook/store";
import { useWorkbookChanges } from "../shared/useWorkbookChanges";

/** A write the pane asks of the workbook, with the words to show while and after it runs. */
export interface Write {
  /** Shown while the write runs, e.g. "Saving changes…". */
  readonly busy: string;
  /**
   * Announced when it succeeds, e.g. "Saved changes to Central."; a function when the words
   * depend on what the write did (the name a sheet was given).
   */
  readonly done: string | (() => string);
  /**
   * What the write does, completing "Could not …", e.g. "save the changes"; a function when it
   * depends on how far the write got.
   */
  readonly action: string | (() => string);
  readonly run: () => Promise<unknown>;
}

export type Outcome =
  | { readonly kind: "done"; readonly text: string }
  | { readonly kind: "error"; readonly title: string; readonly text: string };

export interface ScenarioBookState {
  /** null until the first read finishes. */
  readonly book: ScenarioBook | null;
  /** Why the first read failed, when it did; the pane then offers to try again. */
  readonly loadProblem: string | null;
  /** The busy text of the write under way, or null. */
  readonly busy: string | null;
  /** How the last write ended, until the next one starts or it is dismissed. */
  readonly outcome: Outcome | null;
  readonly write: (write: Write) => Promise<boolean>;
  /** How many writes have finished, so views that read other parts of the workbook read again. */
  readonly writes: number;
  /** Shows a failure of something other than a write (a read the pane needed before one). */
  readonly fail: (title: string, error: unknown) => void;
  readonly dismissOutcome: () => void;
  /** Says why the pane refused an action before writing (a form with bad entries), in place of
   * whatever the last outcome said, so an older success never stands beside a refusal. */
  readonly refuse: (title: string, text: string) => void;
  readonly reload: () => void;
}

/**
 * The planner-readable reason for a failure: the store's own words when it refused, never a raw
 * error or stack from Excel or the browser.
 */
export function describeFailure(error: unknown): string {
  if (error instanceof ScenarioActionError) return error.message;
  if (error instanceof Error && error.name === "ScenarioActionError" && error.message !== "") {
    return error.message;
  }
  return "Excel reported an error. Try again; if it keeps failing, close and reopen the workbook.";
}

/** How long a success message stays in view. Failures stay until dismissed. */
const DONE_SHOWN_MS = 8000;

export function useScenarioBook(store: ScenarioStore): ScenarioBookState {
  const [book, setBook] = useState<ScenarioBook | null>(null);
  const [loadProblem, setLoadProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [writes, setWrites] = useState(0);
  // Reads can finish out of order (a change event's read and a write's read); only the latest
  // one started may set the book.
  const latestRead = useRef(0);
  const hasBook = useRef(false);
  const live = useRef(true);

  const refresh = useCallback(async (): Promise<void> => {
    const ticket = ++latestRead.current;
    try {
      const next = await store.read();
      if (!live.current || ticket !== latestRead.current) return;
      hasBook.current = true;
      setBook(next);
      setLoadProblem(null);
    } catch (error) {
      if (!live.current || ticket !== latestRead.current) return;
      const reason = describeFailure(error);
      if (hasBook.current) {
        setOutcome({
          kind: "error",
          title: "Could not read the scenario table again; what you see may be out of date.",
          text: reason,
        });
      } else {
        setLoadProblem(reason);
      }
    }
  }, [store]);

  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, [store]);
  useWorkbookChanges(store, refresh);

  const perform = useCallback(
    async (w: Write): Promise<boolean> => {
      setBusy(w.busy);
      setOutcome(null);
      try {
        await w.run();
        await refresh();
        if (live.current) {
          setOutcome({ kind: "done", text: typeof w.done === "string" ? w.done : w.done() });
          setWrites((n) => n + 1);
        }
        return true;
      } catch (error) {
        if (live.current) {
          setOutcome({
            kind: "error",
            title: `Could not ${typeof w.action === "string" ? w.action : w.action()}.`,
            text: describeFailure(error),
          });
        }
        // The write may have been refused because the table changed; show it as it is now.
        await refresh();
        if (live.current) setWrites((n) => n + 1);
        return false;
      }
    },
    [refresh]
  );

  // One write at a time, in the order asked: each acts on the table as the previous one left it.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const waiting = useRef(0);
  const write = useCallback(
    (w: Write): Promise<boolean> => {
      waiting.current += 1;
      const done = queue.current.then(() => perform(w));
      queue.current = done.finally(() => {
        waiting.current -= 1;
        if (waiting.current === 0 && live.current) setBusy(null);
      });
      return done;
    },
    [perform]
  );

  // A success message has been announced and read by then; it should not cover the pane for good.
  useEffect(() => {
    if (outcome?.kind !== "done") return;
    const timer = setTimeout(
      () => setOutcome((now) => (now === outcome ? null : now)),
      DONE_SHOWN_MS
    );
    return () => clearTimeout(timer);
  }, [outcome]);

  const dismissOutcome = useCallback(() => setOutcome(null), []);
  const fail = useCallback((title: string, error: unknown) => {
    if (live.current) setOutcome({ kind: "error", title, text: describeFailure(error) });
  }, []);
  const refuse = useCallback((title: string, text: string) => {
    if (live.current) setOutcome({ kind: "error", title, text });
  }, []);
  const reload = useCallback(() => {
    setLoadProblem(null);
    void refresh();
  }, [refresh]);

  return {
    book,
    loadProblem,
    busy,
    outcome,
    write,
    writes,
    fail,
    dismissOutcome,
    refuse,
    reload,
  };
}
