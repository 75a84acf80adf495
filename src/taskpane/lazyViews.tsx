/**
 * The parts of the pane a planner may never open in a session, each in its own script loaded the
 * first time it is shown: the tabs after Scenarios, the dialogs and the preview workbook. The
 * first screen (Scenarios) then needs only its own code. Chunks are served beside taskpane.js,
 * from the same origin, so the page's script-src 'self' allows them.
 */
import { Suspense, lazy, useState, type ReactNode } from "react";
import { Spinner } from "@fluentui/react-components";

export const PlanTab = lazy(() =>
  import(/* webpackChunkName: "plan" */ "./PlanTab").then((m) => ({ default: m.PlanTab }))
);
export const ShareSection = lazy(() =>
  import(/* webpackChunkName: "plan" */ "./ShareSection").then((m) => ({
    default: m.ShareSection,
  }))
);
export const CompareTab = lazy(() =>
  import(/* webpackChunkName: "compare" */ "./CompareTab").then((m) => ({
    default: m.CompareTab,
  }))
);
export const ReferenceTab = lazy(() =>
  import(/* webpackChunkName: "tables" */ "./ReferenceTab").then((m) => ({
    default: m.ReferenceTab,
  }))
);
export const FunctionsTab = lazy(() =>
  import(/* webpackChunkName: "functions-tab" */ "./FunctionsTab").then((m) => ({
    default: m.FunctionsTab,
  }))
);
export const WorkbookPreview = lazy(() =>
  import(/* webpackChunkName: "preview-workbook" */ "./WorkbookPreview").then((m) => ({
    default: m.WorkbookPreview,
  }))
);
export const NameDialog = lazy(() =>
  import(/* webpackChunkName: "dialogs" */ "./NameDialog").then((m) => ({
    default: m.NameDialog,
  }))
);
export const DeleteDialog = lazy(() =>
  import(/* webpackChunkName: "dialogs" */ "./DeleteDialog").then((m) => ({
    default: m.DeleteDialog,
  }))
);

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
