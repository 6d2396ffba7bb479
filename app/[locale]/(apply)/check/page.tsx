import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { connection } from "next/server";
import { getPrisma } from "@/lib/db/prisma";
import { LIFE_SITUATIONS } from "@/lib/eligibility/life-situations";
import { SCHOOL_TYPES } from "@/lib/eligibility/school-types";
import { findCurrentRuleSets } from "@/lib/rule-sets/rule-set-store";
import { leaveIfQuickExited } from "../quick-exit-marker";
import { ReloadWhenRestored } from "../reload-when-restored";
import { QuickCheck } from "./quick-check";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "quickCheck" });
  return { title: t("title") };
}

export default async function QuickCheckPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await connection();
  // A question after the first, reached again right after a quick exit (Back): the neutral page.
  const step = (await searchParams).step;
  if (step !== undefined && step !== "0") await leaveIfQuickExited(locale);
  const [ruleSet] = await findCurrentRuleSets(getPrisma());
  const t = await getTranslations("quickCheck");
  if (!ruleSet) return <p>{t("errors.noEdition")}</p>;

  return (
    <>
      <ReloadWhenRestored />
      <QuickCheck
        edition={ruleSet.edition}
        incomeYear={ruleSet.income.year}
        earlierIncomeYear={ruleSet.lifeSituations.E.incomeYears[0]}
        situations={LIFE_SITUATIONS.filter((letter) => ruleSet.lifeSituations[letter].enabled)}
        schoolTypes={[...SCHOOL_TYPES]}
      />
    </>
  );
}
