/**
 * The task pane page, which is also the shared runtime's page: startup loads functions.js in
 * Excel so the PP functions register, then the pane edits the workbook's scenarios (or, outside
 * Excel, a sample in this page).
 */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { connectToExcel } from "./connect";
import { Shell } from "./Shell";
import { chooseStore } from "./startup";

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
