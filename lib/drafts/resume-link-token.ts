import { createHash, randomBytes } from "node:crypto";

/** 32 random bytes in base64url: 256 bits, far beyond guessing, and safe in an address. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** A new token for one resume link. It exists only in the mail; the database keeps its hash. */
export function generateResumeLinkToken(): string {
  return randomBytes(32).toString("base64url");
}

/**
 * The hex SHA-256 the link is stored under, or undefined for anything that is not a token (so a
 * malformed link costs no database lookup). A plain hash suffices: the token is random, not chosen.
 */
export function hashResumeLinkToken(token: unknown): string | undefined {
  if (typeof token !== "string" || !TOKEN_PATTERN.test(token)) return undefined;
  return createHash("sha256").update(token).digest("hex");
}
