"use client";

import type { ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { fieldIds, OptionGroup, type GroupHeaderProps } from "./field-parts";

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

export function Checkboxes({ orLabel, options, registration, checked, ...header }: Props) {
  const ids = fieldIds(header.name);
  return (
    <OptionGroup {...header}>
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
    </OptionGroup>
  );
}
