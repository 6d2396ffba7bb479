"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { useForm, useWatch, type Resolver } from "react-hook-form";
import { Button } from "@/components/form/button";
import { DateInput } from "@/components/form/date-input";
import { ErrorSummary } from "@/components/form/error-summary";
import { afterTicking } from "@/components/form/exclusive-choice";
import { fieldIds } from "@/components/form/field-parts";
import { IncomeField } from "@/components/form/income-field";
import { LifeSituationCheckboxes } from "@/components/form/life-situation-checkboxes";
import { QuickExit } from "@/components/form/quick-exit";
import { Radios } from "@/components/form/radios";
import { TextInput } from "@/components/form/text-input";
import { usePathname, useRouter } from "@/i18n/navigation";
import { QUICK_CHECK_STEPS, type QuickCheckAnswers } from "@/lib/quick-check/quick-check-steps";
import { endQuickExit } from "./actions";
import { answersStore, parseAnswers } from "./answers-store";
import { QuickCheckResult } from "./quick-check-result";

// From the life-situations question on (it names domestic violence), offer a quick exit.
const QUICK_EXIT_FROM = QUICK_CHECK_STEPS.findIndex((step) => step.id === "situations");

export interface QuickCheckProps {
  edition: number;
  incomeYear: number;
  earlierIncomeYear: number;
  situations: string[];
  schoolTypes: string[];
}

export function QuickCheck(props: QuickCheckProps) {
  const t = useTranslations("quickCheck");
  const router = useRouter();
  const pathname = usePathname();
  const requested = Number(useSearchParams().get("step") ?? 0);
  const stepIndex = Number.isInteger(requested) ? Math.min(Math.max(requested, 0), QUICK_CHECK_STEPS.length) : 0;
  const stored = useSyncExternalStore(answersStore.subscribe, answersStore.snapshot, answersStore.serverSnapshot);
  const answers = useMemo(() => (stored === null ? null : parseAnswers(stored)), [stored]);

  const goTo = (step: number) => router.push({ pathname, query: step === 0 ? {} : { step } });
  const forget = () => answersStore.clear();

  if (!answers) return <p role="status">{t("loading")}</p>;

  return (
    <>
      {stepIndex >= QUICK_EXIT_FROM && (
        <QuickExit label={t("quickExit.button")} shortcutHint={t("quickExit.shortcut")} />
      )}
      {stepIndex > 0 && (
        <button
          type="button"
          onClick={() => goTo(stepIndex - 1)}
          className="mb-6 inline-flex min-h-11 items-center gap-1 text-blue-800 underline underline-offset-4"
        >
          <span aria-hidden="true">‹</span> {t("back")}
        </button>
      )}
      {stepIndex < QUICK_CHECK_STEPS.length ? (
        <StepForm
          key={stepIndex}
          stepIndex={stepIndex}
          answers={answers}
          {...props}
          onDone={async (values) => {
            answersStore.save({ ...answers, ...values });
            // Starting the check again on purpose: its pages stop sending this browser away.
            if (stepIndex === 0) await endQuickExit();
            goTo(stepIndex + 1);
          }}
        />
      ) : (
        <QuickCheckResult
          answers={answers}
          onChange={(step) => goTo(step)}
          onRestart={() => {
            forget();
            goTo(0);
          }}
        />
      )}
    </>
  );
}

interface StepFormProps extends QuickCheckProps {
  stepIndex: number;
  answers: QuickCheckAnswers;
  onDone: (values: QuickCheckAnswers) => void | Promise<void>;
}

