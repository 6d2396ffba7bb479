"use client";

import type { FieldValues, Path, UseFormRegister } from "react-hook-form";
import { TextInput } from "./text-input";

interface Props<T extends FieldValues> {
  amountField: Path<T>;
  unknownField: Path<T>;
  label: string;
  hint?: string;
  unknownLabel: string;
  error?: string;
  errorLabel: string;
  locale: string;
  register: UseFormRegister<T>;
}

/** A yen amount with an "I don't know" box: not knowing is an answer, never a dead end (GOV.UK). */
export function IncomeField<T extends FieldValues>({
  amountField,
  unknownField,
  label,
  hint,
  unknownLabel,
  error,
  errorLabel,
  locale,
  register,
}: Props<T>) {
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
