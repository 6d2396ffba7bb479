import type { z } from "zod";

/**
 * One problem with an answer: the field's dotted path ("children.0.birthDate") and a message key
 * from the root of the message files. Keys of this module's own schemas live in the
 * "application" namespace ("application.errors.householdSize"); keys of the shared field schemas
 * of lib/names, lib/contact, lib/address and lib/banks live in "fields" ("fields.names.kanaOnly").
 */
export interface AnswerIssue {
  readonly path: string;
  readonly messageKey: string;
}

export type AnswersResult<T> =
  { readonly ok: true; readonly data: T } | { readonly ok: false; readonly issues: readonly AnswerIssue[] };

// The step schemas write their own keys as "errors.*"; the shared schemas' keys never start so.
function qualified(key: string): string {
  return key.startsWith("errors.") ? `application.${key}` : `fields.${key}`;
}

// zod's own messages (a wrong type where no schema set a key) are English sentences, not keys.
function looksLikeKey(message: string): boolean {
  return /^[a-zA-Z][a-zA-Z0-9]*(\.[a-zA-Z0-9]+)*$/.test(message);
}

/** Parses untrusted answers. Never throws: hostile input comes back as issues. */
export function parseAnswers<T>(schema: z.ZodType<T>, raw: unknown): AnswersResult<T> {
  try {
    const parsed = schema.safeParse(raw);
    if (parsed.success) return { ok: true, data: parsed.data };
    const seen = new Set<string>();
    const issues: AnswerIssue[] = [];
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String).join(".");
      const messageKey = qualified(looksLikeKey(issue.message) ? issue.message : "errors.invalid");
      const id = `${path}\u0000${messageKey}`;
      if (!seen.has(id)) issues.push({ path, messageKey });
      seen.add(id);
    }
    return { ok: false, issues };
  } catch {
    return { ok: false, issues: [{ path: "", messageKey: "application.errors.invalid" }] };
  }
}
