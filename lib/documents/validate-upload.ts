import type { ValidationIssue } from "@/lib/eligibility/validation-issues";
import { detectFileType } from "./detect-file-type";
import type { UploadMessageKey } from "./message-keys";

/** 10 MB: a phone photo of a document is 2–5 MB, a multi-page scan as PDF rarely more. */
export const DEFAULT_MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

// What parents upload: scans and exported documents (PDF), and photos of paper documents, which
// iPhones save as HEIC unless set to "Most Compatible". Each type is stored under one extension of
// ours, whatever the uploaded file was called.
const ACCEPTED = {
  "application/pdf": "pdf",
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/heic": "heic",
  "image/heif": "heif",
} as const;

export type AcceptedMimeType = keyof typeof ACCEPTED;
export type SafeExtension = (typeof ACCEPTED)[AcceptedMimeType];

// The extensions people's files of each type are usually called, to tell whether a name agrees.
const USUAL_NAME_EXTENSIONS: Readonly<Record<AcceptedMimeType, readonly string[]>> = {
  "application/pdf": ["pdf"],
  "image/jpeg": ["jpg", "jpeg", "jpe", "jfif"],
  "image/png": ["png"],
  "image/heic": ["heic", "heif", "hif"],
  "image/heif": ["heic", "heif", "hif"],
};

export interface UploadToCheck {
  readonly bytes: Uint8Array;
  /** As the browser sent it; only compared with the content, never trusted. */
  readonly fileName?: string;
}

export interface UploadCheckOptions {
  /** Largest accepted size in bytes; DEFAULT_MAX_UPLOAD_BYTES unless given. */
  readonly maxBytes?: number;
  /** Refuse a file whose name claims another type (documents.mismatch). Off by default: see validateUpload. */
  readonly rejectNameMismatch?: boolean;
}

export interface AcceptedUpload {
  readonly mimeType: AcceptedMimeType;
  /** The extension to store the file under, from its content. */
  readonly extension: SafeExtension;
  readonly size: number;
  /** The name's extension claims another type (a PDF called photo.png). */
  readonly nameMismatch: boolean;
}

export interface UploadIssue extends ValidationIssue {
  readonly messageKey: UploadMessageKey;
  /** For documents.tooLarge: the limit in MB, for the message to show. */
  readonly params?: { readonly maxMegabytes: number };
}

export type UploadCheck =
  | { readonly ok: true; readonly data: AcceptedUpload }
  | { readonly ok: false; readonly issues: readonly UploadIssue[] };

function isAccepted(mimeType: string): mimeType is AcceptedMimeType {
  return Object.hasOwn(ACCEPTED, mimeType);
}

/** "pdf" from "C:\\fakepath\\Scan.PDF" or "ｓｃａｎ．ｐｄｆ"; undefined when the name has none. */
function extensionOf(fileName: string): string | undefined {
  const baseName = fileName.normalize("NFKC").split(/[/\\]/u).pop() ?? "";
  const dot = baseName.lastIndexOf(".");
  return dot > 0 && dot < baseName.length - 1 ? baseName.slice(dot + 1).toLowerCase() : undefined;
}

function refuse(messageKey: UploadMessageKey, params?: UploadIssue["params"]): UploadCheck {
  return { ok: false, issues: [params ? { path: "", messageKey, params } : { path: "", messageKey }] };
}

/**
 * Checks an uploaded document: not empty, within the size limit, and a PDF, JPEG, PNG or HEIC/HEIF
 * judged from its bytes. An HTML page renamed .pdf is refused; a PDF renamed .png is accepted as a
 * PDF and stored as .pdf.
 *
 * A name that disagrees with the content is accepted by default. The name proves nothing either
 * way (the bytes decide what is stored and how it is served), and it disagrees for innocent
 * reasons: phones convert HEIC photos to JPEG but keep the name, share sheets call everything
 * image.jpg, and people rename files to get past pickers. Refusing would stop a parent with a
 * message they cannot act on. nameMismatch is reported so that staff can see it, and callers that
 * want to refuse can set rejectNameMismatch.
 */
export async function validateUpload(upload: UploadToCheck, options: UploadCheckOptions = {}): Promise<UploadCheck> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_UPLOAD_BYTES;
  const size = upload.bytes.byteLength;
  if (size === 0) return refuse("documents.empty");
  if (size > maxBytes) {
    return refuse("documents.tooLarge", { maxMegabytes: Math.floor((maxBytes / (1024 * 1024)) * 10) / 10 });
  }
  const detected = await detectFileType(upload.bytes);
  if (!detected || !isAccepted(detected.mimeType)) return refuse("documents.unsupportedType");
  const claimed = upload.fileName === undefined ? undefined : extensionOf(upload.fileName);
  const nameMismatch = claimed !== undefined && !USUAL_NAME_EXTENSIONS[detected.mimeType].includes(claimed);
  if (nameMismatch && options.rejectNameMismatch) return refuse("documents.mismatch");
  return {
    ok: true,
    data: { mimeType: detected.mimeType, extension: ACCEPTED[detected.mimeType], size, nameMismatch },
  };
}
