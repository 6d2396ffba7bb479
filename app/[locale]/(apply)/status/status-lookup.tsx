"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { startTransition, useActionState, useState, type FormEvent } from "react";
import { useForm, type Resolver } from "react-hook-form";
import { Button } from "@/components/form/button";
import { DateInput } from "@/components/form/date-input";
import { ErrorSummary } from "@/components/form/error-summary";
import { fieldIds } from "@/components/form/field-parts";
import { TextInput } from "@/components/form/text-input";
import { statusLookupSchema, type StatusLookupFormValues } from "@/lib/applications/status-lookup-schema";
import { lookUpStatus } from "./actions";
import { EMPTY_LOOKUP, type StatusLookupResponse, type StatusLookupState } from "./status-lookup-state";
import { StatusResult, type UploadOutcome } from "./status-result";
import type { UploadLimits } from "./upload-section";

export interface StatusLookupProps {
  locale: string;
  limits: UploadLimits;
  /** What the page shows first: after an upload, the status again (or a problem) and what became of the files. */
  initial: { response?: StatusLookupResponse; upload?: UploadOutcome };
}

const FIELDS = ["referenceNumber", "birthDate"] as const;

/**
 * The lookup form and, once found, the result. The browser checks the fields with the shared
 * schema before sending; the server action checks them again, looks up and limits wrong guesses.
 * The form posts to the action even before the page's scripts have loaded, so what was typed
 * never lands in the address. A problem (a field, not found, too many tries) goes to the error
 * summary, which takes focus, and what was typed stays in the boxes.
 */
export function StatusLookup({ locale, limits, initial }: StatusLookupProps) {
  const t = useTranslations("status");
  const [state, formAction, pending] = useActionState<StatusLookupState, FormData>(lookUpStatus, {
    attempt: 0,
    values: EMPTY_LOOKUP,
    response: initial.response,
  });
  const [localAttempt, setLocalAttempt] = useState(0);
  const [dismissed, setDismissed] = useState<number>();
  const { register, handleSubmit, reset, formState } = useForm<StatusLookupFormValues>({
    resolver: zodResolver(statusLookupSchema) as unknown as Resolver<StatusLookupFormValues>,
    defaultValues: state.values,
    shouldFocusError: false,
  });
  const response = dismissed === state.attempt ? undefined : state.response;

  if (response?.kind === "found") {
    return (
      <StatusResult
        locale={locale}
        view={response.view}
        limits={limits}
        outcome={state.attempt === 0 ? initial.upload : undefined}
        onAnother={() => {
          reset(EMPTY_LOOKUP);
          setDismissed(state.attempt);
        }}
      />
    );
  }

  const fieldError = (name: (typeof FIELDS)[number]) => {
    const serverIssues = response?.kind === "invalid" ? response.issues : [];
    const key = formState.errors[name]?.message ?? serverIssues.find((issue) => issue.path === name)?.messageKey;
    return typeof key === "string" ? t(key) : undefined;
  };
  const fields = FIELDS.flatMap((name) => {
    const message = fieldError(name);
    return message ? [{ fieldId: fieldIds(name).input, message }] : [];
  });
  const notice = response?.kind === "notice" ? response.notice : undefined;
  const summary =
    fields.length === 0 && notice
      ? [{ fieldId: fieldIds("referenceNumber").input, message: t(`errors.${notice}`) }]
      : fields;
  const common = { errorLabel: t("errorPrefix") };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const form = event.currentTarget;
    // handleSubmit stops the browser's own submission; a valid form goes to the action from here,
    // so the boxes keep what was typed (a form action would empty them).
    void handleSubmit(
      () => startTransition(() => formAction(new FormData(form))),
      () => setLocalAttempt((count) => count + 1),
    )(event);
  };

  return (
    <>
      <ErrorSummary title={t("errorSummaryTitle")} errors={summary} attempt={state.attempt + localAttempt} />
      <h1 className="mb-4 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-8">{t("intro")}</p>
      <form noValidate action={formAction} onSubmit={onSubmit} aria-busy={pending}>
        <input type="hidden" name="locale" value={locale} />
        <TextInput
          name="referenceNumber"
          label={t("referenceLabel")}
          hint={t("referenceHint")}
          error={fieldError("referenceNumber")}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          className="w-full max-w-xs font-mono tracking-wider"
          registration={register("referenceNumber")}
          {...common}
        />
        <DateInput
          name="birthDate"
          legend={t("birthDateLegend")}
          hint={t("birthDateHint")}
          error={fieldError("birthDate")}
          labels={{ year: t("date.year"), month: t("date.month"), day: t("date.day") }}
          register={register}
          {...common}
        />
        <Button type="submit" disabled={pending}>
          {t("submit")}
        </Button>
        {pending && (
          <p role="status" className="mt-3 text-gray-700">
            {t("checking")}
          </p>
        )}
      </form>
    </>
  );
}
