import { createHash } from "node:crypto";
import { groupCode, normaliseReadableCode, randomReadableCode } from "@/lib/applications/readable-code";

/**
 * Resume codes: 8 characters of the readable alphabet, shown as "XXXX-XXXX" for the parent to
 * write down. 25^8 ≈ 1.5 × 10^11 (37 bits): enough against online guessing only together with
 * the per-IP rate limit the resume page must apply, and drafts expire.
 */
export const RESUME_CODE_LENGTH = 8;
const GROUPS = [4, 4] as const;

export function generateResumeCode(): string {
  return groupCode(randomReadableCode(RESUME_CODE_LENGTH), GROUPS);
}

/**
 * The hex SHA-256 the draft is stored under. A plain hash suffices (no salt, no slow KDF) because
 * the code is random, not chosen by a person: there is no dictionary to precompute, and the
 * database alone never gives the code back.
 */
export function hashResumeCode(code: string): string | undefined {
  const bare = normaliseReadableCode(code, RESUME_CODE_LENGTH);
  return bare === undefined ? undefined : createHash("sha256").update(bare).digest("hex");
}
