/**
 * The published tables and the plan's action tables as sheets: any of PP.TABLE's tables with its
 * source, and the priority actions for the level a planner works at as a tracker.
 */
import { useId, useState } from "react";
import {
  Button,
  Field,
  Radio,
  RadioGroup,
  Select,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import {
  TABLE_SOURCES,
  TRACKER_LEVELS,
  trackerActions,
  type TrackerLevel,
} from "../../core/insertSheets";
import { TABLE_NAMES, tableByName, type TableName } from "../../core/tables";
import { MoreAbout } from "../shared/MoreAbout";
import { TRACKER_SHEET, referenceSheet } from "./referenceSheets";
import { useViewStyles } from "../shared/styles";

const useStyles = makeStyles({
  source: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
});

/** What each table holds, in a few words, for the choice. */
const TABLE_LABELS: Readonly<Record<TableName, string>> = {
  Table1: "Table1: additional posts by service area",
  Table2: "Table2: the total with MHST EMHPs",
  Baselines: "Baselines: national in-post figures",
  Professions: "Professions: the taxonomy of roles",
  ImpactAreas: "ImpactAreas: the key impact areas",
  Actions: "Actions: the priority actions",
  Sources: "Sources: every figure with its citation",
};

const rowCount = (name: TableName): number => {
  const rows = tableByName(name);
  return Array.isArray(rows) ? rows.length - 1 : 0;
};

interface ReferenceTabProps {
  readonly busy: boolean;
  readonly onInsertTable: (name: TableName) => void;
  readonly onInsertTracker: (level: TrackerLevel) => void;
}

export function ReferenceTab({ busy, onInsertTable, onInsertTracker }: ReferenceTabProps) {
  const styles = useViewStyles();
  const own = useStyles();
  const [table, setTable] = useState<TableName>("Table1");
  const [level, setLevel] = useState<TrackerLevel>("ICS");
  const sourceId = useId();
  const count = trackerActions(level).length;
  return (
    <div className={styles.view}>
      <section className={styles.section} aria-labelledby="tables-heading">
        <Text as="h2" size={500} weight="semibold" id="tables-heading">
          Published tables
        </Text>
        <Field label="Table">
          <Select
            value={table}
            aria-describedby={sourceId}
            onChange={(_, data) => setTable(data.value as TableName)}
          >
            {TABLE_NAMES.map((name) => (
              <option key={name} value={name}>
                {TABLE_LABELS[name]}
              </option>
            ))}
          </Select>
        </Field>
        <div className={styles.actions}>
          <Button
            appearance="primary"
            disabledFocusable={busy}
            onClick={() => onInsertTable(table)}
          >
            Insert table
          </Button>
        </div>
        <Text as="p" block id={sourceId} className={own.source}>
          Source: {TABLE_SOURCES[table]} {rowCount(table)} rows; the sheet is named “
          {referenceSheet(table).sheet}”.
        </Text>
        <MoreAbout label="About these tables">
          <span>
            Inserts one of the tables built into the add-in as a sheet of values, with its source:
            the same table =PP.TABLE gives.
          </span>
        </MoreAbout>
      </section>
      <section
        className={mergeClasses(styles.section, styles.ruled)}
        aria-labelledby="tracker-heading"
      >
        <Text as="h2" size={500} weight="semibold" id="tracker-heading">
          Action tracker
        </Text>
        <Text as="p" block>
          The plan’s priority actions (Tables 3 to 7) that it gives your level to implement, with
          columns for status, owner, due date and notes.
        </Text>
        <Field label="Your level">
          <RadioGroup value={level} onChange={(_, data) => setLevel(data.value as TrackerLevel)}>
            {TRACKER_LEVELS.map((l) => (
              <Radio key={l} value={l} label={`${l} (${trackerActions(l).length} actions)`} />
            ))}
          </RadioGroup>
        </Field>
        <Text as="p" block className={styles.hint}>
          {count} of the plan’s {rowCount("Actions")} actions are for {level}; the sheet is named “
          {TRACKER_SHEET.sheet}”.
        </Text>
        <div className={styles.actions}>
          <Button
            appearance="primary"
            disabledFocusable={busy}
            onClick={() => onInsertTracker(level)}
          >
            Insert action tracker
          </Button>
        </div>
      </section>
    </div>
  );
}
