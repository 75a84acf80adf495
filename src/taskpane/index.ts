/**
 * The task pane page is also the shared runtime's page: in Excel it registers the PP functions by
 * loading functions.js, the very bundle Excel's metadata points at.
 */
function loadFunctions(): void {
  if (typeof CustomFunctions === "undefined") return;
  const script = document.createElement("script");
  script.src = "functions.js";
  document.head.appendChild(script);
}

function showStatus(text: string): void {
  const status = document.getElementById("status");
  if (status) status.textContent = text;
}

if (typeof Office !== "undefined") {
  void Office.onReady((info) => {
    loadFunctions();
    showStatus(
      info.host === Office.HostType.Excel
        ? "Connected to Excel. Type =PP. in a cell to use the planning functions."
        : "Preview: not connected to Excel."
    );
  });
} else {
  showStatus("Preview: not connected to Excel.");
}
