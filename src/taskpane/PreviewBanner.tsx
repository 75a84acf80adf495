/** Says plainly that this page is not editing a workbook, so no one mistakes it for Excel. */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

export function PreviewBanner() {
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Preview: not connected to Excel.</MessageBarTitle> These are sample
        scenarios; changes stay in this page and are lost when you close it. Sheets you insert show
        under “Preview workbook” at the foot of the pane. To work on a workbook, open the planner in
        Excel with Home &gt; Open Planner.
      </MessageBarBody>
    </MessageBar>
  );
}
