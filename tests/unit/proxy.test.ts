import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";

/** proxy.ts as configured by `env` (the configuration is read once per process, so per import). */
async function proxyWith(env: Record<string, string>) {
  vi.resetModules();
  for (const [key, value] of Object.entries(env)) vi.stubEnv(key, value);
  return (await import("@/proxy")).default;
}

afterEach(() => vi.unstubAllEnvs());

const forged = { host: "attacker.example", "x-forwarded-host": "attacker.example", "x-forwarded-proto": "http" };

describe("proxy", () => {
  it("sends HSTS and upgrades stray http addresses when the configured site is https, whatever the request", async () => {
    const proxy = await proxyWith({ PUBLIC_SITE_URL: "https://apply.charity.example" });
    const response = await proxy(new NextRequest("http://10.0.0.5:3000/en/privacy", { headers: forged }));
    expect(response.headers.get("Strict-Transport-Security")).toBe("max-age=63072000; includeSubDomains");
    expect(response.headers.get("Content-Security-Policy")).toContain("upgrade-insecure-requests");
    expect(response.headers.get("Link")).toContain('<https://apply.charity.example/en/privacy>; rel="alternate"');
    expect(response.headers.get("Link")).not.toContain("attacker");
  });

  it("sends no HSTS for an http site, even when the request claims https", async () => {
    const proxy = await proxyWith({ PUBLIC_SITE_URL: "http://localhost:3000" });
    const response = await proxy(
      new NextRequest("http://localhost:3000/ja", { headers: { ...forged, "x-forwarded-proto": "https" } }),
    );
    expect(response.headers.get("Strict-Transport-Security")).toBeNull();
    expect(response.headers.get("Content-Security-Policy")).not.toContain("upgrade-insecure-requests");
  });

  it("hands the page the same policy the browser gets, so Next.js puts that nonce on its scripts", async () => {
    const proxy = await proxyWith({ PUBLIC_SITE_URL: "http://localhost:3000" });
    const response = await proxy(new NextRequest("http://localhost:3000/ja/check"));
    const policy = response.headers.get("Content-Security-Policy");
    expect(policy).toMatch(/'nonce-[A-Za-z0-9+/=]{24}'/);
    // How a proxy passes request headers on to the page (NextResponse.next({ request: { headers } })).
    expect(response.headers.get("x-middleware-override-headers")?.split(",")).toContain("content-security-policy");
    expect(response.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
  });

  it("refuses a server action body that Next.js could not decode, before Next.js sees it", async () => {
    const proxy = await proxyWith({ PUBLIC_SITE_URL: "http://localhost:3000" });
    const post = (body: string) =>
      proxy(
        new NextRequest("http://localhost:3000/ja/apply", {
          method: "POST",
          headers: { "next-action": "abc", "content-type": "text/plain;charset=UTF-8" },
          body,
        }),
      );
    expect((await post('{"a": [1')).status).toBe(400);
    expect((await post('["\\ud800"]')).status).toBe(400);
    expect((await post('["ja"]')).headers.get("Content-Security-Policy")).toContain("'strict-dynamic'");
  });
});
