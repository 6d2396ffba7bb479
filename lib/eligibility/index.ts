/**
 * Screening for Support for New Enrollment: pure functions, no I/O.
 *
 *   const parsed = parseScreeningInput(body);          // never throws
 *   if (!parsed.ok) return parsed.issues;              // [{ path: "children.0.birthDate", messageKey: "validation.date" }]
 *   const result = evaluate(ruleSet, parsed.data);     // one ChildResult per child
 *
 * Every messageKey is relative to the "eligibility" message namespace (messages/ja.json, en.json).
 */
export { CRITERION_IDS, CRITERION_ROLES } from "./criteria";
export type { CriterionId, CriterionResult, CriterionRole, CriterionStatus, MessageParams } from "./criteria";
export { BUILT_IN_RULE_SETS, builtInRuleSet } from "./editions";
export { evaluate } from "./evaluate";
export type { ChildResult, EvaluationResult } from "./evaluation-result";
export { guidelineLimitYen } from "./guideline-lines";
export { LIFE_SITUATIONS } from "./life-situations";
export type { LifeSituation } from "./life-situations";
export { outcomeOf } from "./outcome";
export type { Outcome } from "./outcome";
export { parseScreeningInput } from "./parse-screening-input";
export { criterionIdsFor, usesSampleValues } from "./prepare-rule-set";
export { parseRuleSet, ruleSetSchema } from "./rule-set";
export type { RuleSet } from "./rule-set";
export { childInputSchema, screeningInputSchema } from "./screening-input";
export type { ChildInput, ScreeningInput } from "./screening-input";
export { SCHOOL_KINDS, SCHOOL_TYPES } from "./school-types";
export type { SchoolKind, SchoolType } from "./school-types";
export type { ParseResult, ValidationIssue } from "./validation-issues";
