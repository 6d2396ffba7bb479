import { describe, expect, it } from "vitest";
import { builtInRuleSet } from "@/lib/eligibility/editions";
import { checkStep } from "./check-step";

const ruleSet = builtInRuleSet(2026)!;

describe("checkStep", () => {
  it("asks for the earlier year's income only when situation E was chosen on the page before", async () => {
    const income = { income: { byYear: { "2024": "1000000" }, suddenIncomeDrop: "no" } };
    expect((await checkStep("income", ruleSet, { situations: { lifeSituations: ["A"] } }, income)).ok).toBe(true);
    const withE = await checkStep("income", ruleSet, { situations: { lifeSituations: ["E"] } }, income);
    expect(withE).toEqual({
      ok: false,
      issues: [{ path: "income.byYear.2023", messageKey: "application.errors.incomeAmount" }],
    });
  });

  it("sends a ゆうちょ passbook whose 記号 names no branch back to the 記号, the field the parent typed", async () => {
    const result = await checkStep(
      "bankAccount",
      ruleSet,
      {},
      {
        bankAccount: {
          bankCode: "9900",
          yuchoEntry: "passbook",
          symbol: "11500",
          number: "12345671",
          holderName: "ミホン ハナコ",
        },
      },
    );
    expect(result).toEqual({
      ok: false,
      issues: [{ path: "bankAccount.symbol", messageKey: "fields.bank.yuchoSymbolUnknown" }],
    });
  });

  it("names the branch field when a chosen branch does not exist at that bank", async () => {
    const result = await checkStep(
      "bankAccount",
      ruleSet,
      {},
      {
        bankAccount: {
          bankCode: "0001",
          branchCode: "999",
          accountType: "ordinary",
          accountNumber: "1234567",
          holderName: "ミホン ハナコ",
        },
      },
    );
    expect(result).toEqual({
      ok: false,
      issues: [{ path: "bankAccount.branchCode", messageKey: "fields.bank.branchNotFound" }],
    });
  });
});
