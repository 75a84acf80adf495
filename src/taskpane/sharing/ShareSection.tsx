/**
 * Sources and sharing, at the foot of the Plan area: rewrite PP Sources on demand, and make a copy
 * as values for readers without the add-in, after a confirmation that says who it is for, what it
 * makes, and where the copies go (Office gives an add-in no new workbook to write to); and enter
 * the PP formulas again, for cells Excel keeps at #NAME? after opening a workbook.
 */
import { useRef, useState } from "react";
import {
  Button,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
  useRestoreFocusTarget,
} from "@fluentui/react-components";
import { COVER_SHEET } from "../../core/snapshot";
import type { Snapshot } from "../../workbook/store";
import { ConfirmDialog } from "../shared/ConfirmDialog";
import { useActOnce } from "../shared/useActOnce";
import { useViewStyles } from "../shared/styles";
import { SOURCES_SHEET } from "../workbook-status";

const useStyles = makeStyles({
  dialogText: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  made: {
    overflowWrap: "anywhere",
  },
});

interface ShareSectionProps {
  readonly busy: boolean;
  /** What the last Share as values made in this session, shown until the next one. */
  readonly lastSnapshot: Snapshot | null;
  readonly onRefreshSources: () => void;
  readonly onShare: () => void;
  /** Enters every PP formula again, for cells stuck at #NAME?. */
  readonly onReenter: () => void;
}

export function ShareSection({
  busy,
  lastSnapshot,
  onRefreshSources,
  onShare,
  onReenter,
}: ShareSectionProps) {
  const view = useViewStyles();
  const styles = useStyles();
  const restoreFocusHere = useRestoreFocusTarget();
  // An object per question, so its answer is acted on once (see useActOnce).
  const [asking, setAsking] = useState<object | null>(null);
  return (
    <section className={mergeClasses(view.section, view.ruled)} aria-labelledby="share-heading">
      <Text as="h2" size={500} weight="semibold" id="share-heading">
        Sources and sharing
      </Text>
      <Text as="p" block>
        “{SOURCES_SHEET.sheet}” lists every published figure the plan computes with: its document,
        table and own words, with this version of the planner and the date. Inserting a planning
        sheet writes it; Refresh sources writes it again.
      </Text>
      <div className={view.actions}>
        <Button disabledFocusable={busy} onClick={onRefreshSources}>
          Refresh sources
        </Button>
      </div>
      <Text as="p" block>
        Share as values makes a copy for readers without the add-in, who would otherwise see #NAME?
        where the PP functions are.
      </Text>
      <div className={view.actions}>
        <Button {...restoreFocusHere} disabledFocusable={busy} onClick={() => setAsking({})}>
          Share as values…
        </Button>
      </div>
      {lastSnapshot !== null && (
        <div className={view.section}>
          <Text as="p" block id="snapshot-made">
            The last snapshot, new sheets in this workbook:
          </Text>
          <ul className={view.list} aria-labelledby="snapshot-made">
            <li className={styles.made}>
              <Text weight="semibold">{lastSnapshot.cover}</Text>
              <Text>: the cover note</Text>
            </li>
            {lastSnapshot.copies.map((c) => (
              <li key={c.copy} className={styles.made}>
                <Text weight="semibold">{c.copy}</Text>
                <Text>: {c.original} as values</Text>
              </li>
            ))}
          </ul>
        </div>
      )}
      <Text as="p" block>
        Cells showing #NAME? where a PP function is, even with the planner open? Excel sometimes
        keeps them so after opening a workbook; entering the formulas again brings them back.
      </Text>
      <div className={view.actions}>
        <Button disabledFocusable={busy} onClick={onReenter}>
          Re-enter PP formulas
        </Button>
      </div>
      <ShareDialog
        request={asking}
        onClose={() => setAsking(null)}
        onConfirm={() => {
          setAsking(null);
          onShare();
        }}
      />
    </section>
  );
}

interface ShareDialogProps {
  /** The question asked, null when the dialog is closed. */
  readonly request: object | null;
  readonly onClose: () => void;
  readonly onConfirm: () => void;
}

function ShareDialog({ request, onClose, onConfirm }: ShareDialogProps) {
  const styles = useStyles();
  // The closing animation still shows the buttons: the last question is the one acted on.
  const last = useRef(request);
  if (request !== null) last.current = request;
  const { done, act } = useActOnce(last.current);
  return (
    <ConfirmDialog
      open={request !== null}
      title="Share as values"
      confirm="Make the copies"
      answered={done}
      onConfirm={() => act(onConfirm)}
      onCancel={onClose}
      contentClassName={styles.dialogText}
    >
      <Text as="p" block>
        For readers without the PP Workforce Planner add-in: where a cell uses a PP function, they
        would see #NAME? instead of its value.
      </Text>
      <Text as="p" block>
        This makes copies of every sheet that uses PP functions, and of the scenarios, holding
        values and formats only: they do not recalculate. A cover note, “{COVER_SHEET}”, says which
        scenario was active, when the copies were made, by which version and from which sources.
      </Text>
      <Text as="p" block>
        Office does not let an add-in create a new workbook, so the copies are new sheets in this
        workbook, named “… (values)”. Your original sheets are not changed.
      </Text>
      <Text as="p" block>
        To send only the copies: select their tabs (Ctrl+click), right-click one of them &gt; Move
        or Copy, choose (new book) and tick Create a copy, then save that workbook and send it.
      </Text>
    </ConfirmDialog>
  );
}
