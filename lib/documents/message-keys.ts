import { SANITISE_PROBLEMS, type SanitiseProblem } from "./sanitise/sanitise-problem";

/** The keys of validateUpload's checks of size and type. documents.tooLarge takes the parameter maxMegabytes. */
export const UPLOAD_MESSAGE_KEYS = [
  "documents.empty",
  "documents.tooLarge",
  "documents.unsupportedType",
  "documents.mismatch",
] as const;

/** The keys of sanitiseDocument's refusals: "documents.<problem>". */
export const SANITISE_MESSAGE_KEYS = SANITISE_PROBLEMS.map((problem) => `documents.${problem}` as const);

/**
 * Every key an upload check can report, inside the "fields" message namespace of messages/ja.json
 * and messages/en.json.
 */
export const DOCUMENT_MESSAGE_KEYS = [...UPLOAD_MESSAGE_KEYS, ...SANITISE_MESSAGE_KEYS] as const;

export type UploadMessageKey = (typeof UPLOAD_MESSAGE_KEYS)[number];
export type DocumentMessageKey = UploadMessageKey | `documents.${SanitiseProblem}`;
