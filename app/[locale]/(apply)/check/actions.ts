"use server";

import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { getPrisma } from "@/lib/db/prisma";
import { evaluate } from "@/lib/eligibility/evaluate";
import { quickCheckToScreeningInput } from "@/lib/quick-check/to-screening-input";
import { findCurrentRuleSets } from "@/lib/rule-sets/rule-set-store";
import { explainResult, type ExplainedResult } from "@/lib/screening/explain-result";

export type QuickCheckResponse =
  | { ok: true; result: ExplainedResult; closes: string; state: "upcoming" | "open" | "closed" }
  | { ok: false; issues: { path: string; messageKey: string }[] };

/**
 * Screens the quick check's answers with the rules in force. Anyone may call it (no sign-in),
 * so everything is re-parsed with the same schemas the pages use; nothing is stored or logged.
 */
export async function runQuickCheck(locale: string, answers: unknown): Promise<QuickCheckResponse> {
  const language = hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
  const [ruleSet] = await findCurrentRuleSets(getPrisma());
  if (!ruleSet) return { ok: false, issues: [{ path: "", messageKey: "errors.noEdition" }] };
  const now = new Date();
  const input = quickCheckToScreeningInput(answers, ruleSet, now);
  if (!input.ok) return { ok: false, issues: input.issues };
  const closesAt = Date.parse(ruleSet.window.closesAt);
  const state =
    now.getTime() < Date.parse(ruleSet.window.opensAt) ? "upcoming" : now.getTime() < closesAt ? "open" : "closed";
  return {
    ok: true,
    result: explainResult(evaluate(ruleSet, input.data), ruleSet, language),
    closes: ruleSet.window.closesAt,
    state,
  };
}
