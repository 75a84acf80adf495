/**
 * The Office look around the pane (Fluent's light theme) and what shows while the pane finds out
 * whether it runs in Excel.
 */
import {
  AriaLiveAnnouncer,
  FluentProvider,
  Spinner,
  makeStaticStyles,
  webLightTheme,
} from "@fluentui/react-components";
import { App, PaneHeader, useLayoutStyles } from "../App";
import type { PlannerStore } from "./plannerStore";

// Spacing comes from each section's gap, not from paragraph margins.
const usePageStyles = makeStaticStyles({
  body: { margin: 0 },
  "p, h1, h2, h3, h4, figure, dl, dd": { margin: 0 },
});

export function Shell({
  store,
  failed = false,
}: {
  readonly store: PlannerStore | null;
  /** The pane's code for the workbook could not be loaded. */
  readonly failed?: boolean;
}) {
  usePageStyles();
  return (
    <FluentProvider theme={webLightTheme}>
      {/* Message bars announce themselves through it. */}
      <AriaLiveAnnouncer>
        {store === null ? <Connecting failed={failed} /> : <App store={store} />}
      </AriaLiveAnnouncer>
    </FluentProvider>
  );
}

function Connecting({ failed }: { readonly failed: boolean }) {
  const styles = useLayoutStyles();
  if (failed) {
    return (
      <main className={styles.main}>
        <div className={styles.content}>
          <PaneHeader />
          <p role="alert">
            The planner could not finish loading, perhaps because the connection dropped. Close this
            pane and open it again; your workbook is unchanged.
          </p>
        </div>
      </main>
    );
  }
  return (
    <main className={styles.main}>
      <div className={styles.content}>
        <PaneHeader />
        <Spinner size="small" label="Connecting to Excel…" />
      </div>
    </main>
  );
}
