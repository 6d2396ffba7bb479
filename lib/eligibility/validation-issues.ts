import type { z } from "zod";

/** One thing wrong with submitted data: where (dotted, as form libraries name fields) and why. */
export interface ValidationIssue {
  /** e.g. "children.0.birthDate"; "" for the value as a whole. */
  readonly path: string;
  /** Key inside the "eligibility" message namespace, e.g. "validation.date". */
  readonly messageKey: string;
}

export type ParseResult<T> =
  { readonly ok: true; readonly data: T } | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

/** A schema-level error that says "missing" when the value is absent and `key` otherwise. */
export function messageKey(key: string): (issue: { readonly input?: unknown }) => string {
  return (issue) => (issue.input === undefined ? "validation.required" : key);
}

// Fallback keys for schemas that set none, so every issue maps to a message both locales have.
function genericMessageKey(issue: z.core.$ZodRawIssue): string {
  if (issue.input === undefined && issue.code === "invalid_type") return "validation.required";
  switch (issue.code) {
    case "invalid_type":
      if (issue.expected === "boolean") return "validation.yesNo";
      if (issue.expected === "number" || issue.expected === "int") return "validation.wholeNumber";
      if (issue.expected === "array") return "validation.list";
      if (issue.expected === "object" || issue.expected === "record") return "validation.group";
      return "validation.text";
    case "too_small":
    case "too_big":
      if (issue.origin === "array" || issue.origin === "set") return "validation.listLength";
      return issue.origin === "string" ? "validation.textLength" : "validation.outOfRange";
    case "invalid_value":
      return "validation.choice";
    case "invalid_format":
      return "validation.format";
    case "invalid_key":
      return "validation.fieldName";
    case "unrecognized_keys":
      return "validation.unknownField";
    default:
      return "validation.invalid";
  }
}

function dotted(path: readonly PropertyKey[]): string {
  return path.map((segment) => String(segment)).join(".");
}

function toValidationIssues(issues: readonly z.core.$ZodIssue[]): ValidationIssue[] {
  const result: ValidationIssue[] = [];
  const seen = new Set<string>();
  const add = (path: string, key: string) => {
    // A value can fail several checks that share one message (a bad format, then a refinement).
    const id = `${path}\u0000${key}`;
    if (!seen.has(id)) result.push({ path, messageKey: key });
    seen.add(id);
  };
  for (const issue of issues) {
    if (issue.code === "unrecognized_keys") {
      // One issue per stray field, so each can be pointed at.
      for (const key of issue.keys) add(dotted([...issue.path, key]), issue.message);
    } else if (issue.code === "invalid_key") {
      // The key schema's own message says what a key should look like.
      const inner = issue.issues[0]?.message;
      add(dotted(issue.path), inner?.startsWith("validation.") ? inner : issue.message);
    } else {
      add(dotted(issue.path), issue.message);
    }
  }
  return result;
}

/**
 * Parses at a trust boundary. Never throws: whatever arrives (wrong types, null-prototype objects,
 * values whose getters throw) comes back as data or as a list of issues.
 */
export function parseWithIssues<T>(schema: z.ZodType<T>, raw: unknown): ParseResult<T> {
  try {
    const parsed = schema.safeParse(raw, { error: genericMessageKey });
    if (parsed.success) return { ok: true, data: parsed.data };
    const issues = toValidationIssues(parsed.error.issues);
    return { ok: false, issues: issues.length > 0 ? issues : [{ path: "", messageKey: "validation.invalid" }] };
  } catch {
    return { ok: false, issues: [{ path: "", messageKey: "validation.unreadable" }] };
  }
}
