/** A header cell's text; an empty one still says "blank" to screen readers, as Excel's cell does. */
import { useViewStyles } from "./styles";

export function HeaderText({ text }: { text: string }) {
  const styles = useViewStyles();
  return text.trim() === "" ? <span className={styles.srOnly}>blank</span> : <>{text}</>;
}
