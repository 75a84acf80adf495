/**
 * A workbook set up by an earlier version of the planner: says exactly what upgrading would
 * change (the same steps setting up again takes), and changes nothing until the planner asks.
 */
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { upgradeSteps, type ScenarioBook } from "../../core/scenarios";
import { MoreAbout } from "../shared/MoreAbout";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderInlineStartWidth: tokens.strokeWidthThickest,
    borderInlineStartStyle: "solid",
    borderInlineStartColor: tokens.colorBrandStroke1,
    backgroundColor: tokens.colorBrandBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  button: {
    alignSelf: "flex-start",
  },
});

interface UpgradeNoticeProps {
  readonly book: ScenarioBook;
  readonly busy: boolean;
  readonly onUpgrade: () => void;
}

export function UpgradeNotice({ book, busy, onUpgrade }: UpgradeNoticeProps) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby="upgrade-heading">
      <Text as="h2" size={400} weight="semibold" id="upgrade-heading">
        Upgrade this workbook
      </Text>
      <Text as="p" block>
        An earlier version of the planner set up this workbook. Nothing changes until you choose
        Upgrade; every scenario and value you entered is kept.
      </Text>
      <MoreAbout label="What upgrading changes">
        <ul className={styles.list}>
          {upgradeSteps(book).map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ul>
      </MoreAbout>
      <Button
        appearance="primary"
        className={styles.button}
        disabledFocusable={busy}
        onClick={onUpgrade}
      >
        Upgrade workbook
      </Button>
    </section>
  );
}
