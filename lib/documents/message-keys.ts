/**
 * Every key an upload check can report, inside the "fields" message namespace of messages/ja.json
 * and messages/en.json. documents.tooLarge takes the parameter maxMegabytes.
 */
export const DOCUMENT_MESSAGE_KEYS = [
  "documents.empty",
  "documents.tooLarge",
  "documents.unsupportedType",
  "documents.mismatch",
] as const;

export type DocumentMessageKey = (typeof DOCUMENT_MESSAGE_KEYS)[number];
