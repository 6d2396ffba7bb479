"use client";

import { useTranslations } from "next-intl";
import type { StepFieldsProps } from "./step-fields-props";

/** What every step's fields repeat: the register function, yes/no options and the error wiring. */
export function useFieldKit({ form, error, errorLabel }: StepFieldsProps) {
  const t = useTranslations("apply");
  return {
    register: form.register,
    control: form.control,
    common: { errorLabel },
    error,
    yesNo: [
      { value: "yes", label: t("yes") },
      { value: "no", label: t("no") },
    ],
    dateLabels: { year: t("date.year"), month: t("date.month"), day: t("date.day") },
  };
}

/**
 * The values of a group of checkboxes. Until one is ticked the form library may hold false or a
 * single string rather than a list.
 */
export function asList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return typeof value === "string" && value !== "" ? [value] : [];
}
