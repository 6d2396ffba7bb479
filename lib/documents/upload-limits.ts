import type { ServerConfig } from "@/lib/config/server-config";

const MEGABYTE = 1024 * 1024;

/** Files of the largest size one upload may carry together: a few photos of pages at once. */
export const FILES_PER_UPLOAD = 4;

/** Room in a multipart body for field names, boundaries and headers beside the files. */
const FORM_OVERHEAD_BYTES = 64 * 1024;

/** The largest file accepted, in bytes (MAX_UPLOAD_MB). */
export function maxUploadBytes(config: Pick<ServerConfig, "MAX_UPLOAD_MB">): number {
  return config.MAX_UPLOAD_MB * MEGABYTE;
}

/**
 * The largest upload body read: FILES_PER_UPLOAD files of the largest size and the form around
 * them (40 MB and a little with the default 10 MB). A larger body is refused before it is read.
 */
export function maxUploadBodyBytes(maxFileBytes: number): number {
  return maxFileBytes * FILES_PER_UPLOAD + FORM_OVERHEAD_BYTES;
}
