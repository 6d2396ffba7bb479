"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition, type ComponentType } from "react";
import { useForm, type FieldValues } from "react-hook-form";
import { Button } from "@/components/form/button";
import { ErrorSummary } from "@/components/form/error-summary";
import { fieldIds } from "@/components/form/field-parts";
import type { ApplicationStepId } from "@/lib/applications/steps/application-steps";
import type { StepIssue } from "../translate-issues";
import { saveStep } from "./actions";
import { STEP_FIELDS } from "./fields/step-fields";
import type { StepContext, StepFieldsProps } from "./fields/step-fields-props";

interface Props {
  stepId: Exclude<ApplicationStepId, "documents">;
  slug: string;
  returnToCheck: boolean;
  defaults: FieldValues;
  context: StepContext;
}

/**
 * One page of the application. The server checks every answer with the step's shared schema
 * (the browser does not load the schemas: they carry name, phone and bank data that would make
 * the page heavy on a phone); problems come back translated, the typed values stay in the form,
 * and focus moves to the error summary.
 */
export function StepForm({ stepId, slug, returnToCheck, defaults, context }: Props) {
  const t = useTranslations("apply");
  const form = useForm<FieldValues>({ defaultValues: defaults });
  const [issues, setIssues] = useState<StepIssue[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [pending, startTransition] = useTransition();
  const Fields: ComponentType<StepFieldsProps> = STEP_FIELDS[stepId];

  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      const result = await saveStep(context.locale, slug, values, returnToCheck);
      // A successful save redirects, so a result here always carries problems.
      setIssues(result.issues);
      setAttempt((count) => count + 1);
    }),
  );

  const error = (path: string) => issues.find((issue) => issue.path === path)?.message;
  const summary = issues.map((issue) => ({ fieldId: fieldIds(issue.path || "form").input, message: issue.message }));

  return (
    <>
      <ErrorSummary title={t("errorSummaryTitle")} errors={summary} attempt={attempt} />
      {/* post, never get: a tap before the scripts load must not put answers in the address */}
      <form method="post" noValidate onSubmit={onSubmit} id="field-form" aria-busy={pending}>
        <Fields form={form} error={error} errorLabel={t("errorPrefix")} context={context} />
        <Button type="submit" disabled={pending}>
          {returnToCheck ? t("saveAndReturn") : t("continue")}
        </Button>
        {pending && (
          <p role="status" className="mt-3 text-gray-700">
            {t("saving")}
          </p>
        )}
      </form>
    </>
  );
}
