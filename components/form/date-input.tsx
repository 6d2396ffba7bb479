"use client";

import type { UseFormRegister, FieldValues, Path } from "react-hook-form";
import { describedBy, FieldError, fieldIds, groupClass, Hint } from "./field-parts";

interface Props<T extends FieldValues> {
  name: Path<T>;
  legend: string;
  hint?: string;
  error?: string;
  errorLabel: string;
  labels: { year: string; month: string; day: string };
  register: UseFormRegister<T>;
}

/**
 * GOV.UK date input: separate boxes, so nobody has to guess a format. Year first, as dates are
 * written in Japan; the first box carries the field's id so the error summary can link to it.
 */
export function DateInput<T extends FieldValues>({
  name,
  legend,
  hint,
  error,
  errorLabel,
  labels,
  register,
}: Props<T>) {
  const ids = fieldIds(name);
  const parts = [
    { part: "year", width: "w-24", maxLength: 4 },
    { part: "month", width: "w-16", maxLength: 2 },
    { part: "day", width: "w-16", maxLength: 2 },
  ] as const;
  return (
    <div className={groupClass(!!error)}>
      <fieldset role="group" aria-describedby={describedBy(name, !!hint, !!error)}>
        <legend className="mb-2 text-xl font-bold">{legend}</legend>
        {hint && <Hint id={ids.hint}>{hint}</Hint>}
        <FieldError id={ids.error} message={error} label={errorLabel} />
        <div className="flex gap-4">
          {parts.map(({ part, width, maxLength }) => {
            const id = part === "year" ? ids.input : `${ids.input}-${part}`;
            return (
              <div key={part}>
                <label htmlFor={id} className="block">
                  {labels[part]}
                </label>
                <input
                  id={id}
                  inputMode="numeric"
                  autoComplete="off"
                  maxLength={maxLength}
                  aria-invalid={error ? true : undefined}
                  className={`h-11 border-2 px-2 text-lg ${error ? "border-red-700" : "border-black"} ${width}`}
                  {...register(`${name}.${part}` as Path<T>)}
                />
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
