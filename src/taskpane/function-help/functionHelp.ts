/**
 * The PP functions' help as the build writes it (docs/function-help.json, taken from the tested
 * reference pages), checked as it is read, and the search over it.
 */

export interface HelpExample {
  readonly formula: string;
  readonly result: string;
  readonly why: string;
}

export interface FunctionHelp {
  readonly name: string;
  readonly summary: string;
  readonly syntax: string;
  /** The reference page, relative to docs/, e.g. "functions/intake.html". */
  readonly page: string;
  readonly examples: readonly HelpExample[];
}

/** Where the pane fetches the help from: beside taskpane.html, on the same origin. */
export const HELP_URL = "docs/function-help.json";

const isText = (v: unknown): v is string => typeof v === "string";
/** Only the build's own pages: a relative .html path, no scheme, no way up. */
const SAFE_PAGE = /^[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*\.html(#[A-Za-z0-9_-]+)?$/;

/** The help entries in the file, leaving out any that are not as the build writes them. */
export function parseFunctionHelp(json: unknown): FunctionHelp[] {
  if (!Array.isArray(json)) throw new Error("The function help is not a list.");
  const entries: FunctionHelp[] = [];
  for (const item of json as unknown[]) {
    if (typeof item !== "object" || item === null) continue;
    const e = item as Record<string, unknown>;
    if (!isText(e.name) || !isText(e.summary) || !isText(e.syntax) || !isText(e.page)) continue;
    if (!SAFE_PAGE.test(e.page)) continue;
    const examples = Array.isArray(e.examples)
      ? (e.examples as unknown[]).flatMap((x) => {
          if (typeof x !== "object" || x === null) return [];
          const ex = x as Record<string, unknown>;
          return isText(ex.formula) && ex.formula.startsWith("=") && isText(ex.result)
            ? [{ formula: ex.formula, result: ex.result, why: isText(ex.why) ? ex.why : "" }]
            : [];
        })
      : [];
    entries.push({ name: e.name, summary: e.summary, syntax: e.syntax, page: e.page, examples });
  }
  return entries;
}

/** The reference page's address, relative to the pane. */
export const pageUrl = (help: FunctionHelp): string => `docs/${help.page}`;

const fold = (text: string): string => text.toLocaleLowerCase("en-GB");

/**
 * The entries matching every word typed, in name, summary or syntax ("intake", "pp.gap",
 * "share population"); those whose name matches come first, each group in the list's order.
 */
export function searchHelp(entries: readonly FunctionHelp[], query: string): FunctionHelp[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...entries];
  const matches = entries.filter((e) => {
    const text = fold(`${e.name} ${e.summary} ${e.syntax}`);
    return words.every((w) => text.includes(w));
  });
  const byName = (e: FunctionHelp): boolean => words.every((w) => fold(e.name).includes(w));
  return [...matches.filter(byName), ...matches.filter((e) => !byName(e))];
}

/** A long result (a spilled table) cut for the list; the reference page has it whole. */
export function shortResult(result: string, max = 80): string {
  const chars = [...result];
  return chars.length <= max ? result : `${chars.slice(0, max - 1).join("")}…`;
}

/** Text with `code` spans, as the reference pages write it, split into plain and code parts. */
export function codeSpans(text: string): { readonly code: boolean; readonly text: string }[] {
  const parts = text.split("`");
  // An unmatched backtick stays as text.
  if (parts.length % 2 === 0) return [{ code: false, text }];
  return parts.map((t, i) => ({ code: i % 2 === 1, text: t })).filter((p) => p.text !== "");
}
