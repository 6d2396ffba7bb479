import { describe, expect, it } from "vitest";
import { isSameOrigin } from "./same-origin";

const headers = (entries: Record<string, string>) => new Headers(entries);

describe("isSameOrigin", () => {
  it("goes by Sec-Fetch-Site when the browser sends it", () => {
    expect(isSameOrigin(headers({ "sec-fetch-site": "same-origin", origin: "null", host: "apply.example.org" }))).toBe(
      true,
    );
    for (const site of ["cross-site", "same-site", "none"]) {
      expect(
        isSameOrigin(
          headers({ "sec-fetch-site": site, origin: "https://apply.example.org", host: "apply.example.org" }),
        ),
      ).toBe(false);
    }
  });

  it("otherwise compares Origin with the host the request was sent to", () => {
    expect(isSameOrigin(headers({ origin: "https://apply.example.org", host: "apply.example.org" }))).toBe(true);
    expect(isSameOrigin(headers({ origin: "http://localhost:3100", host: "localhost:3100" }))).toBe(true);
    expect(
      isSameOrigin(
        headers({
          origin: "https://apply.example.org",
          host: "127.0.0.1:3000",
          "x-forwarded-host": "apply.example.org",
        }),
      ),
    ).toBe(true);
    expect(isSameOrigin(headers({ origin: "https://evil.example", host: "apply.example.org" }))).toBe(false);
    expect(isSameOrigin(headers({ origin: "http://localhost:3000", host: "localhost:3100" }))).toBe(false);
    expect(isSameOrigin(headers({ origin: "https://apply.example.org" }))).toBe(false);
    expect(isSameOrigin(headers({ origin: "not a url", host: "apply.example.org" }))).toBe(false);
  });

  it("lets through an old browser's post without either header (its cookie is SameSite=Lax)", () => {
    expect(isSameOrigin(headers({ host: "apply.example.org" }))).toBe(true);
    expect(isSameOrigin(headers({ origin: "null", host: "apply.example.org" }))).toBe(true);
  });
});
