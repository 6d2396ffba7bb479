import { describe, expect, it } from "vitest";
import { builtInRuleSet } from "@/lib/eligibility/editions";
import { statusDocumentChoices } from "./status-document-choices";

const ruleSet = builtInRuleSet(2026)!;

describe("statusDocumentChoices", () => {
  it("offers the missing items with their labels in the page's language", () => {
    expect(statusDocumentChoices(ruleSet, ["disability_proof"], "en")).toEqual({
      missing: [{ id: "disability_proof", label: "Proof of disability (a disability certificate or similar)" }],
      choices: [{ id: "disability_proof", label: "Proof of disability (a disability certificate or similar)" }],
    });
    expect(statusDocumentChoices(ruleSet, ["disability_proof"], "ja").choices[0]?.label).toBe(
      "障害があることがわかる書類（障害者手帳など）",
    );
  });

  it("offers the whole checklist when nothing is known to be missing", () => {
    const { missing, choices } = statusDocumentChoices(ruleSet, [], "en");
    expect(missing).toEqual([]);
    expect(choices.map((choice) => choice.id)).toEqual(ruleSet.documents.catalog.map((entry) => entry.id));
  });

  it("leaves out items the edition does not list", () => {
    expect(
      statusDocumentChoices(ruleSet, ["no_such_item", "income_proof"], "en").missing.map((item) => item.id),
    ).toEqual(["income_proof"]);
  });
});
