import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { ErrorSummary } from "@/components/form/error-summary";
import type { StatusView } from "./status-view";
import { UploadSection, uploadFieldId, type UploadError, type UploadLimits } from "./upload-section";

export interface UploadOutcome {
  /** "We have received 2 files", translated. */
  added?: string;
  error?: UploadError;
}

interface Props {
  locale: string;
  view: StatusView;
  limits: UploadLimits;
  outcome?: UploadOutcome;
  onAnother: () => void;
}

/**
 * The status in plain words, what happens next, and, when information is requested, where to
 * send it. Focus moves to the upload's error or confirmation when there is one, else to the heading.
 */
export function StatusResult({ locale, view, limits, outcome, onAnother }: Props) {
  const t = useTranslations("status");
  const heading = useRef<HTMLHeadingElement>(null);
  const banner = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (outcome?.error) return; // The error summary takes focus itself.
    (outcome?.added ? banner.current : heading.current)?.focus();
  }, [outcome]);

  return (
    <>
      {outcome?.error && (
        <ErrorSummary
          title={t("errorSummaryTitle")}
          errors={[{ fieldId: uploadFieldId(outcome.error, view), message: outcome.error.message }]}
          attempt={1}
        />
      )}
      {outcome?.added && (
        <div
          ref={banner}
          tabIndex={-1}
          role="status"
          className="mb-8 border-4 border-green-800 p-4 font-bold focus:outline-none"
        >
          {outcome.added}
        </div>
      )}
      <h1 ref={heading} tabIndex={-1} className="mb-6 text-3xl font-bold focus:outline-none">
        {t(`statuses.${view.status}.heading`)}
      </h1>
      <dl className="mb-8 divide-y divide-gray-300 border-y border-gray-300">
        {[
          { term: t("referenceLabel"), value: view.referenceNumber },
          { term: t("result.submittedLabel"), value: view.submittedOn },
          { term: t("result.statusLabel"), value: t(`statuses.${view.status}.label`) },
        ].map((row) => (
          <div key={row.term} className="py-3 sm:flex sm:gap-4">
            <dt className="font-bold sm:w-1/3">{row.term}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>
      <h2 className="mb-2 text-2xl font-bold">{t("result.whatNext")}</h2>
      <p className="mb-6">{t(`statuses.${view.status}.next`)}</p>
      {view.upload && (
        <UploadSection locale={locale} view={view} upload={view.upload} limits={limits} error={outcome?.error} />
      )}
      <button type="button" onClick={onAnother} className="mt-8 text-blue-800 underline underline-offset-4">
        {t("result.another")}
      </button>
    </>
  );
}
