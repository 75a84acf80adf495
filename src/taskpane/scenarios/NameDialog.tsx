/**
 * Asks for a scenario name (to add, duplicate or rename), checking it as the workbook will, so a
 * name Excel would refuse or read as a formula is caught before anything is written.
 */
import { useId, useRef, useState, type FormEvent } from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Text,
} from "@fluentui/react-components";
import { useActOnce } from "../shared/useActOnce";

export interface NameRequest {
  readonly title: string;
  /** A sentence saying what will happen. */
  readonly description: string;
  readonly initialName: string;
  readonly submitLabel: string;
  /** Why the name cannot be used, or null when it can. */
  readonly check: (name: string) => string | null;
  readonly submit: (name: string) => void;
}

interface NameDialogProps {
  readonly request: NameRequest | null;
  readonly onClose: () => void;
}

export function NameDialog({ request, onClose }: NameDialogProps) {
  // The closing animation still shows the last request's content.
  const last = useRef(request);
  if (request !== null) last.current = request;
  const shown = request ?? last.current;
  return (
    <Dialog
      open={request !== null}
      onOpenChange={(_, data) => {
        if (!data.open) onClose();
      }}
    >
      {shown === null ? (
        <DialogSurface />
      ) : (
        <NameDialogSurface
          key={`${shown.title}|${shown.initialName}`}
          request={shown}
          onClose={onClose}
        />
      )}
    </Dialog>
  );
}

function NameDialogSurface({ request, onClose }: { request: NameRequest; onClose: () => void }) {
  const [name, setName] = useState(request.initialName);
  const [problem, setProblem] = useState<string | null>(null);
  const descriptionId = useId();
  const { done, act } = useActOnce(request);

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (done) return;
    const found = request.check(name);
    if (found !== null) {
      setProblem(found);
      return;
    }
    act(() => {
      onClose();
      request.submit(name.trim());
    });
  };

  return (
    <DialogSurface aria-describedby={descriptionId}>
      <form onSubmit={submit} noValidate>
        <DialogBody>
          <DialogTitle>{request.title}</DialogTitle>
          <DialogContent>
            <Text as="p" block id={descriptionId}>
              {request.description}
            </Text>
            <Field
              label="Scenario name"
              required
              validationState={problem === null ? "none" : "error"}
              validationMessage={problem ?? undefined}
            >
              <Input
                value={name}
                onChange={(_, data) => {
                  setName(data.value);
                  setProblem(null);
                }}
                onFocus={(event) => event.currentTarget.select()}
                maxLength={200}
                autoComplete="off"
              />
            </Field>
          </DialogContent>
          <DialogActions>
            <Button type="submit" appearance="primary" disabledFocusable={done}>
              {request.submitLabel}
            </Button>
            <Button type="button" onClick={onClose}>
              Cancel
            </Button>
          </DialogActions>
        </DialogBody>
      </form>
    </DialogSurface>
  );
}
