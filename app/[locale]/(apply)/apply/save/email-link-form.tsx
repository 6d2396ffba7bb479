"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/form/button";
import { ErrorSummary } from "@/components/form/error-summary";
import { fieldIds } from "@/components/form/field-parts";
import { TextInput } from "@/components/form/text-input";
import type { ResumeLinkForm } from "@/lib/drafts/resume-forms";
import type { StepIssue } from "../translate-issues";
import { emailResumeLink } from "./actions";

/**
 * "Get a link by email". The server checks the address with the shared schema (lib/drafts/
 * resume-forms.ts) and answers with translated problems or the address it sent to; what was
 * typed stays in the box either way.
 */
export function EmailLinkForm({ locale, defaultEmail }: { locale: string; defaultEmail: string }) {
  const t = useTranslations("resume");
  const form = useForm<ResumeLinkForm>({ defaultValues: { email: defaultEmail } });
  const [issues, setIssues] = useState<StepIssue[]>([]);
  const [sentTo, setSentTo] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const [pending, startTransition] = useTransition();
  const sentRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (sentTo) sentRef.current?.focus();
  }, [sentTo]);

  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      const result = await emailResumeLink(locale, values);
      setIssues(result.ok ? [] : result.issues);
      setSentTo(result.ok ? result.email : undefined);
      if (!result.ok) setAttempt((count) => count + 1);
    }),
  );

  const summary = issues.map((issue) => ({ fieldId: fieldIds(issue.path).input, message: issue.message }));

  return (
    <>
      <ErrorSummary title={t("errors.summaryTitle")} errors={summary} attempt={attempt} />
      {sentTo && (
        <div
          ref={sentRef}
          tabIndex={-1}
          role="status"
          className="mb-6 border-l-8 border-green-800 bg-green-50 p-4 font-bold focus:outline-none"
        >
          {t("save.sent", { email: sentTo })}
        </div>
      )}
      <form method="post" noValidate onSubmit={onSubmit} aria-busy={pending}>
        <TextInput
          name="email"
          label={t("save.emailLabel")}
          hint={t("save.emailHint")}
          error={issues.find((issue) => issue.path === "email")?.message}
          errorLabel={t("errors.errorPrefix")}
          type="email"
          autoComplete="email"
          inputMode="email"
          spellCheck={false}
          registration={form.register("email")}
        />
        <Button type="submit" disabled={pending}>
          {t("save.send")}
        </Button>
      </form>
    </>
  );
}
