/**
 * The parts of the pane a planner may never open in a session, each in its own script loaded the
 * first time it is shown: the tabs after Scenarios, the dialogs and the preview workbook. The
 * first screen (Scenarios) then needs only its own code. Chunks are served beside taskpane.js,
 * from the same origin, so the page's script-src 'self' allows them.
 */
import { Suspense, lazy, useEffect, useState, type ComponentType, type ReactNode } from "react";
import { Spinner } from "@fluentui/react-components";

/**
 * A part loaded on first use. Once its script has arrived (asked for, or fetched ahead by
 * preloadParts) it renders at once, with no loading state in between.
 */
function part<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const fetch = (): Promise<ComponentType<P>> => {
    loading ??= load().then((component) => (loaded = component));
    return loading;
  };
  const Lazy = lazy(() => fetch().then((component) => ({ default: component })));
  function Part(props: P) {
    const Loaded = loaded;
    return Loaded === null ? <Lazy {...props} /> : <Loaded {...props} />;
  }
  Part.preload = (): void => {
    fetch().catch(() => {
      // A failed fetch ahead is retried when the part is first shown.
      loading = null;
    });
  };
  return Part;
}

export const PlanTab = part(() =>
  import(/* webpackChunkName: "plan" */ "./plan/PlanTab").then((m) => m.PlanTab)
);
export const ShareSection = part(() =>
  import(/* webpackChunkName: "plan" */ "./sharing/ShareSection").then((m) => m.ShareSection)
);
export const CompareTab = part(() =>
  import(/* webpackChunkName: "compare" */ "./compare/CompareTab").then((m) => m.CompareTab)
);
export const ReferenceTab = part(() =>
  import(/* webpackChunkName: "tables" */ "./tables/ReferenceTab").then((m) => m.ReferenceTab)
);
export const FunctionsTab = part(() =>
  import(/* webpackChunkName: "functions-tab" */ "./function-help/FunctionsTab").then(
    (m) => m.FunctionsTab
  )
);
export const WorkbookPreview = part(() =>
  import(/* webpackChunkName: "preview-workbook" */ "./preview-workbook/WorkbookPreview").then(
    (m) => m.WorkbookPreview
  )
);
export const NameDialog = part(() =>
  import(/* webpackChunkName: "dialogs" */ "./scenarios/NameDialog").then((m) => m.NameDialog)
);
export const DeleteDialog = part(() =>
  import(/* webpackChunkName: "dialogs" */ "./scenarios/DeleteDialog").then((m) => m.DeleteDialog)
);

export const ConfirmDialog = part(() =>
  import(/* webpackChunkName: "dialogs" */ "./shared/ConfirmDialog").then((m) => m.ConfirmDialog)
);
export const UnsavedDialog = part(() =>
  import(/* webpackChunkName: "dialogs" */ "./scenarios/UnsavedDialog").then((m) => m.UnsavedDialog)
);
export const ActivePreview = part(() =>
  import(/* webpackChunkName: "active-preview" */ "./scenarios/ActivePreview").then(
    (m) => m.ActivePreview
  )
);

/**
 * True from the render after `ready` was first committed: what only completes a screen (a table
 * below the form, the preview workbook) is asked for once the screen itself is up, so its script
 * never delays the first screen.
 */
export function useAfterFirstScreen(ready: boolean): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => {
    if (ready) setAfter(true);
  }, [ready]);
  return after;
}

/** What shows, and is announced, while a part's script loads. */
export function Loading({ what }: { what: string }) {
  return <Spinner size="extra-tiny" label={`Loading ${what}…`} />;
}

/** Renders a lazily loaded part once it has first been needed, and keeps it from then on. */
export function WhenNeeded({
  needed,
  what,
  children,
}: {
  needed: boolean;
  what: string;
  children: ReactNode;
}) {
  const [loaded, setLoaded] = useState(needed);
  if (needed && !loaded) setLoaded(true);
  if (!loaded) return null;
  return <Suspense fallback={<Loading what={what} />}>{children}</Suspense>;
}

/**
 * Fetches every part ahead, once the pane has shown its first screen and the browser is idle, so
 * opening a tab or a dialog later does not wait on the network.
 */
export function preloadParts(...scripts: readonly (() => Promise<unknown>)[]): void {
  const all = [
    PlanTab,
    ShareSection,
    CompareTab,
    ReferenceTab,
    FunctionsTab,
    WorkbookPreview,
    NameDialog,
    DeleteDialog,
    UnsavedDialog,
    ConfirmDialog,
    ActivePreview,
  ];
  const run = (): void => {
    all.forEach((p) => p.preload());
    // A failed fetch ahead is tried again when the script is first needed.
    scripts.forEach((load) => load().catch(() => undefined));
  };
  if (typeof requestIdleCallback === "function") requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 200);
}
