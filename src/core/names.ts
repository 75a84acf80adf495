/**
 * Name resolution for service areas, staff groups, professions and tables. Planners type names
 * their own way ("NHS Talking Therapies", "iapt", "Adult common mental illnesses (IAPT)"), so
 * matching ignores case, spaces and punctuation and knows each entry's published name and
 * aliases. Indexes are built once; each distinct text typed is resolved once and remembered.
 */
import type { NamedEntry } from "../data/types";
import { plainCell } from "./cellValues";
import {
  fromErrorCell,
  isErrorCell,
  notAvailable,
  PlanError,
  sharedError,
  valueError,
} from "./errors";
import { clip, isBlank } from "./numbers";

/** Lower case, letters and digits only: "Children and young people’s (CYP)" → "childrenandyoungpeoplescyp". */
export function normalizeName(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** The most distinct raw spellings remembered per index; beyond it lookups still work, uncached. */
const CACHE_LIMIT = 10_000;
/** Longer texts (normalised) get no suggestion: no known name is that long, and it bounds the work. */
const SUGGEST_MAX_LENGTH = 100;

interface IndexedKey<Id> {
  readonly key: string;
  readonly id: Id;
  /** Position in the documents' order: the first of equally near names is suggested. */
  readonly order: number;
  /** Which characters the key holds (see `charMask`), for a cheap lower bound on distances. */
  readonly mask: number;
}

/**
 * A bit per letter, digits folded onto the six bits left. A character of one key whose bit the
 * other lacks must be edited, so the count of such bits is a lower bound on the edit distance
 * that rules most candidates out without computing it (folding only weakens the bound).
 */
function charMask(key: string): number {
  let mask = 0;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    mask |= 1 << (c >= 97 ? c - 97 : 26 + ((c - 48) % 6));
  }
  return mask;
}

function bitCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

