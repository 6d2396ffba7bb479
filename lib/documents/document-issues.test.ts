import { describe, expect, it } from "vitest";
import { createNamespaceTranslator, type Namespace } from "@/lib/i18n/namespace-translator";
import { DOCUMENT_ISSUE_MESSAGE_KEYS, documentIssue, isDocumentIssueCode } from "./document-issues";
import { SANITISE_PROBLEMS } from "./sanitise/sanitise-problem";

// The limit is the only parameter a document message takes.
const PARAMS = { maxMegabytes: 10 };

function render(locale: "ja" | "en", rootKey: string): string {
  const [namespace, ...rest] = rootKey.split(".");
  return createNamespaceTranslator(namespace as Namespace, locale, { strict: true })(rest.join("."), PARAMS);
}

describe("document issue messages", () => {
  it("exist in Japanese and English for every issue code", () => {
    for (const [code, key] of Object.entries(DOCUMENT_ISSUE_MESSAGE_KEYS)) {
      expect(render("ja", key), code).toMatch(/[ぁ-んァ-ン一-龥]/u);
      expect(render("en", key), code).toMatch(/[A-Za-z]{3}/u);
    }
  });

  it("include a code for every reason the sanitiser refuses a file, read back from an address", () => {
    for (const problem of SANITISE_PROBLEMS) {
      expect(isDocumentIssueCode(problem)).toBe(true);
      expect(documentIssue(problem)).toEqual({ code: problem, messageKey: `fields.documents.${problem}` });
    }
  });

  it("tell the family what to do instead: print to PDF again or take a photo", () => {
    for (const problem of SANITISE_PROBLEMS) {
      const key = DOCUMENT_ISSUE_MESSAGE_KEYS[problem];
      expect(render("en", key), problem).toMatch(/take (a|the) photo/iu);
      expect(render("ja", key), problem).toMatch(/写真/u);
    }
  });
});
