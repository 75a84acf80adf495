import type { NamedEntry } from "../../src/data";

/** The matching rule of FUNCTIONS.md: case, spaces and punctuation do not count. */
export function normalise(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** Every spelling an entry answers to. */
export function namesOf(entry: NamedEntry<string>): string[] {
  return [entry.id, entry.publishedName, ...entry.aliases];
}

/** Normalised names claimed by more than one entry, with the ids that claim them. */
export function collisions(entries: readonly NamedEntry<string>[]): string[] {
  const owners = new Map<string, Set<string>>();
  for (const entry of entries) {
    for (const name of namesOf(entry)) {
      const key = normalise(name);
      const ids = owners.get(key) ?? new Set<string>();
      ids.add(entry.id);
      owners.set(key, ids);
    }
  }
  return [...owners]
    .filter(([, ids]) => ids.size > 1)
    .map(([key, ids]) => `${key}: ${[...ids].join(", ")}`);
}
