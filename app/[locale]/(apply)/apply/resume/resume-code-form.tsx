"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/form/button";
import { ErrorSummary } from "@/components/form/error-summary";
import { fieldIds } from "@/components/form/field-parts";
import { TextInput } from "@/components/form/text-input";
import { Link } from "@/i18n/navigation";
import type { ResumeCodeForm as ResumeCodeValues } from "@/lib/drafts/resume-forms";
import type { StepIssue } from "../translate-issues";
import { resumeWithCodeAction } from "./actions";

/**
 * The resume code box. A right code opens the form where the parent left off (the action
 * redirects); otherwise the translated problem appears in the error summary and the code stays
 * as typed, or, for an application already sent, a pointer to the status page.
 */
export function ResumeCodeForm({ locale }: { locale: string }) {
  const t = useTranslations("resume");
  const form = useForm<ResumeCodeValues>({ defaultValues: { code: "" } });
  const [issues, setIssues] = useState<StepIssue[]>([]);
  const [submitted, setSubmitted] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [pending, startTransition] = useTransition();
  const submittedRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (submitted) submittedRef.current?.focus();
  }, [submitted]);

  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      const result = await resumeWithCodeAction(locale, values);
      // A right code redirects, so a result here is a problem or an application already sent.
      setSubmitted(!!result.submitted);
      setIssues(result.submitted ? [] : result.issues);
      setAttempt((count) => count + 1);
    }),
  );

  const summary = issues.map((issue) => ({ fieldId: fieldIds(issue.path).input, message: issue.message }));

  return (
    <>
      <ErrorSummary title={t("errors.summaryTitle")} errors={summary} attempt={attempt} />
      {submitted && (
        <div
          ref={submittedRef}
          tabIndex={-1}
          role="status"
          aria-labelledby="submitted-heading"
          className="mb-8 border-l-8 border-blue-800 bg-blue-50 p-4 focus:outline-none"
        >
          <h2 id="submitted-heading" className="mb-2 text-xl font-bold">
            {t("resume.submittedHeading")}
          </h2>
          <p className="mb-3">{t("resume.submittedBody")}</p>
          <Link href="/status" className="font-bold text-blue-800 underline underline-offset-4">
            {t("resume.statusLink")}
          </Link>
        </div>
      )}
      <form method="post" noValidate onSubmit={onSubmit} aria-busy={pending}>
        <TextInput
          name="code"
          label={t("resume.codeLabel")}
          hint={t("resume.codeHint")}
          error={issues.find((issue) => issue.path === "code")?.message}
          errorLabel={t("errors.errorPrefix")}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          className="w-full max-w-xs font-mono tracking-widest"
          registration={form.register("code")}
        />
        <Button type="submit" disabled={pending}>
          {t("resume.submit")}
        </Button>
      </form>
    </>
  );
}
