/**
 * The floor under the pane's start, for `npm run bench`: the least a pane built as ours is
 * (React, Fluent UI's provider and theme, a row of tabs, a box and a button, with functions.js
 * before it) costs to load and render. The pane's own figures are read against it: what lies
 * between them is ours to cut; what lies below it is the stack's.
 */
import { useEffect } from "react";
import { createRoot } from "react-dom/client";
import {
  Button,
  FluentProvider,
  Input,
  Tab,
  TabList,
  webLightTheme,
} from "@fluentui/react-components";

const TABS = ["Scenarios", "Plan", "Compare", "Tables", "Functions"];

function Floor() {
  useEffect(() => {
    performance.mark("pp:first-render");
  }, []);
  return (
    <FluentProvider theme={webLightTheme}>
      <main>
        <h1>PP Workforce Planner</h1>
        <TabList size="small" defaultSelectedValue={TABS[0]}>
          {TABS.map((tab) => (
            <Tab key={tab} value={tab}>
              {tab}
            </Tab>
          ))}
        </TabList>
        <Input aria-label="Scenario name" defaultValue="Central" />
        <Button appearance="primary">Save</Button>
      </main>
    </FluentProvider>
  );
}

const container = document.getElementById("root");
if (container !== null) createRoot(container).render(<Floor />);
