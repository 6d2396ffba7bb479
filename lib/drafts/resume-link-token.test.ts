import { describe, expect, it } from "vitest";
import { generateResumeLinkToken, hashResumeLinkToken } from "./resume-link-token";

describe("resume link tokens", () => {
  it("are new each time, safe in an address, and hashed to 64 hex characters", () => {
    const tokens = new Set(Array.from({ length: 50 }, generateResumeLinkToken));
    expect(tokens.size).toBe(50);
    for (const token of tokens) {
      expect(encodeURIComponent(token)).toBe(token);
      expect(hashResumeLinkToken(token)).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it("refuse what is not a token: an old draft token, a truncated one, other types", () => {
    const token = generateResumeLinkToken();
    expect(hashResumeLinkToken(token.slice(1))).toBeUndefined();
    expect(hashResumeLinkToken(`${token}=`)).toBeUndefined();
    expect(hashResumeLinkToken("00000000-0000-4000-8000-000000000000.2222-2222")).toBeUndefined();
    expect(hashResumeLinkToken(undefined)).toBeUndefined();
    expect(hashResumeLinkToken(["x"])).toBeUndefined();
  });
});
