import { documentsOutcomeQuery, type DocumentsOutcome } from "@/lib/documents/upload-outcome";

/**
 * A 303 to a page of the application, so the browser follows with a GET and a reload does not
 * post again. The address is relative: the host a proxy reached us by is never guessed.
 */
export function seeOther(path: string): Response {
  return new Response(null, { status: 303, headers: { Location: path, "Cache-Control": "no-store" } });
}

/** Back to the documents page, saying what happened (codes and checklist ids only). */
export function backToDocuments(locale: string, outcome: DocumentsOutcome, section?: string): Response {
  const fragment = section && /^[a-z][a-z0-9_]*$/.test(section) ? `#documents-${section}` : "";
  return seeOther(`/${locale}/apply/documents${documentsOutcomeQuery(outcome)}${fragment}`);
}

/** A post from another site (or without Origin): refused without reading it. */
export function crossSiteRefused(): Response {
  return new Response("This form can only be sent from this site.", {
    status: 403,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}
