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

export function Shell({ store }: { store: PlannerStore | null }) {
  usePageStyles();
  return (
    <FluentProvider theme={webLightTheme}>
      {/* Message bars announce themselves through it. */}
      <AriaLiveAnnouncer>
        {store === null ? <Connecting /> : <App store={store} />}
      </AriaLiveAnnouncer>
    </FluentProvider>
  );
}

function Connecting() {
  const styles = useLayoutStyles();
  return (
    <main className={styles.main}>
      <div className={styles.content}>
        <PaneHeader />
        <Spinner size="small" label="Connecting to Excel…" />
      </div>
    </main>
  );
}
