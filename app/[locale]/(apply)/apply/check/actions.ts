"use server";

import { formArgument } from "@/lib/http/form-argument";
import { getTranslations } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";
import { localeOrDefault } from "@/i18n/routing";
import { checkApplication } from "@/lib/applications/check-step";
import { submitApplication } from "@/lib/applications/submit-application";
import { getServerConfig, publicSiteUrl } from "@/lib/config/server-config";
import { getPrisma } from "@/lib/db/prisma";
import { PRIVACY_NOTICE_VERSION } from "@/lib/privacy/privacy-notice";
import { requireOpenDraft } from "../draft-session";
import { goTo } from "../go-to";

/** A refusal to show, or, once sent, the confirmation page to leave for. */
export type SubmitState = { error?: string; sentTo?: string };

/**
 * Sends the application. Submitting twice (a double tap, a retry after a dropped connection, the
 * back button) ends on the same confirmation: submitApplication makes one application per draft.
 * The window is the server's to judge, to the second, whatever the page said when it was loaded.
 * Once sent, the page leaves for the confirmation by replacing itself (submit-form.tsx) rather
 * than by a redirect here: a redirect would keep this page, with every answer, in the browser's
 * memory of the form, where Back would show it again.
 */
export async function sendApplication(_previous: SubmitState, input: FormData): Promise<SubmitState> {
  const formData = formArgument(input);
  const raw = formData.get("locale");
  const locale = localeOrDefault(raw);
  const t = await getTranslations({ locale, namespace: "apply.check" });
  const now = new Date();
  const { draft, ruleSet } = await requireOpenDraft(locale, "/apply?expired=1", now);
  const prisma = getPrisma();
  // The bank directory check is not part of the stored schema, so it is repeated here.
  const checked = await checkApplication(ruleSet, draft.answers);
  if (!checked.ok) return { error: t("fixFirst") };

  const result = await submitApplication(prisma, {
    draftId: draft.draftId,
    ruleSet,
    now,
    locale,
    siteUrl: publicSiteUrl(getServerConfig()),
    privacyNoticeVersion: PRIVACY_NOTICE_VERSION,
  });
  if (result.ok) return { sentTo: getPathname({ href: "/apply/confirmation", locale }) };
  switch (result.reason) {
    case "window_closed":
      return { error: t(result.window === "upcoming" ? "notYetOpen" : "closed") };
    case "invalid":
      return { error: t("fixFirst") };
    case "not_found":
      goTo("/apply?expired=1", locale);
  }
}
