import type { ApplicationStatusLookup } from "@/lib/applications/find-application-status";
import { statusDocumentChoices, type DocumentChoice } from "@/lib/applications/status-document-choices";
import type { PrismaClient } from "@/lib/db/create-prisma-client";
import type { ApplicationStatus } from "@/lib/db/generated/enums";
import { formatCalendarDate, japanCalendarDate } from "@/lib/dates/format-japan-time";
import { findCurrentRuleSet } from "@/lib/rule-sets/rule-set-store";

/** What the result shows; the pair goes back in the upload form's hidden fields. */
export interface StatusView {
  referenceNumber: string;
  birthDate: string;
  status: ApplicationStatus;
  /** The day the application was sent, in Japan, as the page's language writes dates. */
  submittedOn: string;
  /** When information is requested: what to upload. */
  upload?: { missing: DocumentChoice[]; choices: DocumentChoice[] };
}

export async function buildStatusView(
  prisma: PrismaClient,
  found: Extract<ApplicationStatusLookup, { found: true }>,
  pair: { referenceNumber: string; birthDate: string },
  locale: "ja" | "en",
): Promise<StatusView> {
  const view: StatusView = {
    ...pair,
    status: found.status,
    submittedOn: formatCalendarDate(japanCalendarDate(found.submittedAt), locale),
  };
  if (!found.informationRequested) return view;
  const ruleSet = await findCurrentRuleSet(prisma, found.editionYear);
  return ruleSet ? { ...view, upload: statusDocumentChoices(ruleSet, found.missingItems ?? [], locale) } : view;
}
