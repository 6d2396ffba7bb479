import { z } from "zod";
import type { Prisma } from "@/lib/db/generated/client";
import type { MailLocale } from "./mail-translator";
import { applicationConfirmationMail, type ApplicationConfirmationData } from "./templates/application-confirmation";
import type { MailContent } from "./templates/mail-layout";
import { resumeLinkMail, type ResumeLinkData } from "./templates/resume-link";

/** One email a family should get; the kind decides the template and the data it needs. */
export type MailRequest = { locale: MailLocale; recipient: string } & (
  | { kind: "application_confirmation"; data: ApplicationConfirmationData; applicationId?: string }
  | { kind: "resume_link"; data: ResumeLinkData; draftId?: string }
);

/** Anything that can write to the outbox: the app's client or the transaction of the caller. */
export type OutboxWriter = Pick<Prisma.TransactionClient, "outboxMessage">;

/**
 * A single address and nothing else: a list ("a@x, b@y") or a line break would make the mail go
 * to someone the family never named. Forms that collect the address can validate with this too.
 */
export const mailRecipientSchema = z.email().max(254);

function render(request: MailRequest): MailContent {
  switch (request.kind) {
    case "application_confirmation":
      return applicationConfirmationMail(request.locale, request.data);
    case "resume_link":
      return resumeLinkMail(request.locale, request.data);
  }
}

/**
 * Renders the email and stores it as pending; deliverOutbox() sends it later. Call it inside the
 * transaction that records what the mail is about, so the two are saved together or not at all
 * and a slow or absent mail server never holds up the family. Throws (without echoing the
 * address) when the recipient is not one valid address.
 */
export async function enqueueMail(db: OutboxWriter, request: MailRequest): Promise<{ id: string }> {
  const recipient = mailRecipientSchema.safeParse(request.recipient.trim());
  if (!recipient.success) throw new RangeError("The mail recipient is not a single valid email address.");
  const content = render(request);
  return db.outboxMessage.create({
    data: {
      kind: request.kind,
      locale: request.locale,
      recipient: recipient.data,
      subject: content.subject,
      textBody: content.text,
      htmlBody: content.html,
      applicationId: request.kind === "application_confirmation" ? request.applicationId : undefined,
      draftId: request.kind === "resume_link" ? request.draftId : undefined,
    },
    select: { id: true },
  });
}
