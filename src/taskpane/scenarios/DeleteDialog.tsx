/**
 * Confirms a delete, naming the scenario and, when it is the active one, which scenario takes
 * its place, since every formula using the PP_ names changes with it.
 */
import { useEffect, useRef } from "react";
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

export interface DeleteRequest {
  readonly name: string;
  readonly isActive: boolean;
  /** The scenario that becomes active when the active one goes; "" when none is left. */
  readonly successor: string;
  readonly confirm: () => void;
}

interface DeleteDialogProps {
  readonly request: DeleteRequest | null;
  readonly onClose: () => void;
}

export function DeleteDialog({ request, onClose }: DeleteDialogProps) {
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
            <DialogTitle>Delete “{scenarioLabel(shown.name)}”?</DialogTitle>
            <DialogContent>
              <Text as="p" block>
                This removes the scenario’s row, with its values and notes, from the PP_Scenarios
                table.
              </Text>
              {shown.isActive && (
                <Text as="p" block weight="semibold">
                  {shown.successor === ""
                    ? "It is the active scenario and no other is left, so the plan’s formulas will show #N/A until you add one."
                    : `It is the active scenario: “${shown.successor}” becomes active, and the workbook’s formulas recalculate with its values.`}
                </Text>
              )}
            </DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                disabledFocusable={done}
                onClick={() =>
                  act(() => {
                    onClose();
                    shown.confirm();
                  })
                }
              >
                Delete
              </Button>
              <CancelButton onClose={onClose} />
            </DialogActions>
          </DialogBody>
        )}
      </DialogSurface>
    </Dialog>
  );
}

/**
 * Takes the focus when the dialog opens, so Enter pressed without reading cancels rather than
 * deletes. The dialog focuses its first button in its own effect; this runs after it.
 */
function CancelButton({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const timer = setTimeout(() => ref.current?.focus(), 0);
    return () => clearTimeout(timer);
  }, []);
  return (
    <Button ref={ref} onClick={onClose}>
      Cancel
    </Button>
  );
}
