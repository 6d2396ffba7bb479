// 〒 (and the circled 〶, which NFKC turns into 〒) is often typed or pasted in front of the code;
// the dash between the 3 and 4 digits may be any dash a Japanese keyboard offers, or a space.
const TYPED_POSTAL_CODE = /^〒?\s*(\d{3})\s*[-‐‑‒–—―−ー]?\s*(\d{4})$/u;

/** "1000001" from "100-0001", "１００－０００１", "〒100-0001" or "1000001"; undefined if not 7 digits. */
export function normalizePostalCode(raw: string): string | undefined {
  const match = TYPED_POSTAL_CODE.exec(raw.normalize("NFKC").trim());
  return match ? `${match[1]}${match[2]}` : undefined;
}

/** "100-0001", as Japanese addresses write it, from a normalised 7-digit code. */
export function formatPostalCode(postalCode: string): string {
  return `${postalCode.slice(0, 3)}-${postalCode.slice(3)}`;
}
