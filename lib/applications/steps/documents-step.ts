import { z } from "zod";
import { DEFAULT_MAX_UPLOAD_BYTES } from "@/lib/documents/validate-upload";

export const MAX_DOCUMENT_FILES = 30;

const ACCEPTED_MIME_TYPES = ["application/pdf", "image/jpeg", "image/png", "image/heic", "image/heif"] as const;

const checklistItem = z.string({ error: "errors.checklistItem" }).regex(/^[a-z][a-z0-9_]{0,63}$/, {
  error: "errors.checklistItem",
});

/**
 * A file already checked and stored by the upload step: the key our storage gave it, never the
 * name it had on the phone. The key's shape is fixed so it can never climb out of the storage
 * folder ("..", absolute paths, backslashes).
 */
const storedFile = z.object(
  {
    checklistItem,
    storageKey: z
      .string({ error: "errors.storedFile" })
      .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}(?:\/[A-Za-z0-9][A-Za-z0-9_.-]{0,63}){0,2}$/, {
        error: "errors.storedFile",
      })
      .refine((key) => !key.includes(".."), { error: "errors.storedFile" }),
    mimeType: z.enum(ACCEPTED_MIME_TYPES, { error: "errors.storedFile" }),
    size: z
      .int({ error: "errors.storedFile" })
      .min(1, { error: "errors.storedFile" })
      .max(DEFAULT_MAX_UPLOAD_BYTES, { error: "errors.storedFile" }),
  },
  { error: "errors.storedFile" },
);

/**
 * The files uploaded per checklist item, and the items the family will send later ("I will send
 * this later" is allowed; staff follow up). Which items exist is the edition's: see applicationSchemaFor.
 */
export const documentsStep = z.object({
  documents: z
    .object(
      {
        files: z.array(storedFile, { error: "invalid" }).max(MAX_DOCUMENT_FILES, { error: "errors.tooManyFiles" }),
        sendLater: z.array(checklistItem, { error: "invalid" }).max(64, { error: "errors.checklistItem" }),
      },
      { error: "invalid" },
    )
    .optional()
    .transform((documents) => documents ?? { files: [], sendLater: [] })
    .superRefine((documents, ctx) => {
      const keys = new Set<string>();
      documents.files.forEach((file, index) => {
        if (keys.has(file.storageKey)) {
          ctx.addIssue({ code: "custom", path: ["files", index, "storageKey"], message: "errors.storedFile" });
        }
        keys.add(file.storageKey);
      });
    }),
});

export type DocumentsStep = z.output<typeof documentsStep>;
export type StoredDocumentFile = DocumentsStep["documents"]["files"][number];
