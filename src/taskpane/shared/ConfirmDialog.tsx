/**
 * A yes-or-cancel question about the workbook (add a second plan sheet? replace what a cell
 * holds?). Its script loads with the other dialogs, after the first screen, so the pane's start
 * does not wait for Fluent's dialog.
 */
import { useEffect, useRef, type ReactNode } from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";

export interface ConfirmDialogProps {
  readonly open: boolean;
  readonly title: ReactNode;
  readonly children: ReactNode;
  readonly confirm: string;
  /** The answer was given: the button stays focusable but acts no more (see useActOnce). */
  readonly answered: boolean;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
  /** Cancel takes the focus, so Enter pressed without reading keeps what is there. */
  readonly cancelFirst?: boolean;
  /** Laid out by the caller, e.g. spaced paragraphs. */
  readonly contentClassName?: string;
}

export function ConfirmDialog(props: ConfirmDialogProps) {
  const { open, title, children, confirm, answered, onConfirm, onCancel, cancelFirst } = props;
  const { contentClassName } = props;
  return (
    <Dialog
      modalType="alert"
      open={open}
      onOpenChange={(_, data) => {
        if (!data.open) onCancel();
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent className={contentClassName}>{children}</DialogContent>
          <DialogActions>
            <Button appearance="primary" disabledFocusable={answered} onClick={onConfirm}>
              {confirm}
            </Button>
            {cancelFirst === true ? (
              <FocusedCancel onCancel={onCancel} />
            ) : (
              <Button onClick={onCancel}>Cancel</Button>
            )}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

function FocusedCancel({ onCancel }: { readonly onCancel: () => void }) {
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // After the dialog's own focus trap has placed the focus.
    const timer = setTimeout(() => ref.current?.focus(), 0);
    return () => clearTimeout(timer);
  }, []);
  return (
    <Button ref={ref} onClick={onCancel}>
      Cancel
    </Button>
  );
}
