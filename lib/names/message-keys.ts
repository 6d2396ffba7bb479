/**
 * Every key the name fields can report, inside the "fields" message namespace of messages/ja.json
 * and messages/en.json (so "names.kanaOnly" is shown as fields.names.kanaOnly).
 */
export const NAME_MESSAGE_KEYS = [
  "invalid",
  "names.familyNameRequired",
  "names.givenNameRequired",
  "names.familyNameKanaRequired",
  "names.givenNameKanaRequired",
  "names.tooLong",
  "names.characters",
  "names.kanaTooLong",
  "names.kanaOnly",
  "names.kanaNotKanji",
] as const;

export type NameMessageKey = (typeof NAME_MESSAGE_KEYS)[number];
