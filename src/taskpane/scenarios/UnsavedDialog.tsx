/**
 * Asks before the pane moves away from a form holding unsaved typing (choosing another scenario,
 * Add, Duplicate, Delete): Save it first, Discard it, or Stay and keep editing. Nothing typed is
 * dropped without the planner saying so.
 */
import { useRef } from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Text,
} from "@fluentui/react-components";
import { scenarioLabel } from "../shared/format";
import { useActOnce } from "../shared/useActOnce";

export interface UnsavedRequest {
  /** The scenario whose form holds the typing. */
  readonly name: string;
  /** What the planner was doing, as "choose “High demand”" or "add a scenario". */
  readonly doing: string;
  /** Saves the typing; resolves false when it could not (a refused entry, a refused write). */
  readonly save: () => Promise<boolean>;
  /** Goes on with what the planner was doing. */
  readonly proceed: () => void;
}

interface UnsavedDialogProps {
  readonly request: UnsavedRequest | null;
  readonly onClose: () => void;
}

export function UnsavedDialog({ request, onClose }: UnsavedDialogProps) {
  // The closing animation still shows the last request's content.
  const last = useRef(request);
  if (request !== null) last.current = request;
  const shown = request ?? last.current;
  const { done, act } = useActOnce(shown);
  return (
    <Dialog
      modalType="alert"
      open={request !== null}
      onOpenChange={(_, data) => {
        if (!data.open) onClose();
      }}
    >
      <DialogSurface>
        {shown !== null && (
          <DialogBody>
            <DialogTitle>Save your changes to “{scenarioLabel(shown.name)}”?</DialogTitle>
            <DialogContent>
              <Text as="p" block>
                You have typed changes that are not saved yet. Save them before you {shown.doing},
                discard them, or stay to keep editing.
              </Text>
            </DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                disabledFocusable={done}
                onClick={() =>
                  act(() => {
                    onClose();
                    void shown.save().then((saved) => {
                      if (saved) shown.proceed();
                    });
                  })
                }
              >
                Save
              </Button>
              <Button
                disabledFocusable={done}
                onClick={() =>
                  act(() => {
                    onClose();
                    shown.proceed();
                  })
                }
              >
                Discard
              </Button>
              <Button disabledFocusable={done} onClick={() => act(onClose)}>
                Stay
              </Button>
            </DialogActions>
          </DialogBody>
        )}
      </DialogSurface>
    </Dialog>
  );
}
