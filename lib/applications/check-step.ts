import { z } from "zod";
import { checkBankAndBranch } from "@/lib/banks/search-banks";
import type { RuleSet } from "@/lib/eligibility/rule-set";
import { applicationSchemaFor } from "./steps/application-schema";
import { isYuchoPassbook } from "./steps/bank-account-step";
import { applicationStep, type ApplicationStepId } from "./steps/application-steps";
import { incomeStep } from "./steps/income-step";
import { checkIncomeYears, incomeYearsAsked } from "./steps/income-years";
import { parseAnswers, type AnswerIssue, type AnswersResult } from "./steps/parse-answers";
import { answerRecord } from "./answer-record";

/** The life situations as the draft holds them (typed answers, not yet checked). */
function claimedSituations(draftAnswers: unknown): string[] {
  const situations = z
    .object({ situations: z.object({ lifeSituations: z.array(z.string()) }) })
    .safeParse(draftAnswers);
  return situations.success ? situations.data.situations.lifeSituations : [];
}

function incomeStepFor(ruleSet: RuleSet, draftAnswers: unknown) {
  const asked = incomeYearsAsked(ruleSet, claimedSituations(draftAnswers));
  return incomeStep.superRefine((step, ctx) => checkIncomeYears(step.income.byYear, asked, ctx));
}

// The schema cannot know whether a bank and branch exist: the directory is loaded on demand.
// A ゆうちょ passbook's 記号 gives the branch: when that branch is unknown, the 記号 is what to check.
async function bankIssues(
  bankAccount: { bankCode: string; branchCode: string },
  typed: unknown,
): Promise<AnswerIssue[]> {
  const issues = await checkBankAndBranch(bankAccount.bankCode, bankAccount.branchCode);
  const passbook = isYuchoPassbook(typed);
  return issues.map((issue) =>
    passbook && issue.path === "branchCode"
      ? { path: "bankAccount.symbol", messageKey: "fields.bank.yuchoSymbolUnknown" }
      : { path: `bankAccount.${issue.path}`, messageKey: `fields.${issue.messageKey}` },
  );
}

/**
 * One page's answers checked as that page must: the step's schema, plus what depends on the
 * edition (the income years asked) or on data outside the schema (the bank directory).
 * `draftAnswers` are the answers saved so far, for checks that depend on earlier pages.
 */
export async function checkStep(
  stepId: ApplicationStepId,
  ruleSet: RuleSet,
  draftAnswers: unknown,
  values: unknown,
): Promise<AnswersResult<unknown>> {
  if (stepId === "income") return parseAnswers(incomeStepFor(ruleSet, draftAnswers), values);
  const parsed = parseAnswers(applicationStep(stepId).schema as z.ZodType<unknown>, values);
  if (stepId !== "bankAccount" || !parsed.ok) return parsed;
  const issues = await bankIssues(
    (parsed.data as { bankAccount: { bankCode: string; branchCode: string } }).bankAccount,
    answerRecord(values).bankAccount,
  );
  return issues.length > 0 ? { ok: false, issues } : parsed;
}

/** The whole application as submission will check it, for "Check your answers". */
export async function checkApplication(ruleSet: RuleSet, answers: unknown) {
  const parsed = parseAnswers(applicationSchemaFor(ruleSet), answers);
  if (!parsed.ok) return parsed;
  const issues = await bankIssues(parsed.data.bankAccount, answerRecord(answers).bankAccount);
  return issues.length > 0 ? { ok: false as const, issues } : parsed;
}
