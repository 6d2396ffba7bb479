import type { PrismaClient } from "@/lib/db/create-prisma-client";
import type { ApplicationStatus, MailLocale } from "@/lib/db/generated/enums";
import { normaliseReferenceNumber } from "./reference-number";
import { calendarDate } from "./steps/field-schemas";

export type ApplicationStatusLookup =
  | { found: false }
  | {
      found: true;
      applicationId: string;
      status: ApplicationStatus;
      submittedAt: Date;
      /** The language the family applied in. */
      locale: MailLocale | null;
      editionYear: number;
      informationRequested: boolean;
      /**
       * When information is requested: the checklist items the family said they would send later
       * and has not sent since. (Staff cannot yet name other items; the page offers the whole
       * checklist when this is empty.)
       */
      missingItems?: string[];
    };

const birthDateSchema = calendarDate("invalid");
const NOT_FOUND: ApplicationStatusLookup = { found: false };

/**
 * The status of the application with this reference number, if one of its children was born on
 * this date. A reference that does not exist and a birth date that does not match give the same
 * answer after the same single query (reference AND child's birth date in one WHERE), so the
 * answer never tells whether a reference exists. Input is as typed: any case, full width, the
 * date as { year, month, day } boxes or "YYYY-MM-DD". Rate limiting is the caller's.
 */
export async function findApplicationStatus(
  prisma: PrismaClient,
  input: { referenceNumber: string; birthDate: unknown },
): Promise<ApplicationStatusLookup> {
  const reference = normaliseReferenceNumber(input.referenceNumber);
  const birthDate = birthDateSchema.safeParse(input.birthDate);
  if (reference === undefined || !birthDate.success) return NOT_FOUND;

  const application = await prisma.application.findFirst({
    where: { reference, children: { some: { birthDate: new Date(`${birthDate.data}T00:00:00.000Z`) } } },
    select: {
      id: true,
      status: true,
      submittedAt: true,
      createdAt: true,
      locale: true,
      answers: true,
      edition: { select: { year: true } },
    },
  });
  if (!application) return NOT_FOUND;

  const informationRequested = application.status === "information_requested";
  const found = {
    found: true as const,
    applicationId: application.id,
    status: application.status,
    submittedAt: application.submittedAt ?? application.createdAt,
    locale: application.locale,
    editionYear: application.edition.year,
    informationRequested,
  };
  if (!informationRequested) return found;

  const sent = await prisma.applicationDocument.findMany({
    where: { applicationId: application.id },
    select: { checklistItem: true },
    distinct: ["checklistItem"],
  });
  const sentItems = new Set(sent.map((document) => document.checklistItem));
  return { ...found, missingItems: sendLaterItems(application.answers).filter((item) => !sentItems.has(item)) };
}

/** answers.documents.sendLater of a stored application, read defensively (the column is JSON). */
function sendLaterItems(answers: unknown): string[] {
  if (typeof answers !== "object" || answers === null || !("documents" in answers)) return [];
  const documents = answers.documents;
  if (typeof documents !== "object" || documents === null || !("sendLater" in documents)) return [];
  const { sendLater } = documents;
  return Array.isArray(sendLater) ? [...new Set(sendLater.filter((item) => typeof item === "string"))] : [];
}
