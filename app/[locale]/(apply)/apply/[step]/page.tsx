import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import type { FieldValues } from "react-hook-form";
import { toFormValues } from "@/lib/applications/form-values";
import { applicationStep } from "@/lib/applications/steps/application-steps";
import { incomeYearsAsked } from "@/lib/applications/steps/income-years";
import { stepIdFromSlug } from "@/lib/applications/steps/step-order";
import { draftIsOpenForSubmission } from "@/lib/drafts";
import { LIFE_SITUATIONS } from "@/lib/eligibility/life-situations";
import { SCHOOL_TYPES } from "@/lib/eligibility/school-types";
import { requireOpenDraft } from "../draft-session";
import { StepFrame } from "../step-frame";
import { WindowNotice } from "../window-notice";
import { EMPTY_CHILD } from "./fields/children-fields";
import { StepForm } from "./step-form";
import { answerRecord } from "@/lib/applications/answer-record";

type Props = {
  params: Promise<{ locale: "ja" | "en"; step: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, step } = await params;
  const stepId = stepIdFromSlug(step);
  const t = await getTranslations({ locale, namespace: "apply" });
  return { title: stepId ? t(`titles.${stepId}`) : t("title") };
}

export default async function ApplicationStepPage({ params, searchParams }: Props) {
  const { locale, step } = await params;
  setRequestLocale(locale);
  const stepId = stepIdFromSlug(step);
  // Documents has its own page (apply/documents); anything else unknown is not a page.
  if (!stepId || stepId === "documents") notFound();
  await connection();
  const now = new Date();
  const { draft, ruleSet } = await requireOpenDraft(locale, "/apply", now);
  const returnToCheck = (await searchParams).return === "check";

  const answers = answerRecord(draft.answers);
  const saved = Object.fromEntries(applicationStep(stepId).fields.map((field) => [field, answers[field]]));
  const defaults: FieldValues = toFormValues(stepId, saved);
  if (stepId === "children" && !Array.isArray(defaults.children)) defaults.children = [EMPTY_CHILD];
  const situations = answerRecord(answers.situations).lifeSituations;

  return (
    <StepFrame stepId={stepId} returnToCheck={returnToCheck}>
      {!draftIsOpenForSubmission(ruleSet, now) && <WindowNotice ruleSet={ruleSet} locale={locale} now={now} />}
      <StepForm
        stepId={stepId}
        slug={step}
        returnToCheck={returnToCheck}
        defaults={defaults}
        context={{
          locale,
          edition: ruleSet.edition,
          incomeYears: incomeYearsAsked(ruleSet, Array.isArray(situations) ? situations.map(String) : []),
          situations: LIFE_SITUATIONS.filter((letter) => ruleSet.lifeSituations[letter].enabled),
          schoolTypes: [...SCHOOL_TYPES],
        }}
      />
    </StepFrame>
  );
}
