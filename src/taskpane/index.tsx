/**
 * The task pane page, which is also the shared runtime's page. The PP functions are registered
 * before this runs (taskpane.html loads functions.js first); the pane shows "Connecting to
 * Excel…" until Office answers, then edits the workbook's scenarios (or, outside Excel, a sample
 * in this page).
 */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { connectToExcel, preloadExcelStore } from "./shared/connect";
import { Shell } from "./shared/Shell";
import { chooseStore } from "./shared/startup";

const container = document.getElementById("root");
if (container !== null) {
  // office.js is on the page: the pane is probably in Excel, whose store loads while Office starts.
  if (typeof Office !== "undefined") preloadExcelStore();
  const root = createRoot(container);
  root.render(
    <StrictMode>
      <Shell store={null} />
    </StrictMode>
  );
  chooseStore(connectToExcel, window.location.search).then(
    (store) =>
      root.render(
        <StrictMode>
          <Shell store={store} />
        </StrictMode>
      ),
    // The workbook's code is a script of its own: a lost connection can stop it arriving.
    () =>
      root.render(
        <StrictMode>
          <Shell store={null} failed />
        </StrictMode>
      )
  );
}
