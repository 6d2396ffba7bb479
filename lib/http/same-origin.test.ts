import { describe, expect, it } from "vitest";
import { isSameOrigin } from "./same-origin";

const headers = (entries: Record<string, string>) => new Headers(entries);

describe("isSameOrigin", () => {
  it("accepts a post from a page of the same host", () => {
    expect(isSameOrigin(headers({ origin: "https://apply.example.org", host: "apply.example.org" }))).toBe(true);
    expect(isSameOrigin(headers({ origin: "http://localhost:3100", host: "localhost:3100" }))).toBe(true);
  });

  it("uses the host a proxy forwarded", () => {
    expect(
      isSameOrigin(
        headers({
          origin: "https://apply.example.org",
          host: "127.0.0.1:3000",
          "x-forwarded-host": "apply.example.org",
        }),
      ),
    ).toBe(true);
  });

  it("refuses another site, a missing or opaque origin, and another port", () => {
    expect(isSameOrigin(headers({ origin: "https://evil.example", host: "apply.example.org" }))).toBe(false);
    expect(isSameOrigin(headers({ host: "apply.example.org" }))).toBe(false);
    expect(isSameOrigin(headers({ origin: "null", host: "apply.example.org" }))).toBe(false);
    expect(isSameOrigin(headers({ origin: "http://localhost:3000", host: "localhost:3100" }))).toBe(false);
    expect(isSameOrigin(headers({ origin: "https://apply.example.org" }))).toBe(false);
  });
});
