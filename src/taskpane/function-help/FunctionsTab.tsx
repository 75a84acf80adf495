/**
 * The PP functions at hand: search by name, what they do or their arguments; each with its
 * syntax, summary and first tested example, a button that puts the example in the selected cell,
 * and its full reference page.
 */
import { useId, useState } from "react";
import {
  Button,
  Field,
  Link,
  SearchBox,
  Spinner,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { codeSpans, pageUrl, searchHelp, shortResult, type FunctionHelp } from "./functionHelp";
import { useViewStyles } from "../shared/styles";
import { useFunctionHelp } from "./useFunctionHelp";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  entry: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  name: {
    fontFamily: tokens.fontFamilyMonospace,
  },
  syntax: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
    backgroundColor: tokens.colorNeutralBackground3,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
  },
  example: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: {
    fontWeight: tokens.fontWeightSemibold,
  },
  definition: {
    margin: 0,
    overflowWrap: "anywhere",
  },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
  },
});

interface FunctionsTabProps {
  readonly shown: boolean;
  readonly busy: boolean;
  readonly onInsert: (formula: string) => void;
}

export function FunctionsTab({ shown, busy, onInsert }: FunctionsTabProps) {
  const styles = useViewStyles();
  const help = useFunctionHelp(shown);
  const [query, setQuery] = useState("");
  return (
    <section className={styles.section} aria-labelledby="functions-heading">
      <Text as="h2" size={500} weight="semibold" id="functions-heading">
        PP functions
      </Text>
      <Text as="p" block>
        Type these in any cell, like Excel’s own functions, or insert an example.
      </Text>
      <Field label="Search the functions" hint="By name, what it does or its arguments">
        <SearchBox value={query} onChange={(_, data) => setQuery(data.value)} autoComplete="off" />
      </Field>
      {help.status === "loading" ? (
        <Spinner size="extra-tiny" label="Loading the function help…" />
      ) : help.status === "failed" ? (
        <div className={styles.section}>
          <Text as="p" block>
            Could not load the function help. The reference pages are at docs/index.html beside the
            add-in.
          </Text>
          <div className={styles.actions}>
            <Button onClick={help.retry}>Try again</Button>
          </div>
        </div>
      ) : (
        <Results entries={help.entries} query={query} busy={busy} onInsert={onInsert} />
      )}
    </section>
  );
}

function Results({
  entries,
  query,
  busy,
  onInsert,
}: {
  entries: readonly FunctionHelp[];
  query: string;
  busy: boolean;
  onInsert: (formula: string) => void;
}) {
  const styles = useViewStyles();
  const own = useStyles();
  const found = searchHelp(entries, query);
  const count =
    query.trim() === ""
      ? `${entries.length} functions.`
      : found.length === 0
        ? `No function matches “${query.trim()}”.`
        : `${found.length} of ${entries.length} functions match “${query.trim()}”.`;
  return (
    <>
      <Text as="p" block className={styles.hint} aria-live="polite">
        {count}
      </Text>
      <ul className={own.list} aria-label="PP functions">
        {found.map((entry) => (
          <Entry key={entry.name} entry={entry} busy={busy} onInsert={onInsert} />
        ))}
      </ul>
    </>
  );
}

function Entry({
  entry,
  busy,
  onInsert,
}: {
  entry: FunctionHelp;
  busy: boolean;
  onInsert: (formula: string) => void;
}) {
  const styles = useViewStyles();
  const own = useStyles();
  const headingId = useId();
  const example = entry.examples[0];
  return (
    <li className={own.entry}>
      <Text as="h3" size={400} weight="semibold" id={headingId} className={own.name}>
        {entry.name}
      </Text>
      <code className={own.syntax}>{entry.syntax}</code>
      <Text as="p" block>
        {entry.summary}
      </Text>
      {example !== undefined && (
        <dl className={own.example}>
          <dt className={own.term}>Example</dt>
          <dd className={own.definition}>
            <code className={styles.code}>{example.formula}</code> gives{" "}
            <code className={styles.code}>{shortResult(example.result)}</code>
          </dd>
          {example.why !== "" && (
            <dd className={mergeClasses(own.definition, styles.hint)}>
              {codeSpans(example.why).map((part, i) =>
                part.code ? (
                  <code key={i} className={styles.code}>
                    {part.text}
                  </code>
                ) : (
                  <span key={i}>{part.text}</span>
                )
              )}
            </dd>
          )}
        </dl>
      )}
      <div className={own.actions}>
        {example !== undefined && (
          <Button
            size="small"
            disabledFocusable={busy}
            aria-describedby={headingId}
            onClick={() => onInsert(example.formula)}
          >
            Insert into selected cell
          </Button>
        )}
        <Link href={pageUrl(entry)} target="_blank" rel="noopener noreferrer">
          Full reference for {entry.name}
          <span className={styles.srOnly}> (opens in a new tab)</span>
        </Link>
      </div>
    </li>
  );
}
