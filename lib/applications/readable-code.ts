/**
 * Codes people read aloud over the phone, write on paper and type on a phone: reference numbers
 * and resume codes. The alphabet is Crockford's base 32 without the characters that are easily
 * confused in print or in speech: 0/O/Q, 1/I/L, U/V, and S, Z, B, which read as 5, 2
 * and 8. 25 characters, each drawn from the Web Crypto generator (uniformly: bytes of 250 and more
 * are drawn again), so a code of n characters carries n × 4.64 bits and cannot be guessed from the
 * ones before it. Web Crypto rather than node:crypto, so that the status page's form can share the
 * normaliser below without pulling a Node polyfill into the browser.
 */
export const READABLE_ALPHABET = "23456789ACDEFGHJKMNPRTWXY";

// Letters people type for a character of the alphabet they have misread: S for 5, Z for 2, B for 8.
// 0/O, 1/I/L, Q, U and V have no single counterpart and so leave the code invalid rather than guessed.
const READ_ALIKES: Readonly<Record<string, string>> = { S: "5", Z: "2", B: "8" };
const SEPARATORS = /[\s\-‐‑‒–—―−ー_.]/gu;

// The largest multiple of the alphabet's size that fits in a byte: taking bytes below it modulo 25
// gives every character the same chance.
const UNBIASED_LIMIT = 256 - (256 % READABLE_ALPHABET.length);

export function randomReadableCode(length: number): string {
  let code = "";
  // getRandomValues fills at most 65,536 bytes at a time.
  const bytes = new Uint8Array(Math.min(length + 16, 4096));
  while (code.length < length) {
    globalThis.crypto.getRandomValues(bytes);
    for (const byte of bytes) {
      if (byte < UNBIASED_LIMIT && code.length < length) code += READABLE_ALPHABET[byte % READABLE_ALPHABET.length];
    }
  }
  return code;
}

/** "ABCDE-FGHJK" from "ABCDEFGHJK" and group sizes [5, 5]. */
export function groupCode(code: string, groups: readonly number[]): string {
  const parts: string[] = [];
  let start = 0;
  for (const size of groups) {
    parts.push(code.slice(start, start + size));
    start += size;
  }
  return parts.join("-");
}

/**
 * A code as typed, back to its bare characters: full-width and lower case accepted, spaces and
 * any dash ignored, S/Z/B read as 5/2/8. Undefined when it cannot be a code of `length`.
 */
export function normaliseReadableCode(raw: string, length: number): string | undefined {
  if (raw.length > length * 4) return undefined;
  const bare = raw
    .normalize("NFKC")
    .toUpperCase()
    .replace(SEPARATORS, "")
    .replace(/[SZB]/gu, (letter) => READ_ALIKES[letter] ?? letter);
  if (bare.length !== length) return undefined;
  for (const character of bare) if (!READABLE_ALPHABET.includes(character)) return undefined;
  return bare;
}
