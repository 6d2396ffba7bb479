"use server";

import { localeOrDefault } from "@/i18n/routing";
import { getPrisma } from "@/lib/db/prisma";
import { evaluate } from "@/lib/eligibility/evaluate";
import { windowStateAt, type WindowState } from "@/lib/eligibility/window-state";
import { quickCheckToScreeningInput } from "@/lib/quick-check/to-screening-input";
import { findCurrentRuleSets } from "@/lib/rule-sets/rule-set-store";
import { explainResult, type ExplainedResult } from "@/lib/screening/explain-result";
import { clearQuickExit } from "../quick-exit-marker";

export type QuickCheckResponse =
  | { ok: true; result: ExplainedResult; closes: string; state: WindowState }
  | { ok: false; issues: { path: string; messageKey: string }[] };

/**
 * Screens the quick check's answers with the rules in force. Anyone may call it (no sign-in),
 * so everything is re-parsed with the same schemas the pages use; nothing is stored or logged.
 */
export async function runQuickCheck(locale: string, answers: unknown): Promise<QuickCheckResponse> {
  const language = localeOrDefault(locale);
  const [ruleSet] = await findCurrentRuleSets(getPrisma());
  if (!ruleSet) return { ok: false, issues: [{ path: "", messageKey: "errors.noEdition" }] };
  const now = new Date();
  const input = quickCheckToScreeningInput(answers, ruleSet, now);
  if (!input.ok) return { ok: false, issues: input.issues };
  const state = windowStateAt(Date.parse(ruleSet.window.opensAt), Date.parse(ruleSet.window.closesAt), now.getTime());
  return {
    ok: true,
    result: explainResult(evaluate(ruleSet, input.data), ruleSet, language),
    closes: ruleSet.window.closesAt,
    state,
  };
}

/** The first question answered: a family doing the check on purpose, not one sent back by Back. */
export async function endQuickExit(): Promise<void> {
  await clearQuickExit();
}
