/**
 * The workbook's sheet names, for saying what it holds: read when the pane opens, whenever the
 * scenarios are read again (after each write and each change event) and after each write.
 */
import { useEffect, useRef, useState } from "react";
import type { ScenarioBook } from "../../core/scenarios";
import type { SheetStore } from "../../workbook/store";

/** null until read, or when the workbook could not say. */
export function useSheetList(
  store: SheetStore,
  book: ScenarioBook | null,
  writes: number
): readonly string[] | null {
  const [sheets, setSheets] = useState<readonly string[] | null>(null);
  const latest = useRef(0);
  useEffect(() => {
    if (book === null) return;
    const ticket = ++latest.current;
    let live = true;
    store.listSheets().then(
      (names) => {
        if (live && ticket === latest.current) setSheets(names);
      },
      () => {
        // The summary then leaves the sheets out rather than say something untrue.
        if (live && ticket === latest.current) setSheets(null);
      }
    );
    return () => {
      live = false;
    };
  }, [store, book, writes]);
  return sheets;
}
