import type { MailLocale } from "../mail-translator";
import { layoutMail, templateTranslator, webUrl, type MailContent, type TemplateOptions } from "./mail-layout";

export interface ResumeLinkData {
  /** The full link that opens the saved draft. */
  resumeUrl: string;
  /** When the link stops working; shown in Japan time. */
  expiresAt: Date;
}

/** Sent when a parent saves a draft, so they can continue on another day or another device. */
export function resumeLinkMail(locale: MailLocale, data: ResumeLinkData, options: TemplateOptions = {}): MailContent {
  const t = templateTranslator(locale, options);
  return layoutMail(
    locale,
    t("resumeLink.subject"),
    [
      { kind: "paragraph", text: t("resumeLink.intro") },
      { kind: "link", url: webUrl(data.resumeUrl) },
      { kind: "paragraph", text: t("resumeLink.expires", { expiresAt: data.expiresAt }) },
      { kind: "paragraph", text: t("resumeLink.keepPrivate") },
      { kind: "paragraph", text: t("resumeLink.ignore") },
    ],
    t,
  );
}
