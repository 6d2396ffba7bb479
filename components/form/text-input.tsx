"use client";

import type { InputHTMLAttributes } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { describedBy, FieldError, fieldIds, Hint } from "./field-parts";

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, "name"> {
  name: string;
  label: string;
  isPageHeading?: boolean;
  hint?: string;
  error?: string;
  errorLabel: string;
  /** Text shown before or after the box, such as "¥" or "人". */
  prefix?: string;
  suffix?: string;
  registration: UseFormRegisterReturn;
}

export function TextInput({
  name,
  label,
  isPageHeading,
  hint,
  error,
  errorLabel,
  prefix,
  suffix,
  registration,
  className,
  ...input
}: Props) {
  const ids = fieldIds(name);
  const labelElement = (
    <label
      htmlFor={ids.input}
      className={isPageHeading ? "mb-4 block text-3xl font-bold" : "mb-2 block text-xl font-bold"}
    >
      {label}
    </label>
  );
  return (
    <div className={`mb-8 ${error ? "border-l-4 border-red-700 pl-4" : ""}`}>
      {isPageHeading ? <h1>{labelElement}</h1> : labelElement}
      {hint && <Hint id={ids.hint}>{hint}</Hint>}
      <FieldError id={ids.error} message={error} label={errorLabel} />
      <div className="flex items-center gap-2">
        {prefix && <span aria-hidden="true">{prefix}</span>}
        <input
          id={ids.input}
          aria-describedby={describedBy(name, !!hint, !!error)}
          aria-invalid={error ? true : undefined}
          className={`h-11 border-2 px-2 text-lg ${error ? "border-red-700" : "border-black"} ${className ?? "w-full"}`}
          {...input}
          {...registration}
        />
        {suffix && <span>{suffix}</span>}
      </div>
    </div>
  );
}
