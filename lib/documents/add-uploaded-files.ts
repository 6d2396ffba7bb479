import type { DocumentUpload } from "./check-document-upload";
import type { DocumentIssue, DocumentIssueCode } from "./document-issues";
import { checkFreeSpace, reserveUploadBytes, type UploadAdmission } from "./upload-admission";

/** Refusals that would refuse every further file of the same upload too. */
const STOPS_THE_REST: ReadonlySet<DocumentIssueCode> = new Set([
  "closed",
  "tooManyFiles",
  "uploadBudgetSpent",
  "uploadsPaused",
]);

export interface UploadedFilesOutcome {
  added: number;
  /** The first refusal, if any file was refused. */
  issue?: DocumentIssue;
}

/**
 * The files of one upload, each checked and added on its own (so good files are kept when another
 * is refused), within the disk's floor and the byte budgets: the disk is checked for the whole
 * upload first, and each file's bytes are reserved before `add` stores it and given back when
 * `add` refuses it.
 */
export async function addUploadedFiles(
  files: readonly File[],
  options: {
    admission: UploadAdmission;
    client: string;
    add: (upload: DocumentUpload) => Promise<{ ok: true } | { ok: false; issue: DocumentIssue }>;
  },
): Promise<UploadedFilesOutcome> {
  const total = files.reduce((sum, file) => sum + file.size, 0);
  const full = await checkFreeSpace(options.admission, total);
  if (full) return { added: 0, issue: full };

  let added = 0;
  let issue: DocumentIssue | undefined;
  for (const file of files) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const reservation = await reserveUploadBytes(options.admission, options.client, bytes.byteLength);
    const result = reservation.ok
      ? await addOrGiveBack(reservation.giveBack, () => options.add({ bytes, fileName: file.name }))
      : reservation;
    if (result.ok) added += 1;
    else issue ??= result.issue;
    if (!result.ok && STOPS_THE_REST.has(result.issue.code)) break;
  }
  return issue ? { added, issue } : { added };
}

async function addOrGiveBack<T extends { ok: boolean }>(
  giveBack: () => Promise<void>,
  add: () => Promise<T>,
): Promise<T> {
  let result: T;
  try {
    result = await add();
  } catch (error) {
    await giveBack().catch(() => undefined);
    throw error;
  }
  if (!result.ok) await giveBack();
  return result;
}
