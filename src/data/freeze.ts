/**
 * Embedded tables are shared by every caller in the runtime, so one careless mutation would
 * silently change every later result. Freezing them all the way down turns that into an error.
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) {
      deepFreeze((value as Record<PropertyKey, unknown>)[key]);
    }
  }
  return value;
}
