/**
 * Confirms a delete, naming the scenario and, when it is the active one, which scenario takes
 * its place, since every formula using the PP_ names changes with it.
 */
import { useRef } from "react";
import { Text } from "@fluentui/react-components";
import { ConfirmDialog } from "../shared/ConfirmDialog";
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
  // The closing animation still shows the last request's content.
  const last = useRef(request);
  if (request !== null) last.current = request;
  const shown = request ?? last.current;
  const { done, act } = useActOnce(shown);
  if (shown === null) return null;
  return (
    <ConfirmDialog
      open={request !== null}
      title={`Delete “${scenarioLabel(shown.name)}”?`}
      confirm="Delete"
      answered={done}
      // Enter pressed without reading cancels rather than deletes.
      cancelFirst
      onConfirm={() =>
        act(() => {
          onClose();
          shown.confirm();
        })
      }
      onCancel={onClose}
    >
      <Text as="p" block>
        This removes the scenario’s row, with its values and notes, from the PP_Scenarios table.
      </Text>
      {shown.isActive && (
        <Text as="p" block weight="semibold">
          {shown.successor === ""
            ? "It is the active scenario and no other is left, so the plan’s formulas will show #N/A until you add one."
            : `It is the active scenario: “${shown.successor}” becomes active, and the workbook’s formulas recalculate with its values.`}
        </Text>
      )}
    </ConfirmDialog>
  );
}
