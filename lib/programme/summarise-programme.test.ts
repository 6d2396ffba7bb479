import { describe, expect, it } from "vitest";
import { builtInRuleSet } from "@/lib/eligibility/editions";
import { summariseProgramme } from "./summarise-programme";

const rules2026 = builtInRuleSet(2026)!;

describe("summariseProgramme", () => {
  it.each([
    ["2026-01-08T09:59:59.999+09:00", "upcoming"],
    ["2026-01-08T10:00:00+09:00", "open"],
    ["2026-01-23T11:59:59.999+09:00", "open"],
    ["2026-01-23T12:00:00+09:00", "closed"],
  ])("says the 2026 window is %s → %s", (now, state) => {
    expect(summariseProgramme(rules2026, new Date(now), "en").window.state).toBe(state);
  });

  it("gives the amounts, places and high-school birth-date limit of the edition", () => {
    const summary = summariseProgramme(rules2026, new Date("2025-12-01T00:00:00Z"), "ja");
    expect(summary.amountsYen).toEqual({ jhs: 30_000, hs: 50_000 });
    expect(summary.places).toEqual({ kind: "total", total: 1000 });
    expect(summary.hsBornOnOrAfter).toEqual({ year: 2008, month: 4, day: 2 });
    expect(summary.lifeSituations).toEqual(["A", "B", "C", "D", "E", "F", "G", "H"]);
  });

  it("lists the documents to prepare in the family's language", () => {
    const summary = summariseProgramme(rules2026, new Date("2025-12-01T00:00:00Z"), "en");
    expect(summary.documents.always.map((document) => document.label)).toContain(
      "Proof of income for 2024 (所得証明書, 課税証明書 or similar)",
    );
    const forH = summary.documents.bySituation.find((entry) => entry.situation === "H");
    expect(forH?.documents[0]?.label).toMatch(/provisional release permit/);
  });
});
