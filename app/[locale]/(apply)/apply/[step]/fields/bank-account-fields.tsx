"use client";

import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { Radios } from "@/components/form/radios";
import { TextInput } from "@/components/form/text-input";
import { YUCHO_BANK_CODE } from "@/lib/banks/yucho-account";
import { BranchAfterBank } from "./branch-after-bank";
import { DirectoryPicker } from "./directory-picker";
import type { DirectoryEntry } from "./search-directory";
import type { StepFieldsProps } from "./step-fields-props";
import { useFieldKit } from "./use-field-kit";
import { YuchoAccountFields } from "./yucho-account-fields";

// Written out so the page does not load the account schema (zod and the kana tables) in the browser.
const ACCOUNT_TYPES = ["ordinary", "current", "savings"] as const;

export function BankAccountFields(props: StepFieldsProps) {
  const t = useTranslations("apply.steps.bankAccount");
  const { register, control, common, error } = useFieldKit(props);
  const { form } = props;
  const bankCode = String(useWatch({ control, name: "bankAccount.bankCode" }) ?? "");
  const yuchoEntry = useWatch({ control, name: "bankAccount.yuchoEntry" }) as string | undefined;
  const yucho = bankCode === YUCHO_BANK_CODE;
  const passbook = yucho && yuchoEntry === "passbook";

  // A new bank needs its own branch; ゆうちょ銀行 starts with its passbook's 記号・番号.
  const onBankChosen = (bank: DirectoryEntry | undefined) => {
    form.setValue("bankAccount.branchCode", "", { shouldDirty: true });
    if (bank?.code === YUCHO_BANK_CODE) {
      if (form.getValues("bankAccount.yuchoEntry") !== "transfer") form.setValue("bankAccount.yuchoEntry", "passbook");
    } else if (bank) {
      for (const path of ["bankAccount.yuchoEntry", "bankAccount.symbol", "bankAccount.number"]) {
        form.setValue(path, "", { shouldDirty: true });
      }
    }
  };

  return (
    <>
      <h1 className="mb-3 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-6">{t("intro")}</p>
      <DirectoryPicker kind="bank" onChoose={onBankChosen} {...props} />
      {yucho && <YuchoAccountFields {...props} />}
      {!passbook && (
        <>
          {bankCode === "" ? (
            <BranchAfterBank
              label={t("branch.label")}
              text={t("branch.bankFirst")}
              error={error("bankAccount.branchCode")}
              {...common}
            />
          ) : (
            <DirectoryPicker key={bankCode} kind="branch" bankCode={bankCode} {...props} />
          )}
          <Radios
            name="bankAccount.accountType"
            legend={t("accountType")}
            error={error("bankAccount.accountType")}
            options={ACCOUNT_TYPES.map((type) => ({ value: type, label: t(`accountTypes.${type}`) }))}
            registration={register("bankAccount.accountType")}
            {...common}
          />
          <TextInput
            name="bankAccount.accountNumber"
            label={t("accountNumber")}
            hint={t("accountNumberUpToSevenHint")}
            error={error("bankAccount.accountNumber")}
            inputMode="numeric"
            autoComplete="off"
            className="w-40"
            registration={register("bankAccount.accountNumber")}
            {...common}
          />
        </>
      )}
      <TextInput
        name="bankAccount.holderName"
        label={t("holderName")}
        hint={t("holderNameKanaHint")}
        error={error("bankAccount.holderName")}
        autoComplete="off"
        spellCheck={false}
        registration={register("bankAccount.holderName")}
        {...common}
      />
    </>
  );
}
