/**
 * Says plainly that this page is not editing a workbook, so no one mistakes it for Excel: one
 * line, with the rest behind a disclosure so it does not push the pane's work off the first screen.
 */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { MoreAbout } from "./MoreAbout";

export function PreviewBanner() {
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Preview: not connected to Excel.</MessageBarTitle>
        <MoreAbout label="What this means">
          <span>
            These are sample scenarios; changes stay in this page and are lost when you close it.
            Sheets you insert show under “Preview workbook” at the foot of the pane. To work on a
            workbook, open the planner in Excel with Home &gt; Open Planner.
          </span>
        </MoreAbout>
      </MessageBarBody>
    </MessageBar>
  );
}
