import type { MailLocale } from "../mail-translator";
import { layoutMail, templateTranslator, webUrl, type MailContent, type TemplateOptions } from "./mail-layout";

export interface ApplicationConfirmationData {
  /** The reference number shown to the family when they submitted. */
  referenceNumber: string;
  /** The site's origin as families reach it, e.g. "https://apply.example.org". */
  siteUrl: string;
}

/**
 * Sent once an application is submitted. It carries only the reference number and where to
 * check the status: never the address, income or family situation, since someone else (in the
 * worst case the person the family is escaping) may read the parent's mail.
 */
export function applicationConfirmationMail(
  locale: MailLocale,
  data: ApplicationConfirmationData,
  options: TemplateOptions = {},
): MailContent {
  const t = templateTranslator(locale, options);
  const referenceNumber = data.referenceNumber.trim();
  const statusUrl = webUrl(new URL(`/${locale}/status`, data.siteUrl));
  return layoutMail(
    locale,
    t("applicationConfirmation.subject", { referenceNumber }),
    [
      { kind: "paragraph", text: t("applicationConfirmation.intro") },
      { kind: "emphasis", text: t("applicationConfirmation.referenceNumber", { referenceNumber }) },
      { kind: "paragraph", text: t("applicationConfirmation.keepReference") },
      { kind: "heading", text: t("applicationConfirmation.nextHeading") },
      { kind: "paragraph", text: t("applicationConfirmation.nextReview") },
      { kind: "paragraph", text: t("applicationConfirmation.nextContact") },
      { kind: "heading", text: t("applicationConfirmation.statusHeading") },
      { kind: "paragraph", text: t("applicationConfirmation.statusHow") },
      { kind: "link", url: statusUrl },
    ],
    t,
  );
}
