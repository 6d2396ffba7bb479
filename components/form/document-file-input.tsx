import { describedBy, fieldIds } from "./field-parts";

// What the browser's file picker offers; the server decides by the file's bytes, not by this.
const ACCEPT = ".pdf,.jpg,.jpeg,.png,.heic,.heif,application/pdf,image/jpeg,image/png,image/heic,image/heif";

/**
 * The file box of a document upload form (several files at once), wired to its field's hint and
 * error. It posts as "files" in a plain multipart form, so it works before or without scripts.
 */
export function DocumentFileInput({ name, error, className }: { name: string; error?: string; className?: string }) {
  return (
    <input
      id={fieldIds(name).input}
      type="file"
      name="files"
      multiple
      accept={ACCEPT}
      aria-describedby={describedBy(name, true, !!error)}
      aria-invalid={error ? true : undefined}
      className={`block w-full border-2 p-2 ${error ? "border-red-700" : "border-black"} ${className ?? ""}`}
    />
  );
}