function StepForm({
  stepIndex,
  answers,
  onDone,
  edition,
  incomeYear,
  earlierIncomeYear,
  situations,
  schoolTypes,
}: StepFormProps) {
  const t = useTranslations("quickCheck");
  const tSchoolTypes = useTranslations("eligibility.schoolTypes");
  const locale = useLocale();
  const step = QUICK_CHECK_STEPS[stepIndex]!;
  const container = useRef<HTMLDivElement>(null);
  const [attempt, setAttempt] = useState(0);
  const { register, handleSubmit, control, getValues, setValue, formState } = useForm<QuickCheckAnswers>({
    // Each page validates its own fields with its step's schema; the server checks all steps again.
    resolver: zodResolver(step.schema as never) as unknown as Resolver<QuickCheckAnswers>,
    defaultValues: {
      lifeSituations: [],
      birthDate: { year: "", month: "", day: "" },
      income: "",
      earlierIncome: "",
      ...answers,
    },
    shouldFocusError: false,
  });

  // On arriving at a new question, move focus to its heading so screen readers read it first.
  useEffect(() => {
    if (stepIndex === 0) return;
    const heading = container.current?.querySelector("h1");
    heading?.setAttribute("tabindex", "-1");
    heading?.focus();
  }, [stepIndex]);

  const schoolKind = useWatch({ control, name: "schoolKind" });
  const chosenSituations = useWatch({ control, name: "lifeSituations" });
  const errors = formState.errors;
  const errorText = (name: keyof QuickCheckAnswers) => {
    const message = errors[name]?.message;
    return typeof message === "string" ? t(message) : undefined;
  };
  const summary = step.fields.flatMap((name) => {
    const message = errorText(name);
    return message ? [{ fieldId: fieldIds(name).input, message }] : [];
  });
  const common = { errorLabel: t("errorPrefix") };
  const yesNo = [
    { value: "yes", label: t("yes") },
    { value: "no", label: t("no") },
  ];
  const lifeSituations = register("lifeSituations");
  const onSituationChange: typeof lifeSituations.onChange = async (event) => {
    await lifeSituations.onChange(event);
    const target = event.target as HTMLInputElement;
    if (!target.checked) return;
    // "None of these" and a situation cannot both be true: choosing one clears the other.
    const current = getValues("lifeSituations") ?? [];
    setValue("lifeSituations", afterTicking(current, target.value, "none"));
  };

  return (
    <div ref={container}>
      <p className="mb-2 text-gray-700">{t("progress", { current: stepIndex + 1, total: QUICK_CHECK_STEPS.length })}</p>
      <ErrorSummary title={t("errorSummaryTitle")} errors={summary} attempt={attempt} />
      <form
        noValidate
        onSubmit={handleSubmit(
          () => onDone(getValues()),
          () => setAttempt((count) => count + 1),
        )}
      >
        {step.id === "residence" && (
          <Radios
            name="livesInJapan"
            legend={t("residence.question")}
            hint={t("residence.hint")}
            isPageHeading
            error={errorText("livesInJapan")}
            options={yesNo}
            registration={register("livesInJapan")}
            {...common}
          />
        )}

        {step.id === "child" && (
          <>
            <h1 className="mb-3 text-3xl font-bold">{t("child.title")}</h1>
            <p className="mb-6">{t("child.intro")}</p>
            <DateInput
              name="birthDate"
              legend={t("child.birthDate")}
              hint={t("child.birthDateHint")}
              error={errorText("birthDate")}
              labels={{ year: t("date.year"), month: t("date.month"), day: t("date.day") }}
              register={register}
              {...common}
            />
            <Radios
              name="schoolKind"
              legend={t("child.schoolKind", { year: edition })}
              error={errorText("schoolKind")}
              selected={schoolKind}
              options={[
                { value: "jhs", label: t("child.jhs") },
                {
                  value: "hs",
                  label: t("child.hs"),
                  reveal: (
                    <Radios
                      name="firstTimeHighSchool"
                      legend={t("child.firstTime")}
                      hint={t("child.firstTimeHint")}
                      error={errorText("firstTimeHighSchool")}
                      options={yesNo}
                      registration={register("firstTimeHighSchool")}
                      {...common}
                    />
                  ),
                },
              ]}
              registration={register("schoolKind")}
              {...common}
            />
          </>
        )}

        {step.id === "schoolType" && (
          <Radios
            name="schoolType"
            legend={t("schoolType.question")}
            hint={t("schoolType.hint")}
            isPageHeading
            error={errorText("schoolType")}
            options={schoolTypes.map((type) => ({ value: type, label: tSchoolTypes(type) }))}
            registration={register("schoolType")}
            {...common}
          />
        )}

        {step.id === "household" && (
          <>
            <h1 className="mb-6 text-3xl font-bold">{t("household.title")}</h1>
            <TextInput
              name="householdSize"
              label={t("household.size")}
              hint={t("household.sizeHint")}
              error={errorText("householdSize")}
              inputMode="numeric"
              autoComplete="off"
              className="w-20"
              suffix={t("household.people")}
              registration={register("householdSize")}
              {...common}
            />
            <Radios
              name="pensionOnlyIncome"
              legend={t("household.pensionOnly")}
              hint={t("household.pensionOnlyHint")}
              error={errorText("pensionOnlyIncome")}
              options={yesNo}
              registration={register("pensionOnlyIncome")}
              {...common}
            />
          </>
        )}

        {step.id === "income" && (
          <>
            <h1 className="mb-3 text-3xl font-bold">{t("income.title")}</h1>
            <details className="mb-6">
              <summary className="cursor-pointer text-blue-800 underline underline-offset-4">
                {t("income.helpSummary")}
              </summary>
              <div className="mt-2 border-l-4 border-gray-400 pl-4">
                <p className="mb-2">{t("income.help1")}</p>
                <p>{t("income.help2", { year: incomeYear })}</p>
              </div>
            </details>
            <IncomeField
              amountField="income"
              unknownField="incomeUnknown"
              label={t("income.question", { year: incomeYear })}
              hint={t("income.hint")}
              unknownLabel={t("income.unknown")}
              error={errorText("income")}
              locale={locale}
              register={register}
              {...common}
            />
            <Radios
              name="suddenIncomeDrop"
              legend={t("income.suddenDrop", { year: edition - 1 })}
              hint={t("income.suddenDropHint")}
              error={errorText("suddenIncomeDrop")}
              options={yesNo}
              registration={register("suddenIncomeDrop")}
              {...common}
            />
          </>
        )}

        {step.id === "situations" && (
          <LifeSituationCheckboxes
            name="lifeSituations"
            legend={t("situations.question")}
            hint={t("situations.hint")}
            isPageHeading
            error={errorText("lifeSituations")}
            orLabel={t("or")}
            noneLabel={t("situations.none")}
            checked={chosenSituations ?? []}
            registration={{ ...lifeSituations, onChange: onSituationChange }}
            situations={situations}
            revealForE={
              <>
                <Radios
                  name="receivesDisabilityOrSurvivorPension"
                  legend={t("situations.pension")}
                  error={errorText("receivesDisabilityOrSurvivorPension")}
                  options={yesNo}
                  registration={register("receivesDisabilityOrSurvivorPension")}
                  {...common}
                />
                <IncomeField
                  amountField="earlierIncome"
                  unknownField="earlierIncomeUnknown"
                  label={t("income.question", { year: earlierIncomeYear })}
                  unknownLabel={t("income.unknown")}
                  error={errorText("earlierIncome")}
                  locale={locale}
                  register={register}
                  {...common}
                />
              </>
            }
            {...common}
          />
        )}

        {step.id === "costs" && (
          <Radios
            name="costDifficulty"
            legend={t("costs.question")}
            hint={t("costs.hint")}
            isPageHeading
            error={errorText("costDifficulty")}
            options={yesNo}
            registration={register("costDifficulty")}
            {...common}
          />
        )}

        <Button type="submit">{stepIndex === QUICK_CHECK_STEPS.length - 1 ? t("seeResult") : t("continue")}</Button>
      </form>
    </div>
  );
}
