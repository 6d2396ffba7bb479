import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { getServerConfig } from "@/lib/config/server-config";
import { getPrisma } from "@/lib/db/prisma";
import { addDraftDocument } from "@/lib/documents/add-draft-document";
import { addUploadedFiles } from "@/lib/documents/add-uploaded-files";
import { getDocumentStore } from "@/lib/documents/document-store";
import { getUploadAdmission, guardianPageSaved } from "@/lib/documents/upload-admission";
import { maxUploadBodyBytes, maxUploadBytes } from "@/lib/documents/upload-limits";
import { clientAddress } from "@/lib/http/client-address";
import { readFormData } from "@/lib/http/read-form-data";
import { isSameOrigin } from "@/lib/http/same-origin";
import { findCurrentRuleSet } from "@/lib/rule-sets/rule-set-store";
import { currentDraft, draftRetentionMs } from "../../draft-session";
import { backToDocuments, crossSiteRefused, seeOther } from "../respond";

/** A file input left empty still sends one part: no name, no bytes. */
function chosenFiles(form: FormData): File[] {
  return form
    .getAll("files")
    .filter((entry): entry is File => entry instanceof File && (entry.size > 0 || entry.name !== ""));
}

/**
 * Uploads for one checklist item of the documents page, posted by a plain form (works without
 * JavaScript): fields `checklistItem` and `files` (several allowed). Files are taken only once the
 * draft's guardian page is saved, within the upload budgets and the disk's floor
 * (upload-admission.ts); each file is checked and added on its own, so good files are kept when
 * another is refused. Answers with a 303 back to the page, whose address says what happened; no
 * file name or content is ever echoed.
 */
export async function POST(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response(null, { status: 404 });
  if (!isSameOrigin(request.headers)) return crossSiteRefused();
  const query = new URL(request.url).searchParams;
  const returnToCheck = query.get("return") === "check";
  // The item is also in the address, so a body refused unread can still point at its section.
  const itemInAddress = query.get("item") ?? undefined;

  const now = new Date();
  const draft = await currentDraft(now);
  if (!draft) return seeOther(`/${locale}/apply?expired=1`);
  if (draft.submittedAt) return seeOther(`/${locale}/apply/confirmation`);

  const maxBytes = maxUploadBytes(getServerConfig());
  const body = await readFormData(request, maxUploadBodyBytes(maxBytes));
  if (!body.ok) {
    const error = body.reason === "too_large" ? "uploadTooLarge" : "unreadable";
    return backToDocuments(locale, { error, item: itemInAddress, returnToCheck });
  }
  const item = String(body.form.get("checklistItem") ?? "");
  const files = chosenFiles(body.form);
  if (files.length === 0) return backToDocuments(locale, { error: "noFile", item, returnToCheck });
  if (!guardianPageSaved(draft.answers))
    return backToDocuments(locale, { error: "guardianFirst", item, returnToCheck });

  const prisma = getPrisma();
  const ruleSet = await findCurrentRuleSet(prisma, draft.editionYear);
  if (!ruleSet) return backToDocuments(locale, { error: "closed", item, returnToCheck });
  const store = getDocumentStore();
  const { added, issue } = await addUploadedFiles(files, {
    admission: getUploadAdmission(),
    client: clientAddress(request.headers),
    add: (upload) =>
      addDraftDocument(prisma, store, {
        draftId: draft.draftId,
        ruleSet,
        checklistItem: item,
        upload,
        maxBytes,
        now,
        retentionMs: draftRetentionMs(),
      }),
  });
  return backToDocuments(locale, { added, error: issue?.code, item, returnToCheck }, issue ? undefined : item);
}
