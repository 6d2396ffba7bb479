"use client";

import type { ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { describedBy, fieldIds, GroupHeader, groupClass, type GroupHeaderProps } from "./field-parts";

export interface CheckboxOption {
  value: string;
  label: ReactNode;
  /** A separate "none of these" answer, set apart by "or" (GOV.UK pattern). */
  exclusive?: boolean;
  reveal?: ReactNode;
}

interface Props extends GroupHeaderProps {
  orLabel: string;
  options: CheckboxOption[];
  registration: UseFormRegisterReturn;
  checked: string[];
}

export function Checkboxes({
  name,
  legend,
  isPageHeading,
  hint,
  error,
  errorLabel,
  orLabel,
  options,
  registration,
  checked,
}: Props) {
  const ids = fieldIds(name);
  return (
    <div className={groupClass(!!error)}>
      <fieldset aria-describedby={describedBy(name, !!hint, !!error)}>
        <GroupHeader
          name={name}
          legend={legend}
          isPageHeading={isPageHeading}
          hint={hint}
          error={error}
          errorLabel={errorLabel}
        />
        <div className="space-y-3">
          {options.map((option, index) => {
            const id = index === 0 ? ids.input : `${ids.input}-${index}`;
            return (
              <div key={option.value}>
                {option.exclusive && <p className="my-2">{orLabel}</p>}
                <div className="flex items-start gap-3">
                  <input
                    id={id}
                    type="checkbox"
                    value={option.value}
                    className="mt-0.5 size-8 shrink-0 accent-black"
                    {...registration}
                  />
                  <label htmlFor={id} className="pt-1">
                    {option.label}
                  </label>
                </div>
                {option.reveal && checked.includes(option.value) && (
                  <div className="ml-4 mt-3 border-l-4 border-gray-400 pl-6">{option.reveal}</div>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
