"use client";

import { useTranslations } from "next-intl";
import { TextInput } from "@/components/form/text-input";
import type { StepFieldsProps } from "./step-fields-props";
import { useFieldKit } from "./use-field-kit";

/**
 * Family and given name with their readings (furigana), as Japanese forms ask. `prefix` is the
 * person's path ("guardian", "children.1"); `autoComplete` is off for a child, whose name the
 * browser does not know.
 */
export function PersonNameFields({
  prefix,
  forSelf,
  ...props
}: StepFieldsProps & { prefix: string; forSelf: boolean }) {
  const t = useTranslations("apply.name");
  const { register, common, error } = useFieldKit(props);
  const field = (name: string, autoComplete: string, hint?: string) => (
    <TextInput
      name={`${prefix}.${name}`}
      label={t(name)}
      hint={hint}
      error={error(`${prefix}.${name}`)}
      autoComplete={forSelf ? autoComplete : "off"}
      spellCheck={false}
      registration={register(`${prefix}.${name}`)}
      {...common}
    />
  );
  return (
    <>
      {field("familyName", "family-name")}
      {field("givenName", "given-name")}
      {field("familyNameKana", "off", t("kanaHint"))}
      {field("givenNameKana", "off", t("kanaHint"))}
    </>
  );
}
