import { describe, expect, it } from "vitest";
import { alternateLinksHeader } from "./alternate-links";

const locales = ["ja", "en"];

describe("alternateLinksHeader", () => {
  it("names the page in each language and the language-choosing address, on the configured site", () => {
    expect(alternateLinksHeader("https://apply.charity.example", "/en/apply/check", locales)).toBe(
      [
        '<https://apply.charity.example/ja/apply/check>; rel="alternate"; hreflang="ja"',
        '<https://apply.charity.example/en/apply/check>; rel="alternate"; hreflang="en"',
        '<https://apply.charity.example/apply/check>; rel="alternate"; hreflang="x-default"',
      ].join(", "),
    );
  });

  it("handles the home page with or without a trailing slash", () => {
    const expected = [
      '<http://localhost:3000/ja>; rel="alternate"; hreflang="ja"',
      '<http://localhost:3000/en>; rel="alternate"; hreflang="en"',
      '<http://localhost:3000/>; rel="alternate"; hreflang="x-default"',
    ].join(", ");
    expect(alternateLinksHeader("http://localhost:3000", "/ja", locales)).toBe(expected);
    expect(alternateLinksHeader("http://localhost:3000/", "/ja/", locales)).toBe(expected);
  });

  it("keeps an encoded path encoded", () => {
    expect(alternateLinksHeader("https://s.example", "/ja/%E7%B4%84", locales)).toContain(
      '<https://s.example/en/%E7%B4%84>; rel="alternate"; hreflang="en"',
    );
  });

  it("gives no header for a path without a locale", () => {
    expect(alternateLinksHeader("https://s.example", "/", locales)).toBeUndefined();
    expect(alternateLinksHeader("https://s.example", "/fr/privacy", locales)).toBeUndefined();
  });
});
