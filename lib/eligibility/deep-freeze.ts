/**
 * Freezes a value and everything inside it. Rule sets are frozen once loaded: evaluate() caches
 * work per rule-set object, so a rule set must never change while in use.
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
