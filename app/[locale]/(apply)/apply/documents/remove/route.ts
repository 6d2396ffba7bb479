import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { getPrisma } from "@/lib/db/prisma";
import { getDocumentStore } from "@/lib/documents/document-store";
import { removeDraftDocument } from "@/lib/documents/remove-draft-document";
import { readFormData } from "@/lib/http/read-form-data";
import { isSameOrigin } from "@/lib/http/same-origin";
import { currentDraft, draftRetentionMs } from "../../draft-session";
import { backToDocuments, crossSiteRefused, seeOther } from "../respond";

/** The form holds one storage key and the return flag. */
const MAX_BODY_BYTES = 16 * 1024;

/**
 * Removes one uploaded file from the draft (plain form post, field `storageKey`) and deletes it,
 * then answers with a 303 back to the documents page.
 */
export async function POST(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response(null, { status: 404 });
  if (!isSameOrigin(request.headers)) return crossSiteRefused();
  const returnToCheck = new URL(request.url).searchParams.get("return") === "check";

  const now = new Date();
  const draft = await currentDraft(now);
  if (!draft) return seeOther(`/${locale}/apply?expired=1`);
  if (draft.submittedAt) return seeOther(`/${locale}/apply/confirmation`);

  const body = await readFormData(request, MAX_BODY_BYTES);
  if (!body.ok) return backToDocuments(locale, { error: "unreadable", returnToCheck });
  const item = String(body.form.get("checklistItem") ?? "");
  const result = await removeDraftDocument(getPrisma(), getDocumentStore(), {
    draftId: draft.draftId,
    storageKey: String(body.form.get("storageKey") ?? ""),
    now,
    retentionMs: draftRetentionMs(),
  });
  if (!result.ok) return backToDocuments(locale, { error: result.issue.code, returnToCheck });
  return backToDocuments(locale, { removed: result.removed, item, returnToCheck }, item);
}
