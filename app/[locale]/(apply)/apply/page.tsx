import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { connection } from "next/server";
import { Link } from "@/i18n/navigation";
import { isApplicationStepId } from "@/lib/applications/steps/application-steps";
import { STEP_SLUGS } from "@/lib/applications/steps/step-order";
import { getPrisma } from "@/lib/db/prisma";
import { windowStateAt } from "@/lib/eligibility/window-state";
import { findCurrentRuleSets } from "@/lib/rule-sets/rule-set-store";
import { currentDraft } from "./draft-session";
import { StartForm } from "./start-form";
import { WindowNotice } from "./window-notice";

type Props = {
  params: Promise<{ locale: "ja" | "en" }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "apply" });
  return { title: t("title") };
}

const link = "text-blue-800 underline underline-offset-4";

export default async function ApplyStartPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await connection();
  const t = await getTranslations("apply.start");
  const now = new Date();
  const [ruleSet] = await findCurrentRuleSets(getPrisma());
  const draft = await currentDraft(now);
  const expired = (await searchParams).expired === "1";
  if (!ruleSet) return <p>{t("noEdition")}</p>;
  const state = windowStateAt(Date.parse(ruleSet.window.opensAt), Date.parse(ruleSet.window.closesAt), now.getTime());
  const inProgress = draft && !draft.submittedAt ? draft : undefined;
  const currentStep = isApplicationStepId(inProgress?.currentStep) ? inProgress.currentStep : "applicant";

  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">{t("title", { year: ruleSet.edition })}</h1>
      {expired && (
        <p role="alert" className="mb-6 border-l-8 border-yellow-500 bg-yellow-50 p-4">
          {t("expired")}
        </p>
      )}
      <WindowNotice ruleSet={ruleSet} locale={locale} now={now} />

      {inProgress && (
        <section aria-labelledby="continue-heading" className="mb-8 border-4 border-blue-800 p-5">
          <h2 id="continue-heading" className="mb-3 text-2xl font-bold">
            {t("continueHeading")}
          </h2>
          <p className="mb-4">
            <Link href={`/apply/${STEP_SLUGS[currentStep]}`} className={`${link} text-lg font-bold`}>
              {t("continue")}
            </Link>
          </p>
          <p>
            <Link href="/apply/check" className={link}>
              {t("reviewAnswers")}
            </Link>
          </p>
        </section>
      )}

      <h2 className="mb-3 text-2xl font-bold">{t("beforeHeading")}</h2>
      <p className="mb-3">{t("beforeIntro")}</p>
      <ul className="mb-6 list-disc space-y-1 pl-6">
        <li>{t("need.names")}</li>
        <li>{t("need.contact")}</li>
        <li>{t("need.income")}</li>
        <li>{t("need.documents")}</li>
        <li>{t("need.bank")}</li>
      </ul>
      <p className="mb-3">{t("time")}</p>
      <p className="mb-6">{t("saving")}</p>

      {state === "closed" ? (
        <p className="mb-6 font-bold">{t("closedNoStart")}</p>
      ) : (
        <StartForm locale={locale} label={inProgress ? t("startAgain") : t("start")} fresh={!!inProgress} />
      )}

      <p className="mt-8">
        <Link href="/apply/resume" className={link}>
          {t("haveCode")}
        </Link>
      </p>
      <p className="mt-3">
        <Link href="/check" className={link}>
          {t("notSure")}
        </Link>
      </p>
    </>
  );
}
