// Test support: small helpers for writing binary formats by hand.

export const hex = (digits: string) => Uint8Array.from(digits.match(/../gu) ?? [], (pair) => Number.parseInt(pair, 16));

/** One byte per character (ISO-8859-1), as PDF syntax and box types are written. */
export const ascii = (text: string) => new Uint8Array(Buffer.from(text, "latin1"));

export function join(...parts: readonly (Uint8Array | string)[]): Uint8Array {
  const bytes = parts.map((part) => (typeof part === "string" ? ascii(part) : part));
  const joined = new Uint8Array(bytes.reduce((total, part) => total + part.byteLength, 0));
  let at = 0;
  for (const part of bytes) {
    joined.set(part, at);
    at += part.byteLength;
  }
  return joined;
}

export function bigEndian16(value: number): Uint8Array {
  return Uint8Array.of((value >>> 8) & 0xff, value & 0xff);
}

export function bigEndian32(value: number): Uint8Array {
  return Uint8Array.of((value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff);
}

/** Whether `needle` occurs in `haystack`. */
export function containsBytes(haystack: Uint8Array, needle: Uint8Array | string): boolean {
  return Buffer.from(haystack).includes(Buffer.from(typeof needle === "string" ? ascii(needle) : needle));
}
