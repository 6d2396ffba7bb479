import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { connection } from "next/server";
import { Link } from "@/i18n/navigation";
import { answerRecord } from "@/lib/applications/answer-record";
import { getServerConfig } from "@/lib/config/server-config";
import { formatJapanDateTime } from "@/lib/dates/format-japan-time";
import { draftStepPath } from "@/lib/drafts/draft-step-path";
import { leaveIfQuickExited } from "../../quick-exit-marker";
import { currentDraft } from "../draft-session";
import { goTo } from "../go-to";
import { QuickExitForApply } from "../step-frame";
import { EmailLinkForm } from "./email-link-form";

type Props = {
  params: Promise<{ locale: "ja" | "en" }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "resume.save" });
  return { title: (await searchParams).resumed === "1" ? t("resumedTitle") : t("title") };
}

const link = "text-blue-800 underline underline-offset-4";

/** The guardian's email from the answers so far, to fill in the box; "" when there is none. */
function guardianEmail(answers: unknown): string {
  const email = answerRecord(answerRecord(answers).guardian).email;
  return typeof email === "string" ? email : "";
}

/**
 * "Save and come back later": the resume code to write down, when the draft goes, and a link by
 * email. After a code or a link opened the draft here (?resumed=1) the same page says the code
 * has changed, shows the new one first and then the way back into the form.
 */
export default async function SavePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await connection();
  await leaveIfQuickExited(locale);
  const resumed = (await searchParams).resumed === "1";
  const t = await getTranslations("resume.save");
  const draft = await currentDraft();
  if (draft?.submittedAt) goTo("/apply/confirmation", locale);

  if (!draft) {
    return (
      <>
        <h1 className="mb-6 text-3xl font-bold">{t("title")}</h1>
        <p className="mb-6">{t("noDraft")}</p>
        <p className="mb-3">
          <Link href="/apply" className={link}>
            {t("start")}
          </Link>
        </p>
        <p>
          <Link href="/apply/resume" className={link}>
            {t("resumeInstead")}
          </Link>
        </p>
      </>
    );
  }

  const continueLink = (
    <p>
      <Link href={draftStepPath(draft.currentStep)} className={`${link} text-lg font-bold`}>
        {t("continue")}
      </Link>
    </p>
  );

  return (
    <>
      {/* A parent may save from any page, including those after the one naming domestic violence. */}
      <QuickExitForApply />
      <h1 className="mb-6 text-3xl font-bold">{resumed ? t("resumedTitle") : t("title")}</h1>
      <p className="mb-8" data-testid={resumed ? "code-changed" : undefined}>
        {resumed ? t("resumedIntro") : t("intro")}
      </p>

      <section aria-labelledby="code-heading" className="mb-10 border-4 border-gray-800 p-5">
        <h2 id="code-heading" className="mb-3 text-2xl font-bold">
          {resumed ? t("newCodeHeading") : t("codeHeading")}
        </h2>
        <p
          className="mb-4 font-mono text-4xl font-bold tracking-[0.2em] break-all"
          data-testid="resume-code"
          translate="no"
        >
          {draft.token.resumeCode}
        </p>
        <p className="mb-3">{t("codeHint")}</p>
        <p>{t("expires", { date: formatJapanDateTime(draft.expiresAt, locale) })}</p>
      </section>

      {resumed ? (
        continueLink
      ) : (
        <>
          <section aria-labelledby="email-heading" className="mb-10">
            <h2 id="email-heading" className="mb-4 text-2xl font-bold">
              {t("emailHeading")}
            </h2>
            {/*
              Without a mail server the message would wait in the outbox, where staff could open
              the family's draft from its link: offer only the code then.
            */}
            {getServerConfig().SMTP_URL ? (
              <EmailLinkForm locale={locale} defaultEmail={guardianEmail(draft.answers)} />
            ) : (
              <p>{t("emailUnavailable")}</p>
            )}
          </section>
          {continueLink}
        </>
      )}
    </>
  );
}
