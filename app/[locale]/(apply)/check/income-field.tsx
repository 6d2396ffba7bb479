"use client";

import type { UseFormRegister } from "react-hook-form";
import { TextInput } from "@/components/form/text-input";
import type { QuickCheckAnswers } from "@/lib/quick-check/quick-check-steps";

interface Props {
  amountField: "income" | "earlierIncome";
  unknownField: "incomeUnknown" | "earlierIncomeUnknown";
  label: string;
  hint?: string;
  unknownLabel: string;
  error?: string;
  errorLabel: string;
  locale: string;
  register: UseFormRegister<QuickCheckAnswers>;
}

/** A yen amount with an "I don't know" box: not knowing is an answer, never a dead end (GOV.UK). */
export function IncomeField({
  amountField,
  unknownField,
  label,
  hint,
  unknownLabel,
  error,
  errorLabel,
  locale,
  register,
}: Props) {
  const unknownId = `field-${unknownField}`;
  return (
    <>
      <TextInput
        name={amountField}
        label={label}
        hint={hint}
        error={error}
        errorLabel={errorLabel}
        inputMode="numeric"
        autoComplete="off"
        className="w-48"
        prefix={locale === "en" ? "¥" : undefined}
        suffix={locale === "ja" ? "円" : undefined}
        registration={register(amountField)}
      />
      <div className="-mt-6 mb-8 flex items-start gap-3">
        <input id={unknownId} type="checkbox" className="mt-0.5 size-8 accent-black" {...register(unknownField)} />
        <label htmlFor={unknownId} className="pt-1">
          {unknownLabel}
        </label>
      </div>
    </>
  );
}
