/**
 * Every key the phone and email fields can report, inside the "fields" message namespace of
 * messages/ja.json and messages/en.json.
 */
export const CONTACT_MESSAGE_KEYS = [
  "invalid",
  "phone.required",
  "phone.invalid",
  "phone.notJapanese",
  "phone.notPersonal",
  "email.required",
  "email.missingAt",
  "email.spaces",
  "email.format",
  "email.tooLong",
] as const;

export type ContactMessageKey = (typeof CONTACT_MESSAGE_KEYS)[number];
