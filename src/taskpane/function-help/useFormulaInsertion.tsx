/**
 * Putting an example formula into the selected cell, from the Functions tab. The cell is read
 * first: an empty one takes the formula at once; one that holds anything (a formula, a number,
 * text) is shown to the planner, as plain text, and replaced only when they say so. Asked again
 * if the cell changed (or another was selected) while they decided.
 */
import { useRef, useState, type ReactElement } from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { SelectedCell } from "../../workbook/store";
import type { PlannerStore } from "../shared/plannerStore";
import { useActOnce } from "../shared/useActOnce";
import { useViewStyles } from "../shared/styles";
import { ConfirmDialog, WhenNeeded } from "../lazyViews";

const useStyles = makeStyles({
  held: {
    display: "block",
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    maxHeight: "8em",
    overflowY: "auto",
    fontFamily: tokens.fontFamilyMonospace,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusSmall,
  },
});

interface FormulaInsertionOptions {
  readonly store: PlannerStore;
  /** Writes the formula into the selected cell. */
  readonly insert: (formula: string) => void;
  readonly fail: (title: string, error: unknown) => void;
}

export interface FormulaInsertion {
  /** Starts the insertion: asks first when the selected cell is not empty. */
  readonly start: (formula: string) => void;
  /** True while the pane reads the selected cell. */
  readonly checking: boolean;
  readonly dialog: ReactElement;
}

interface ReplaceRequest {
  readonly formula: string;
  readonly cell: SelectedCell;
}

export function useFormulaInsertion(options: FormulaInsertionOptions): FormulaInsertion {
  const { store, insert, fail } = options;
  const [asking, setAsking] = useState<ReplaceRequest | null>(null);
  const [checking, setChecking] = useState(false);
  const last = useRef<ReplaceRequest | null>(null);
  if (asking !== null) last.current = asking;
  const shown = last.current;
  const { done, act } = useActOnce(shown);
  const styles = useStyles();
  const view = useViewStyles();

  /** Inserts into an empty cell; asks about one that holds something (unless it is `agreed`). */
  const check = (formula: string, agreed: SelectedCell | null): void => {
    const read = store.readSelectedCell;
    if (read === undefined) {
      insert(formula);
      return;
    }
    setChecking(true);
    read.call(store).then(
      (cell) => {
        setChecking(false);
        const same =
          agreed !== null && cell.address === agreed.address && cell.content === agreed.content;
        if (cell.content === "" || same) insert(formula);
        else setAsking({ formula, cell });
      },
      (error: unknown) => {
        setChecking(false);
        fail("Could not read the selected cell.", error);
      }
    );
  };

  const start = (formula: string): void => {
    if (!checking) check(formula, null);
  };

  const dialog = (
    <WhenNeeded needed={asking !== null} what="the question">
      {shown !== null && (
        <ConfirmDialog
          open={asking !== null}
          title={`Replace what is in ${shown.cell.address}?`}
          confirm="Replace"
          answered={done}
          cancelFirst
          onConfirm={() =>
            act(() => {
              setAsking(null);
              check(shown.formula, shown.cell);
            })
          }
          onCancel={() => setAsking(null)}
        >
          <Text as="p" block>
            The selected cell, {shown.cell.address}, holds:
          </Text>
          <Text as="p" block className={styles.held}>
            {shown.cell.content}
          </Text>
          <Text as="p" block>
            Insert <code className={view.code}>{shown.formula}</code> in its place? Choose Cancel,
            then select an empty cell, to keep it.
          </Text>
        </ConfirmDialog>
      )}
    </WhenNeeded>
  );

  return { start, checking, dialog };
}
