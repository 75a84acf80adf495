/**
 * Says plainly that this page is not editing a workbook, so no one mistakes it for Excel: one
 * line, with the rest a click away so it does not push the pane's work off the first screen.
 */
import { useState } from "react";
import {
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";

const useStyles = makeStyles({
  // An outline as well as Fluent's double underline, so focus is as plain as on the buttons.
  toggle: {
    ":focus-visible": {
      outlineStyle: "solid",
      outlineWidth: tokens.strokeWidthThick,
      outlineColor: tokens.colorStrokeFocus2,
      borderRadius: tokens.borderRadiusSmall,
    },
  },
});

export function PreviewBanner() {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Preview: not connected to Excel.</MessageBarTitle>{" "}
        <Link
          as="button"
          inline
          className={styles.toggle}
          aria-expanded={open}
          aria-controls="preview-details"
          onClick={() => setOpen((o) => !o)}
        >
          {open ? "Less" : "Details"}
        </Link>
        <span id="preview-details" hidden={!open}>
          {" "}
          These are sample scenarios; changes stay in this page and are lost when you close it.
          Sheets you insert show under “Preview workbook” at the foot of the pane. To work on a
          workbook, open the planner in Excel with Home &gt; Open Planner.
        </span>
      </MessageBarBody>
    </MessageBar>
  );
}
