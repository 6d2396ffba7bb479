// The "max" metadata, not the default "min": "min" checks little more than a number's length, so
// it accepts 090-1234-567 (a mobile number missing a digit, the commonest typing slip: 10 digits
// is a landline's length), and it cannot say whether a number is a mobile or 0120 / 0570. "max"
// knows each Japanese number range and its type. It is about 70 kB more metadata than "min",
// which the one number we reach a family on is worth.
import { parsePhoneNumberFromString, type NumberType } from "libphonenumber-js/max";
import type { ContactMessageKey } from "./message-keys";

export type PhoneKind = "mobile" | "landline" | "ip";

export interface PhoneNumber {
  /** "+819012345678": for storing, comparing and sending SMS. */
  readonly e164: string;
  /** "090-1234-5678": how Japanese people write the number. */
  readonly display: string;
  readonly kind: PhoneKind;
}

export type PhoneNumberResult =
  { readonly ok: true; readonly value: PhoneNumber } | { readonly ok: false; readonly messageKey: ContactMessageKey };

// Numbers a caseworker can call a parent back on. Toll-free (0120, 0800), navi-dial (0570),
// pagers (020) and premium-rate numbers reach a service, not a person.
const KINDS: Partial<Record<NonNullable<NumberType>, PhoneKind>> = {
  MOBILE: "mobile",
  FIXED_LINE: "landline",
  FIXED_LINE_OR_MOBILE: "landline",
  VOIP: "ip", // 050 numbers, common on low-cost plans
};

// What people type around the digits: +81, spaces, brackets round an area code, and every dash a
// Japanese keyboard offers (ー and − as well as -). Letters ("内線", "ext") are not allowed, so the
// library is never asked to dig a number out of a sentence.
const PHONE_CHARACTERS = /^[0-9+\s().\-‐‑‒–—―−ー]+$/u;
const LONGEST_INPUT = 30;

/**
 * A Japanese mobile, landline or 050 number as typed (full-width digits, hyphens or none, +81,
 * brackets, spaces), checked against the number plan and returned as E.164 and display form.
 */
export function normalizePhoneNumber(raw: string): PhoneNumberResult {
  const text = raw.normalize("NFKC").trim();
  if (text === "") return { ok: false, messageKey: "phone.required" };
  if (text.length > LONGEST_INPUT || !PHONE_CHARACTERS.test(text)) return { ok: false, messageKey: "phone.invalid" };
  const phone = parsePhoneNumberFromString(text, "JP");
  if (!phone?.isValid()) return { ok: false, messageKey: "phone.invalid" };
  if (phone.country !== "JP") return { ok: false, messageKey: "phone.notJapanese" };
  const type = phone.getType();
  const kind = type ? KINDS[type] : undefined;
  if (!kind) return { ok: false, messageKey: "phone.notPersonal" };
  return { ok: true, value: { e164: phone.number, display: phone.formatNational(), kind } };
}
