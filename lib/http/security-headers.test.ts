import { describe, expect, it } from "vitest";
import { newNonce, pageContentSecurityPolicy, strictTransportSecurity } from "./security-headers";

const directives = (policy: string) =>
  new Map(policy.split("; ").map((directive) => [directive.split(" ")[0], directive] as const));

describe("pageContentSecurityPolicy", () => {
  it("runs only scripts carrying the nonce, and forbids plugins, base changes and framing", () => {
    const policy = directives(pageContentSecurityPolicy({ nonce: "abc", development: false, https: false }));
    expect(policy.get("script-src")).toBe("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(policy.get("style-src")).toBe("style-src 'self' 'nonce-abc'");
    expect(policy.get("object-src")).toBe("object-src 'none'");
    expect(policy.get("base-uri")).toBe("base-uri 'none'");
    expect(policy.get("form-action")).toBe("form-action 'self'");
    expect(policy.get("frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(policy.has("upgrade-insecure-requests")).toBe(false);
  });

  it("upgrades stray http addresses only on an https site", () => {
    const policy = directives(pageContentSecurityPolicy({ nonce: "abc", development: false, https: true }));
    expect(policy.has("upgrade-insecure-requests")).toBe(true);
  });

  it("allows eval and inline styles only for the development server", () => {
    const policy = pageContentSecurityPolicy({ nonce: "abc", development: true, https: false });
    expect(directives(policy).get("script-src")).toContain("'unsafe-eval'");
    expect(pageContentSecurityPolicy({ nonce: "abc", development: false, https: false })).not.toMatch(/unsafe/);
  });
});

describe("newNonce", () => {
  it("is 128 random bits, different each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });
});

describe("strictTransportSecurity", () => {
  it("is sent for an https site and not for an http one", () => {
    expect(strictTransportSecurity("https://apply.charity.example")).toBe("max-age=63072000; includeSubDomains");
    expect(strictTransportSecurity("http://localhost:3000")).toBeUndefined();
  });
});
