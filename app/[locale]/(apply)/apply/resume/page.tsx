import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { connection } from "next/server";
import { Link } from "@/i18n/navigation";
import { draftStepPath } from "@/lib/drafts/draft-step-path";
import { currentDraft } from "../draft-session";
import { ResumeCodeForm } from "./resume-code-form";

type Props = {
  params: Promise<{ locale: "ja" | "en" }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "resume.resume" });
  return { title: t("title") };
}

const link = "text-blue-800 underline underline-offset-4";

/**
 * "Continue a saved application" with the resume code. Resume links that no longer work land
 * here with ?expired=1; links to an application already sent with ?submitted=1. When this
 * browser already has an application open, the page says that a code would open another one in
 * its place, and offers to keep it.
 */
export default async function ResumePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await connection();
  const query = await searchParams;
  const t = await getTranslations("resume.resume");
  const open = await currentDraft();
  const inProgress = open && !open.submittedAt ? open : undefined;

  return (
    <>
      <h1 className="mb-6 text-3xl font-bold">{t("title")}</h1>
      {query.expired === "1" && (
        <p className="mb-6 border-l-8 border-yellow-500 bg-yellow-50 p-4" data-testid="link-expired">
          {t("expired")}
        </p>
      )}
      {query.submitted === "1" && (
        <div className="mb-8 border-l-8 border-blue-800 bg-blue-50 p-4">
          <h2 className="mb-2 text-xl font-bold">{t("submittedHeading")}</h2>
          <p className="mb-3">{t("submittedBody")}</p>
          <Link href="/status" className={`${link} font-bold`}>
            {t("statusLink")}
          </Link>
        </div>
      )}
      <p className="mb-6">{t("intro")}</p>
      {inProgress && (
        <section aria-labelledby="open-here-heading" className="mb-8 border-l-8 border-yellow-500 bg-yellow-50 p-4">
          <h2 id="open-here-heading" className="mb-2 text-xl font-bold">
            {t("openHereHeading")}
          </h2>
          <p className="mb-3">{t("openHereBody")}</p>
          <p className="mb-2">
            <Link href={draftStepPath(inProgress.currentStep)} className={`${link} font-bold`}>
              {t("keepOpenHere")}
            </Link>
          </p>
          <p>
            <Link href="/apply/save" className={link}>
              {t("codeOfOpenHere")}
            </Link>
          </p>
        </section>
      )}
      <ResumeCodeForm locale={locale} />
      <p className="mt-10">
        {t("lostCode")}{" "}
        <Link href="/apply" className={link}>
          {t("start")}
        </Link>
      </p>
    </>
  );
}
