/**
 * Whether text can be stored and shown as it is: no U+0000 (PostgreSQL's text and jsonb refuse
 * it, so it would fail the statement) and no lone UTF-16 surrogate (jsonb refuses its escape,
 * and no browser sends one: they become U+FFFD when a form is encoded). Neither can come from a
 * person typing, so input carrying either is refused whole rather than repaired.
 */
export function isWellFormedText(text: string): boolean {
  return !text.includes("\u0000") && !LONE_SURROGATE.test(text);
}

// String.prototype.isWellFormed (ES2024) says the same, but the project's type library is ES2023.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const MAX_DEPTH = 64;

/** Every string in a parsed JSON value, keys included, is well-formed; nesting is bounded. */
export function isWellFormedValue(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return isWellFormedText(value);
  if (value === null || typeof value !== "object") return true;
  if (depth >= MAX_DEPTH) return false;
  if (Array.isArray(value)) return value.every((item) => isWellFormedValue(item, depth + 1));
  return Object.entries(value).every(([key, item]) => isWellFormedText(key) && isWellFormedValue(item, depth + 1));
}

/** Every field name and text value of a form is well-formed (file contents are checked elsewhere). */
export function isWellFormedForm(form: FormData): boolean {
  for (const [name, value] of form.entries()) {
    if (!isWellFormedText(name)) return false;
    if (typeof value === "string" ? !isWellFormedText(value) : !isWellFormedText(value.name)) return false;
  }
  return true;
}
