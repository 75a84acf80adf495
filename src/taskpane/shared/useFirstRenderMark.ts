/**
 * Marks the moment the pane first shows the workbook's scenarios (or why it could not), once:
 * the benchmark measures start-up to `pp:first-render`, and tests wait for data-pp-ready.
 */
import { useEffect, useRef } from "react";

export const FIRST_RENDER_MARK = "pp:first-render";

export function useFirstRenderMark(loaded: boolean): void {
  const marked = useRef(false);
  useEffect(() => {
    if (!loaded || marked.current) return;
    marked.current = true;
    performance.mark(FIRST_RENDER_MARK);
    document.body.dataset.ppReady = "true";
  }, [loaded]);
}
