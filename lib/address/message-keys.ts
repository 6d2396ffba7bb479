/**
 * Every key the address fields and the postal code lookup can report, inside the "fields" message
 * namespace of messages/ja.json and messages/en.json.
 */
export const ADDRESS_MESSAGE_KEYS = [
  "invalid",
  "address.postalCodeRequired",
  "address.postalCodeFormat",
  "address.postalCodeNotFound",
  "address.prefectureRequired",
  "address.cityRequired",
  "address.streetRequired",
  "address.tooLong",
  "address.characters",
] as const;

export type AddressMessageKey = (typeof ADDRESS_MESSAGE_KEYS)[number];
