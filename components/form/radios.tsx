"use client";

import type { ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { fieldIds, OptionGroup, type GroupHeaderProps } from "./field-parts";

export interface RadioOption {
  value: string;
  label: string;
  hint?: string;
  /** Shown under the option when it is chosen (GOV.UK conditional reveal). */
  reveal?: ReactNode;
}

interface Props extends GroupHeaderProps {
  options: RadioOption[];
  registration: UseFormRegisterReturn;
  selected?: string;
}

export function Radios({ options, registration, selected, ...header }: Props) {
  const ids = fieldIds(header.name);
  return (
    <OptionGroup {...header}>
      {options.map((option, index) => {
        const id = index === 0 ? ids.input : `${ids.input}-${index}`;
        return (
          <div key={option.value}>
            <div className="flex items-start gap-3">
              <input
                id={id}
                type="radio"
                value={option.value}
                aria-describedby={option.hint ? `${id}-hint` : undefined}
                className="mt-0.5 size-8 shrink-0 accent-black"
                {...registration}
              />
              <div className="pt-1">
                <label htmlFor={id}>{option.label}</label>
                {/* Beside the label, not in it: the hint describes the option, it is not its name. */}
                {option.hint && (
                  <div id={`${id}-hint`} className="text-gray-700">
                    {option.hint}
                  </div>
                )}
              </div>
            </div>
            {option.reveal && selected === option.value && (
              <div className="ml-4 mt-3 border-l-4 border-gray-400 pl-6">{option.reveal}</div>
            )}
          </div>
        );
      })}
    </OptionGroup>
  );
}