export class NameIndex<Id extends string> {
  private readonly byKey = new Map<string, Id>();
  private readonly cache = new Map<string, Id | PlanError>();
  /** Every key in code-unit order, so the keys a typed prefix starts are found by bisection. */
  private readonly sorted: readonly IndexedKey<Id>[];
  /** Keys by length: a typo is only compared with keys close enough in length to be near. */
  private readonly byLength: readonly (readonly IndexedKey<Id>[])[];
  /** Whether any key could be what a number reads as (digits, "e"); none, for every index now. */
  private readonly numbersCanMatch: boolean;
  /** Shared errors by argument: a column of blanks or numbers makes one error, not one per cell. */
  private readonly blanks = new Map<string, PlanError>();
  private readonly numbers = new Map<string, PlanError>();
  private readonly knownList: string;

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
    const keys = [...this.byKey].map(([key, id], order) => ({
      key,
      id,
      order,
      mask: charMask(key),
    }));
    this.sorted = keys.slice().sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const byLength: IndexedKey<Id>[][] = [];
    for (const k of keys) (byLength[k.key.length] ??= []).push(k);
    this.byLength = byLength;
    this.numbersCanMatch = keys.some((k) => /^[0-9e]+$/.test(k.key));
    this.knownList = known.join(", ");
  }

  /** The entry a cell names, or the error that cell shows. */
  resolve(value: unknown, argument: string): Id | PlanError {
    if (typeof value === "string") {
      const hit = this.cache.get(value);
      if (hit !== undefined) return hit;
      // Blank text is answered per argument, so it is not remembered under one argument's name.
      if (isBlank(value)) return this.blank(argument);
      const resolved = this.resolveText(value);
      if (this.cache.size < CACHE_LIMIT) {
        this.cache.set(value, resolved instanceof PlanError ? Object.freeze(resolved) : resolved);
      }
      return resolved;
    }
    // Excel on the desktop sends a blank cell as 0; no name is 0, so it reads as blank there too.
    if (isBlank(value) || value === 0) return this.blank(argument);
    if (typeof value === "number" && Number.isFinite(value)) {
      return this.numbersCanMatch ? this.resolveText(String(value)) : this.number(argument);
    }
    if (typeof value === "object") {
      // A data-type value (a String, an error…) names what its plain value names.
      const plain = plainCell(value);
      if (plain !== value) return this.resolve(plain, argument);
    }
    if (isErrorCell(value)) return fromErrorCell(value, argument);
    return valueError(`${argument} must be the name of a ${this.kind}.`);
  }

  private resolveText(text: string): Id | PlanError {
    const key = normalizeName(text);
    const id = this.byKey.get(key);
    if (id !== undefined) return id;
    const suggestion = this.nearest(key);
    return notAvailable(
      `Unknown ${this.kind} '${clip(text.trim())}'.` +
        (suggestion ? ` Did you mean '${suggestion}'?` : "") +
        ` Known: ${this.knownList}`
    );
  }

  private blank(argument: string): PlanError {
    let error = this.blanks.get(argument);
    if (!error) {
      error = sharedError(
        "#N/A",
        `${argument} is blank: enter a ${this.kind}. Known: ${this.knownList}`
      );
      this.blanks.set(argument, error);
    }
    return error;
  }

  private number(argument: string): PlanError {
    let error = this.numbers.get(argument);
    if (!error) {
      error = sharedError(
        "#N/A",
        `${argument} holds a number where the name of a ${this.kind} belongs. ` +
          `Known: ${this.knownList}`
      );
      this.numbers.set(argument, error);
    }
    return error;
  }

  /**
   * The known name closest to a typo, if any is close enough to be a plausible intent: a name the
   * text begins (from 3 characters), else the nearest within a third of the text's length.
   */
  private nearest(key: string): Id | undefined {
    if (!key || key.length > SUGGEST_MAX_LENGTH) return undefined;
    if (key.length >= 3) {
      // Keys starting with `key` sit together in code-unit order, from its insertion point.
      let lo = 0;
      let hi = this.sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (this.sorted[mid]!.key < key) lo = mid + 1;
        else hi = mid;
      }
      let first: IndexedKey<Id> | undefined;
      for (let i = lo; i < this.sorted.length && this.sorted[i]!.key.startsWith(key); i++) {
        const k = this.sorted[i]!;
        if (!first || k.order < first.order) first = k;
      }
      if (first) return first.id;
    }
    const tolerance = Math.max(1, Math.floor(key.length / 3));
    const mask = charMask(key);
    let best: IndexedKey<Id> | undefined;
    let bestDistance = tolerance + 1;
    const shortest = Math.max(1, key.length - tolerance);
    const longest = Math.min(this.byLength.length - 1, key.length + tolerance);
    for (let length = shortest; length <= longest; length++) {
      const sameLength = this.byLength[length];
      if (!sameLength) continue;
      for (const k of sameLength) {
        // Equally near counts only if it comes first in the documents' order.
        const limit = best && k.order < best.order ? bestDistance : bestDistance - 1;
        if (Math.abs(length - key.length) > limit) continue;
        if (bitCount(mask & ~k.mask) > limit || bitCount(k.mask & ~mask) > limit) continue;
        const d = boundedEditDistance(key, k.key, limit);
        if (d <= limit) {
          bestDistance = d;
          best = k;
        }
      }
    }
    return best?.id;
  }
}

/** Reused rows for the edit distance: suggestions for a column of typos allocate nothing. */
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/**
 * Levenshtein distance if it is at most `limit`, otherwise a number above `limit`. Only a band of
 * `limit` cells either side of the diagonal can stay within it, and the work stops as soon as a
 * whole row exceeds it.
 */
export function boundedEditDistance(a: string, b: string, limit: number): number {
  const n = a.length;
  const m = b.length;
  const over = limit + 1;
  if (Math.abs(n - m) > limit) return over;
  if (rowA.length <= m + 1) {
    rowA = new Int32Array(m + 2);
    rowB = new Int32Array(m + 2);
  }
  let previous = rowA;
  let current = rowB;
  for (let j = 0; j <= m; j++) previous[j] = j <= limit ? j : over;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - limit);
    const hi = Math.min(m, i + limit);
    current[lo - 1] = lo === 1 ? (i <= limit ? i : over) : over;
    let rowMin = current[lo - 1]!;
    const ca = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      const substitution = previous[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const deletion = previous[j]! + 1;
      const insertion = current[j - 1]! + 1;
      let d = substitution < deletion ? substitution : deletion;
      if (insertion < d) d = insertion;
      if (d > over) d = over;
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (hi < m) current[hi + 1] = over;
    if (rowMin > limit) return over;
    const swap = previous;
    previous = current;
    current = swap;
  }
  return previous[m]! <= limit ? previous[m]! : over;
}

/** Levenshtein distance. */
export function editDistance(a: string, b: string): number {
  return a === b ? 0 : boundedEditDistance(a, b, Math.max(a.length, b.length));
}
