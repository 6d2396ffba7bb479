import { describe, expect, it } from "vitest";
import { builtInRuleSet } from "@/lib/eligibility/editions";
import { itemsStillMissing, readDraftDocuments } from "./read-draft-documents";

const ruleSet = builtInRuleSet(2026)!;
const file = (checklistItem: string) => ({
  checklistItem,
  storageKey: "drafts/0b7c3c1e-5a0e-4f7e-9d3a-2f1e0c9b8a77/5d2f8a14-3c6b-4e19-8f0a-7b1c2d3e4f50.pdf",
  mimeType: "application/pdf",
  size: 1200,
});

describe("readDraftDocuments", () => {
  it("asks every household for proof of income, and more for each situation claimed", () => {
    expect(readDraftDocuments(ruleSet, {}).needed).toEqual(ruleSet.documents.always);
    const withA = readDraftDocuments(ruleSet, { situations: { lifeSituations: ["A"] } });
    expect(withA.needed).toEqual([...ruleSet.documents.always, ...ruleSet.lifeSituations.A.documents]);
    expect(withA.items).toEqual(withA.needed);
  });

  it("adds the sudden-drop documents when a sudden drop in income is reported", () => {
    const documents = readDraftDocuments(ruleSet, { income: { suddenIncomeDrop: "yes" } });
    for (const id of ruleSet.documents.suddenDrop) expect(documents.needed).toContain(id);
  });

  it("still shows an item that holds files after the family changed its answers, so they can be removed", () => {
    const documents = readDraftDocuments(ruleSet, {
      situations: { lifeSituations: ["none"] },
      documents: { files: [file("disability_proof")], sendLater: [] },
    });
    expect(documents.needed).not.toContain("disability_proof");
    expect(documents.items).toContain("disability_proof");
  });

  it("reads malformed answers as empty and keeps only catalogue items to send later", () => {
    const documents = readDraftDocuments(ruleSet, {
      situations: "A",
      documents: { files: [{ storageKey: 3 }, "x", file("income_proof")], sendLater: ["income_proof", "passport", 7] },
    });
    expect(documents.files).toEqual([file("income_proof")]);
    expect(documents.sendLater).toEqual(["income_proof"]);
    expect(readDraftDocuments(ruleSet, null).files).toEqual([]);
  });

  it("lists the needed items that have neither a file nor 'send later'", () => {
    const answers = {
      situations: { lifeSituations: ["A", "D"] },
      documents: { files: [file("income_proof")], sendLater: [] },
    };
    const documents = readDraftDocuments(ruleSet, answers);
    expect(itemsStillMissing(documents)).toEqual(documents.needed.filter((id) => id !== "income_proof"));
    const allLater = readDraftDocuments(ruleSet, {
      ...answers,
      documents: { files: [file("income_proof")], sendLater: documents.needed },
    });
    expect(itemsStillMissing(allLater)).toEqual([]);
  });
});
