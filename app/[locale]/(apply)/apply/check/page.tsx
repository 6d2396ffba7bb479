import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { connection } from "next/server";
import { fieldIds } from "@/components/form/field-parts";
import { Link } from "@/i18n/navigation";
import { checkApplication } from "@/lib/applications/check-step";
import { APPLICATION_STEPS, type ApplicationStepId } from "@/lib/applications/steps/application-steps";
import { STEP_SLUGS } from "@/lib/applications/steps/step-order";
import { draftIsOpenForSubmission } from "@/lib/drafts";
import { requireOpenDraft } from "../draft-session";
import { QuickExitForApply } from "../step-frame";
import { translateIssues } from "../translate-issues";
import { WindowNotice } from "../window-notice";
import { answerSections } from "./answer-rows";
import { SubmitForm } from "./submit-form";
import { answerRecord } from "@/lib/applications/answer-record";

type Props = { params: Promise<{ locale: "ja" | "en" }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "apply.check" });
  return { title: t("title") };
}

const link = "text-blue-800 underline underline-offset-4";

// Documents are sections of their page (one per checklist item); every other answer is a field.
function anchorOf(field: string): string {
  return field.startsWith("documents-") ? field : fieldIds(field).input;
}

function stepOfPath(path: string): ApplicationStepId {
  const field = path.split(".")[0];
  return APPLICATION_STEPS.find((step) => (step.fields as readonly string[]).includes(field ?? ""))?.id ?? "applicant";
}

/** Check your answers (GOV.UK): every answer with a Change link, problems first, then Submit. */
export default async function CheckAnswersPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await connection();
  const now = new Date();
  const { draft, ruleSet } = await requireOpenDraft(locale, "/apply", now);
  const t = await getTranslations("apply");
  const answers = answerRecord(draft.answers);
  const checked = await checkApplication(ruleSet, answers);
  const problems = (checked.ok ? [] : await translateIssues(locale, checked.issues)).map((problem) => ({
    ...problem,
    stepId: stepOfPath(problem.path),
  }));
  const sections = await answerSections(answers, ruleSet, locale);

  return (
    <>
      <QuickExitForApply />
      <h1 className="mb-6 text-3xl font-bold">{t("check.title")}</h1>
      <WindowNotice ruleSet={ruleSet} locale={locale} now={now} />
      {problems.length > 0 && (
        <div role="alert" aria-labelledby="problems-title" className="mb-8 border-4 border-red-700 p-4">
          <h2 id="problems-title" className="mb-3 text-xl font-bold">
            {t("check.problemsTitle")}
          </h2>
          <ul className="space-y-1">
            {problems.map((problem, index) => (
              <li key={`${problem.path}-${index}`}>
                <Link
                  href={`/apply/${STEP_SLUGS[problem.stepId]}?return=check`}
                  className="font-bold text-red-700 underline underline-offset-4"
                >
                  {t(`titles.${problem.stepId}`)}: {problem.message}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      {sections.map(({ stepId, rows }) => (
        <section key={stepId} aria-labelledby={`section-${stepId}`} className="mb-8">
          <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2 border-b-2 border-gray-800 pb-1">
            <h2 id={`section-${stepId}`} className="text-2xl font-bold">
              {t(`titles.${stepId}`)}
            </h2>
            {rows.length === 0 && (
              <Link href={`/apply/${STEP_SLUGS[stepId]}?return=check`} className={link}>
                {t("check.change")}
                <span className="sr-only"> {t(`titles.${stepId}`)}</span>
              </Link>
            )}
          </div>
          <dl className="divide-y divide-gray-300">
            {rows.length === 0 && (
              <div className="py-2">
                <dt className="sr-only">{t(`titles.${stepId}`)}</dt>
                <dd className="text-gray-700">{t("check.notProvided")}</dd>
              </div>
            )}
            {rows.map((row, index) => (
              <div key={`${row.field}-${index}`} className="grid gap-1 py-2 sm:grid-cols-[2fr_3fr_auto] sm:gap-4">
                <dt className="font-bold">{row.key}</dt>
                <dd className={`whitespace-pre-line break-words ${row.value === undefined ? "text-gray-700" : ""}`}>
                  {row.value ?? t("check.notProvided")}
                </dd>
                <dd>
                  {/* GOV.UK: a Change link per answer, named for screen readers, back here after. */}
                  <Link href={`/apply/${STEP_SLUGS[stepId]}?return=check#${anchorOf(row.field)}`} className={link}>
                    {t("check.change")}
                    <span className="sr-only"> {row.key}</span>
                  </Link>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}

      <h2 className="mb-3 text-2xl font-bold">{t("check.sendHeading")}</h2>
      <p className="mb-6">{t("check.declaration")}</p>
      {problems.length > 0 ? (
        <p className="font-bold">{t("check.fixFirst")}</p>
      ) : draftIsOpenForSubmission(ruleSet, now) ? (
        <SubmitForm locale={locale} />
      ) : (
        <>
          <p className="mb-4 font-bold">{t("check.cannotSendNow")}</p>
          {/* The server still decides: a page left open past the deadline is refused with a message. */}
          <SubmitForm locale={locale} />
        </>
      )}
    </>
  );
}
