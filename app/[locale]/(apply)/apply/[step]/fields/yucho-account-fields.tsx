"use client";

import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { Radios } from "@/components/form/radios";
import { TextInput } from "@/components/form/text-input";
import type { StepFieldsProps } from "./step-fields-props";
import { useFieldKit } from "./use-field-kit";

const CLEARED_BY = {
  passbook: ["bankAccount.branchCode", "bankAccount.accountType", "bankAccount.accountNumber"],
  transfer: ["bankAccount.symbol", "bankAccount.number"],
} as const;

/**
 * ゆうちょ銀行: its passbooks show a 記号 and 番号 instead of a branch and account number. The
 * parent says which they have; the server converts 記号・番号 into the branch and account number
 * (lib/applications/steps/bank-account-step.ts). The details of the other way are cleared, so the
 * draft holds one account only.
 */
export function YuchoAccountFields(props: StepFieldsProps) {
  const t = useTranslations("apply.steps.bankAccount.yucho");
  const { register, control, common, error } = useFieldKit(props);
  const entry = useWatch({ control, name: "bankAccount.yuchoEntry" }) as string | undefined;
  const registration = register("bankAccount.yuchoEntry", {
    onChange: (event: { target: { value: string } }) => {
      const cleared = event.target.value === "passbook" ? CLEARED_BY.passbook : CLEARED_BY.transfer;
      for (const path of cleared) props.form.setValue(path, "", { shouldDirty: true });
    },
  });
  const digits = (name: "symbol" | "number", width: string) => (
    <TextInput
      name={`bankAccount.${name}`}
      label={t(name)}
      hint={t(`${name}Hint`)}
      error={error(`bankAccount.${name}`)}
      inputMode="numeric"
      autoComplete="off"
      className={width}
      registration={register(`bankAccount.${name}`)}
      {...common}
    />
  );
  return (
    <Radios
      name="bankAccount.yuchoEntry"
      legend={t("legend")}
      hint={t("hint")}
      selected={entry}
      options={[
        {
          value: "passbook",
          label: t("passbook"),
          hint: t("passbookHint"),
          reveal: (
            <>
              {digits("symbol", "w-32")}
              {digits("number", "w-44")}
            </>
          ),
        },
        { value: "transfer", label: t("transfer"), hint: t("transferHint") },
      ]}
      registration={registration}
      {...common}
    />
  );
}
