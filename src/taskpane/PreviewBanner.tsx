/**
 * Says plainly that this page is not editing a workbook, so no one mistakes it for Excel: one
 * line, with the rest a click away so it does not push the pane's work off the first screen.
 */
import { useState } from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";

export function PreviewBanner() {
  const [open, setOpen] = useState(false);
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Preview: not connected to Excel.</MessageBarTitle>
        <span id="preview-details" hidden={!open}>
          {" "}
          These are sample scenarios; changes stay in this page and are lost when you close it.
          Sheets you insert show under “Preview workbook” at the foot of the pane. To work on a
          workbook, open the planner in Excel with Home &gt; Open Planner.
        </span>
      </MessageBarBody>
      <MessageBarActions>
        <Button
          size="small"
          appearance="transparent"
          aria-expanded={open}
          aria-controls="preview-details"
          onClick={() => setOpen((o) => !o)}
        >
          {open ? "Less" : "Details"}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
