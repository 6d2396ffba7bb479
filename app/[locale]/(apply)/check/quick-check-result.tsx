"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/form/button";
import { ErrorSummary } from "@/components/form/error-summary";
import { StartLink } from "@/components/ui/start-link";
import { formatJapanDateTime } from "@/lib/dates/format-japan-time";
import { QUICK_CHECK_STEPS, type QuickCheckAnswers } from "@/lib/quick-check/quick-check-steps";
import { runQuickCheck, type QuickCheckResponse } from "./actions";

const STATUS_STYLE = {
  passed: "bg-green-100 text-green-900",
  failed: "bg-red-100 text-red-900",
  needs_review: "bg-yellow-100 text-yellow-900",
  not_answered: "bg-gray-200 text-gray-900",
} as const;

function stepOfField(path: string): number {
  const field = path.split(".")[0];
  const index = QUICK_CHECK_STEPS.findIndex((step) => (step.fields as readonly string[]).includes(field ?? ""));
  return Math.max(index, 0);
}

interface Props {
  answers: QuickCheckAnswers;
  onChange: (step: number) => void;
  onRestart: () => void;
}

export function QuickCheckResult({ answers, onChange, onRestart }: Props) {
  const t = useTranslations("quickCheck");
  const locale = useLocale() as "ja" | "en";
  const [response, setResponse] = useState<QuickCheckResponse | null>(null);
  const [failed, setFailed] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    runQuickCheck(locale, answers).then(setResponse, () => setFailed(true));
  }, [locale, answers]);
  useEffect(() => heading.current?.focus(), [response]);

  if (failed) return <p role="alert">{t("result.failed")}</p>;
  if (!response) return <p role="status">{t("result.checking")}</p>;

  if (!response.ok) {
    return (
      <>
        <h1 ref={heading} tabIndex={-1} className="mb-6 text-3xl font-bold">
          {t("result.incompleteTitle")}
        </h1>
        <ErrorSummary
          title={t("errorSummaryTitle")}
          attempt={1}
          errors={response.issues.map((issue) => ({ fieldId: `change-${issue.path}`, message: t(issue.messageKey) }))}
        />
        <ul className="space-y-2">
          {response.issues.map((issue) => (
            <li key={issue.path}>
              <button
                id={`change-${issue.path}`}
                type="button"
                onClick={() => onChange(stepOfField(issue.path))}
                className="text-blue-800 underline underline-offset-4"
              >
                {t("result.answer")}: {t(issue.messageKey)}
              </button>
            </li>
          ))}
        </ul>
      </>
    );
  }

  const { result } = response;
  const child = result.children[0]!;
  const closes = formatJapanDateTime(new Date(response.closes), locale);

  return (
    <div data-testid="quick-check-result" data-outcome={child.outcome}>
      <h1 ref={heading} tabIndex={-1} className="mb-4 text-3xl font-bold">
        {t(`result.heading.${child.outcome}`)}
      </h1>
      <p className="mb-6 text-lg">{child.summary}</p>
      {result.usesSampleValues && (
        <p className="mb-6 border-l-8 border-yellow-500 bg-yellow-50 p-4">{t("result.sampleValues")}</p>
      )}

      <h2 className="mb-3 text-2xl font-bold">{t("result.nextHeading")}</h2>
      {child.outcome === "not_eligible" ? (
        <>
          <p className="mb-3">{t("result.elsewhere")}</p>
          <ul className="mb-6 list-disc space-y-1 pl-6">
            <li>{t("result.elsewhereSchoolAid")}</li>
            {child.schoolKind === "hs" && <li>{t("result.elsewhereHighSchool")}</li>}
            <li>{t("result.elsewhereSupportDesk")}</li>
          </ul>
        </>
      ) : (
        <>
          <p className="mb-3">{t(`result.apply.${response.state}`, { closes })}</p>
          {response.state !== "closed" && (
            <p className="mb-6">
              {/* The application starts with these answers filled in (they travel from this tab). */}
              <StartLink href="/apply">{t("result.applyButton")}</StartLink>
            </p>
          )}
          {child.outcome === "needs_review" && <p className="mb-3">{t("result.reviewExplained")}</p>}
          {child.documents.length > 0 && (
            <>
              <h3 className="mb-2 text-lg font-bold">{t("result.documentsHeading")}</h3>
              <ul className="mb-6 list-disc pl-6">
                {child.documents.map((document) => (
                  <li key={document.id}>{document.label}</li>
                ))}
              </ul>
            </>
          )}
        </>
      )}

      <h2 className="mb-3 mt-8 text-2xl font-bold">{t("result.reasonsHeading")}</h2>
      <ul className="mb-8 divide-y divide-gray-300 border-y border-gray-300" data-testid="criteria">
        {/* The window is told apart above ("What to do next"): the check screens as if within it. */}
        {child.criteria
          .filter((criterion) => criterion.id !== "applicationWindow")
          .map((criterion) => (
            <li key={criterion.id} className="py-3" data-criterion={criterion.id} data-status={criterion.status}>
              <div className="flex flex-wrap items-center gap-2">
                <span className="font-bold">{criterion.title}</span>
                <span className={`rounded-sm px-2 text-sm font-bold ${STATUS_STYLE[criterion.status]}`}>
                  {criterion.statusText}
                </span>
              </div>
              <p className="mt-1">{criterion.message}</p>
            </li>
          ))}
      </ul>
      <p className="mb-4 text-sm text-gray-800">
        {t("result.version", { edition: result.edition, version: result.ruleSetVersion })}
      </p>
      <div className="flex flex-wrap gap-4">
        <Button type="button" onClick={() => onChange(0)}>
          {t("result.changeAnswers")}
        </Button>
        <button type="button" onClick={onRestart} className="text-blue-800 underline underline-offset-4">
          {t("result.restart")}
        </button>
      </div>
    </div>
  );
}
