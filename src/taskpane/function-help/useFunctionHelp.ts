/** The function help, fetched once from beside the pane when the Functions tab first shows. */
import { useCallback, useEffect, useState } from "react";
import { HELP_URL, parseFunctionHelp, type FunctionHelp } from "./functionHelp";

export type HelpState =
  | { readonly status: "loading" }
  | { readonly status: "ready"; readonly entries: readonly FunctionHelp[] }
  | { readonly status: "failed" };

let cached: Promise<FunctionHelp[]> | null = null;

function load(): Promise<FunctionHelp[]> {
  cached ??= fetch(HELP_URL)
    .then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json() as Promise<unknown>;
    })
    .then(parseFunctionHelp)
    .catch((error: unknown) => {
      cached = null;
      throw error;
    });
  return cached;
}

export function useFunctionHelp(enabled: boolean): HelpState & { readonly retry: () => void } {
  const [state, setState] = useState<HelpState>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    load().then(
      (entries) => live && setState({ status: "ready", entries }),
      () => live && setState({ status: "failed" })
    );
    return () => {
      live = false;
    };
  }, [enabled, attempt]);
  const retry = useCallback(() => {
    setState({ status: "loading" });
    setAttempt((n) => n + 1);
  }, []);
  return { ...state, retry };
}
