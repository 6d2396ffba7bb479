import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { receiveStatusUpload } from "@/lib/applications/receive-status-upload";
import { parseStatusLookup } from "@/lib/applications/status-lookup-schema";
import { getServerConfig } from "@/lib/config/server-config";
import { getPrisma } from "@/lib/db/prisma";
import { getDocumentStore } from "@/lib/documents/document-store";
import { getUploadAdmission } from "@/lib/documents/upload-admission";
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
async function backToStatus(locale: string, outcome: StatusOutcome): Promise<Response> {
  const token = await statusServices().outcomes.put(outcome);
  return new Response(null, {
    status: 303,
    headers: { Location: `/${locale}/status`, "Set-Cookie": outcomeCookie(token), "Cache-Control": "no-store" },
  });
}

/**
 * Documents sent from the status page when information is requested, by a plain form (no
 * JavaScript needed): hidden `referenceNumber` and `birthDate`, `checklistItem` and `files`
 * (several allowed). receiveStatusUpload verifies the pair under the lookup's budgets of wrong
 * guesses and adds the files within the upload budgets. No file name or content is ever echoed
 * or logged.
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

  const item = String(body.form.get("checklistItem") ?? "");
  const result = await receiveStatusUpload(
    getPrisma(),
    getDocumentStore(),
    { guard: statusServices().guard, admission: getUploadAdmission() },
    {
      pair: pair.data,
      client: clientAddress(request.headers),
      checklistItem: item,
      files: chosenFiles(body.form),
      maxBytes,
      now: new Date(),
    },
  );
  if (!result.verified) return backToStatus(locale, { notice: result.reason });
  const { added, issue } = result;
  return backToStatus(locale, { lookup: pair.data, upload: issue ? { added, issue, item } : { added, item } });
}
