/**
 * The sheets the Tables tab inserts, named here so the pane can write them without loading the
 * tab's own code.
 */
import type { TableName } from "../../core/tables";

/**
 * A published table's sheet. The Sources table (every embedded figure) gets a name of its own:
 * "PP Sources" is the sheet of the figures a plan uses, which the pane rewrites in place.
 */
export const referenceSheet = (name: TableName): { sheet: string; table: string } =>
  name === "Sources"
    ? { sheet: "PP All sources", table: "PP_AllSources" }
    : { sheet: `PP ${name}`, table: `PP_${name}` };
export const TRACKER_SHEET = { sheet: "PP Actions", table: "PP_Actions" } as const;
