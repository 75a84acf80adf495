/**
 * The task pane page, which is also the shared runtime's page. The PP functions are registered
 * before this runs (taskpane.html loads functions.js first); the pane shows "Connecting to
 * Excel…" until Office answers, then edits the workbook's scenarios (or, outside Excel, a sample
 * in this page).
 */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { connectToExcel } from "./shared/connect";
import { Shell } from "./shared/Shell";
import { chooseStore } from "./shared/startup";

const container = document.getElementById("root");
if (container !== null) {
  const root = createRoot(container);
  root.render(
    <StrictMode>
      <Shell store={null} />
    </StrictMode>
  );
  void chooseStore(connectToExcel, window.location.search).then((store) => {
    root.render(
      <StrictMode>
        <Shell store={store} />
      </StrictMode>
    );
  });
}
