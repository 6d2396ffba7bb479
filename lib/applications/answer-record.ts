/**
 * The fields of an answer that arrives untyped (stored JSON, a form post): its own fields when it
 * is a plain object, none otherwise, so reading a missing or malformed answer never throws.
 */
export function answerRecord(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
