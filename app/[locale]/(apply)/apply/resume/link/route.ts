import type { NextRequest } from "next/server";
import { getPathname } from "@/i18n/navigation";
import { localeOrDefault } from "@/i18n/routing";
import { getPrisma } from "@/lib/db/prisma";
import { draftStepPath } from "@/lib/drafts/draft-step-path";
import { parseDraftToken } from "@/lib/drafts/draft-token";
import { openDraft } from "@/lib/drafts/open-draft";
import { rememberDraft } from "../../draft-session";

/** A relative 303, so the browser asks for the next page with GET whatever address the site is reached by. */
function seeOther(path: string): Response {
  return new Response(null, { status: 303, headers: { Location: path, "Cache-Control": "no-store" } });
}

/**
 * The resume link from the email (lib/drafts/send-resume-link.ts). A working link makes this
 * browser hold the draft (the same cookie the form uses) and opens the step the parent left off
 * at, on any device; a link that no longer works goes to the resume-code page, which says so.
 * The token is a secret: it is never logged, and the redirect drops it from the address bar.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ locale: string }> }) {
  const requested = (await params).locale;
  const locale = localeOrDefault(requested);
  const token = parseDraftToken(request.nextUrl.searchParams.get("token"));
  const draft = token ? await openDraft(getPrisma(), token, new Date()) : undefined;
  if (!token || !draft) return seeOther(getPathname({ href: "/apply/resume?expired=1", locale }));
  if (draft.submittedAt) return seeOther(getPathname({ href: "/apply/resume?submitted=1", locale }));
  await rememberDraft(token);
  return seeOther(getPathname({ href: draftStepPath(draft.currentStep), locale }));
}
