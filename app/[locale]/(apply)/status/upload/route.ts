import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { findApplicationStatus } from "@/lib/applications/find-application-status";
import { guardStatusLookup } from "@/lib/applications/status-lookup-guard";
import { parseStatusLookup } from "@/lib/applications/status-lookup-schema";
import { getServerConfig } from "@/lib/config/server-config";
import { getPrisma } from "@/lib/db/prisma";
import { addApplicationDocument } from "@/lib/documents/add-application-document";
import { documentIssue, type DocumentIssue } from "@/lib/documents/document-issues";
import { getDocumentStore } from "@/lib/documents/document-store";
import { maxUploadBodyBytes, maxUploadBytes } from "@/lib/documents/upload-limits";
import { clientAddress } from "@/lib/http/client-address";
import { readFormData } from "@/lib/http/read-form-data";
import { isSameOrigin } from "@/lib/http/same-origin";
import { outcomeCookie, statusServices, type StatusOutcome } from "../status-services";

/** A file input left empty still sends one part: no name, no bytes. */
function chosenFiles(form: FormData): File[] {
  return form
    .getAll("files")
    .filter((entry): entry is File => entry instanceof File && (entry.size > 0 || entry.name !== ""));
}

/**
 * Back to the status page with a 303 (a reload does not post again). What happened, and the
 * verified pair that lets the page show the status again, stay on the server under a one-time
 * token in an httpOnly cookie: neither the reference nor the birth date goes into an address.
 */
function backToStatus(locale: string, outcome: StatusOutcome): Response {
  const token = statusServices().outcomes.put(outcome);
  return new Response(null, {
    status: 303,
    headers: { Location: `/${locale}/status`, "Set-Cookie": outcomeCookie(locale, token), "Cache-Control": "no-store" },
  });
}

/**
 * Documents sent from the status page when information is requested, by a plain form (no
 * JavaScript needed): hidden `referenceNumber` and `birthDate`, `checklistItem` and `files`
 * (several allowed). The pair is verified again under the same limit of wrong guesses as the
 * lookup; each file is then checked and added on its own, so good files are kept when another is
 * refused. No file name or content is ever echoed or logged.
 */
export async function POST(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response(null, { status: 404 });
  if (!isSameOrigin(request.headers)) {
    return new Response("This form can only be sent from this site.", {
      status: 403,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }

  const maxBytes = maxUploadBytes(getServerConfig());
  const body = await readFormData(request, maxUploadBodyBytes(maxBytes));
  if (!body.ok) return backToStatus(locale, { notice: "uploadNotReceived" });
  const pair = parseStatusLookup({
    referenceNumber: body.form.get("referenceNumber"),
    birthDate: body.form.get("birthDate"),
  });
  if (!pair.ok) return backToStatus(locale, { notice: "notFound" });

  const prisma = getPrisma();
  const keys = { client: clientAddress(request.headers), reference: pair.data.referenceNumber };
  const found = await guardStatusLookup(statusServices().limiter, keys, () => findApplicationStatus(prisma, pair.data));
  if (!found.found) return backToStatus(locale, { notice: "limited" in found ? "limited" : "notFound" });

  const lookup = pair.data;
  const item = String(body.form.get("checklistItem") ?? "");
  const files = chosenFiles(body.form);
  if (item === "") return backToStatus(locale, { lookup, upload: { added: 0, issue: documentIssue("unknownItem") } });
  if (files.length === 0)
    return backToStatus(locale, { lookup, upload: { added: 0, issue: documentIssue("noFile"), item } });

  const store = getDocumentStore();
  const now = new Date();
  let added = 0;
  let issue: DocumentIssue | undefined;
  for (const file of files) {
    const result = await addApplicationDocument(prisma, store, {
      applicationId: found.applicationId,
      checklistItem: item,
      upload: { bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name },
      maxBytes,
      now,
    });
    if (result.ok) added += 1;
    else issue ??= result.issue;
    // The rest would be refused for the same reason.
    if (!result.ok && (result.issue.code === "closed" || result.issue.code === "tooManyFiles")) break;
  }
  return backToStatus(locale, { lookup, upload: issue ? { added, issue, item } : { added, item } });
}
