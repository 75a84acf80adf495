/**
 * Name resolution for service areas, staff groups, professions and tables. Planners type names
 * their own way ("NHS Talking Therapies", "iapt", "Adult common mental illnesses (IAPT)"), so
 * matching ignores case, spaces and punctuation and knows each entry's published name and
 * aliases. Indexes are built once; each distinct text typed is resolved once and remembered.
 */
import type { NamedEntry } from "../data/types";
import { fromErrorCell, isErrorCell, notAvailable, PlanError, valueError } from "./errors";
import { clip, isBlank } from "./numbers";

/** Lower case, letters and digits only: "Children and young people’s (CYP)" → "childrenandyoungpeoplescyp". */
export function normalizeName(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** The most distinct raw spellings remembered per index; beyond it lookups still work, uncached. */
const CACHE_LIMIT = 10_000;

export class NameIndex<Id extends string> {
  private readonly byKey = new Map<string, Id>();
  private readonly cache = new Map<string, Id | PlanError>();
  private readonly keys: readonly { key: string; id: Id }[];

  constructor(
    /** What the names are, in a sentence: "service area", "staff group". */
    readonly kind: string,
    entries: readonly NamedEntry<Id>[],
    /** The names listed as known in messages, in the documents' order. */
    readonly known: readonly string[] = entries.map((e) => e.id)
  ) {
    for (const entry of entries) {
      for (const name of [entry.id, entry.publishedName, ...entry.aliases]) {
        const key = normalizeName(name);
        const existing = this.byKey.get(key);
        if (existing !== undefined && existing !== entry.id) {
          throw new Error(
            `The ${kind} name '${name}' belongs to both ${existing} and ${entry.id}.`
          );
        }
        if (key) this.byKey.set(key, entry.id);
      }
    }
    this.keys = [...this.byKey].map(([key, id]) => ({ key, id }));
  }

  /** The entry a cell names, or the error that cell shows. */
  resolve(value: unknown, argument: string): Id | PlanError {
    if (typeof value === "string") {
      const hit = this.cache.get(value);
      if (hit !== undefined) return hit;
      const resolved = this.resolveText(value, argument);
      if (this.cache.size < CACHE_LIMIT) this.cache.set(value, resolved);
      return resolved;
    }
    // Excel on the desktop sends a blank cell as 0; no name is 0, so it reads as blank there too.
    if (isBlank(value) || value === 0) return this.blank(argument);
    if (typeof value === "number" && Number.isFinite(value)) {
      return this.resolveText(String(value), argument);
    }
    if (isErrorCell(value)) return fromErrorCell(value, argument);
    return valueError(`${argument} must be the name of a ${this.kind}.`);
  }

  private resolveText(text: string, argument: string): Id | PlanError {
    if (isBlank(text)) return this.blank(argument);
    const key = normalizeName(text);
    const id = this.byKey.get(key);
    if (id !== undefined) return id;
    const suggestion = this.nearest(key);
    return notAvailable(
      `Unknown ${this.kind} '${clip(text.trim())}'.` +
        (suggestion ? ` Did you mean '${suggestion}'?` : "") +
        ` Known: ${this.known.join(", ")}`
    );
  }

  private blank(argument: string): PlanError {
    return notAvailable(
      `${argument} is blank: enter a ${this.kind}. Known: ${this.known.join(", ")}`
    );
  }

  /** The known name closest to a typo, if any is close enough to be a plausible intent. */
  private nearest(key: string): Id | undefined {
    if (!key) return undefined;
    let best: Id | undefined;
    let bestDistance = Infinity;
    for (const candidate of this.keys) {
      const d =
        candidate.key.startsWith(key) && key.length >= 3 ? 0.5 : editDistance(key, candidate.key);
      if (d < bestDistance) {
        bestDistance = d;
        best = candidate.id;
      }
    }
    const tolerance = Math.max(1, Math.floor(key.length / 3));
    return bestDistance <= tolerance ? best : undefined;
  }
}

/** Levenshtein distance, two rows of memory. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
