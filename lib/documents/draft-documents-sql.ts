import { Prisma } from "@/lib/db/generated/client";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id PostgreSQL can cast to uuid; anything else names no draft or application. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

// A draft keeps its answers as typed (saveDraftStep), so documents and its file list are read
// defensively: anything but an object or an array counts as empty rather than failing the UPDATE.
const documents = Prisma.sql`(CASE WHEN jsonb_typeof(answers -> 'documents') = 'object'
  THEN answers -> 'documents' ELSE '{}'::jsonb END)`;
const files = Prisma.sql`(CASE WHEN jsonb_typeof(answers #> '{documents,files}') = 'array'
  THEN answers #> '{documents,files}' ELSE '[]'::jsonb END)`;
const sendLater = Prisma.sql`(CASE WHEN jsonb_typeof(answers #> '{documents,sendLater}') = 'array'
  THEN answers #> '{documents,sendLater}' ELSE '[]'::jsonb END)`;

function withDocuments(fields: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`answers || jsonb_build_object('documents', ${documents} || ${fields})`;
}

/**
 * SQL pieces over draft.answers.documents.files for one-statement UPDATEs. They read the row
 * being updated (no sub-select of the table), so when two requests update the same draft at once
 * the second one's expressions are evaluated again on the first one's result.
 */
export const draftDocumentsSql = {
  /** The draft's files as a jsonb array. */
  files,
  /**
   * The draft's answers with `documents.files` replaced and `documents.sendLater` kept (or set,
   * when given), both always lists afterwards, as the documents step expects.
   */
  withFiles: (newFiles: Prisma.Sql, newSendLater: Prisma.Sql = sendLater) =>
    withDocuments(Prisma.sql`jsonb_build_object('files', ${newFiles}, 'sendLater', ${newSendLater})`),
  /** The files with the entries of a JSON array appended. */
  append: (entriesJson: string) => Prisma.sql`(${files} || ${entriesJson}::jsonb)`,
  /** The files without the entry of this storage key, in their order. */
  without: (storageKey: string) =>
    Prisma.sql`(SELECT COALESCE(jsonb_agg(entry ORDER BY position), '[]'::jsonb)
      FROM jsonb_array_elements(${files}) WITH ORDINALITY AS listed(entry, position)
      WHERE entry ->> 'storageKey' IS DISTINCT FROM ${storageKey}::text)`,
  /** Whether the files include an entry of this storage key. */
  holds: (storageKey: string) =>
    Prisma.sql`(${files} @> jsonb_build_array(jsonb_build_object('storageKey', ${storageKey}::text)))`,
};
