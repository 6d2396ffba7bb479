import { expect, test, type Page, type Response } from "@playwright/test";
import { MESSAGES, type Locale } from "./support/application-form";

// playwright.config.ts sets PUBLIC_SITE_URL to the address the tests use.
const site = `http://localhost:${process.env.E2E_PORT ?? 3100}`;

const STEP_SLUGS = [
  "applicant",
  "guardian",
  "address",
  "household",
  "children",
  "situations",
  "income",
  "cost-difficulty",
  "documents",
  "bank-account",
  "consent",
  "survey",
];

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

/** Collects every Content-Security-Policy violation the browser reports on any page of the test. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction("reportCspViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation;
      report(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"} on ${location.pathname}`);
    });
  });
  return violations;
}

/** The fixed headers every response carries, pages or not. */
function expectFixedHeaders(headers: Record<string, string>) {
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("same-origin");
  expect(headers["x-frame-options"]).toBe("DENY");
  // The site is configured as http://…: no HSTS, whatever the request says.
  expect(headers["strict-transport-security"]).toBeUndefined();
}

/** A page's policy, its nonce on every script, and its language alternates; returns the nonce. */
async function expectSecurePage(response: Response | null, path: string): Promise<string> {
  expect(response, path).not.toBeNull();
  const headers = await response!.allHeaders();
  expectFixedHeaders(headers);

  const policy = directives(headers["content-security-policy"] ?? "");
  const scriptSrc = policy.get("script-src") ?? [];
  const nonce = scriptSrc.find((value) => value.startsWith("'nonce-"))?.slice(7, -1);
  expect(nonce, `a nonce in the policy of ${path}`).toBeTruthy();
  expect(scriptSrc).toContain("'strict-dynamic'");
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(scriptSrc).not.toContain("'unsafe-eval'");
  expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
  expect(policy.get("object-src")).toEqual(["'none'"]);
  expect(policy.get("base-uri")).toEqual(["'none'"]);
  expect(policy.get("form-action")).toEqual(["'self'"]);

  // Every <script> the server wrote; those Next.js adds later in the browser run by 'strict-dynamic'
  // (and any refused one would show up as a violation).
  const html = await response!.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length, `scripts on ${path}`).toBeGreaterThan(0);
  const nonces = scripts.map((tag) => /\snonce="([^"]*)"/.exec(tag)?.[1]);
  expect(new Set(nonces), `every script on ${path} carries the response's nonce`).toEqual(new Set([nonce]));

  const rest = new URL(response!.url()).pathname.replace(/^\/(ja|en)/, "");
  for (const locale of ["ja", "en"]) {
    expect(headers.link).toContain(`<${site}/${locale}${rest}>; rel="alternate"; hreflang="${locale}"`);
  }
  return nonce!;
}

for (const locale of ["ja", "en"] as const satisfies Locale[]) {
  const m = MESSAGES[locale];

  test.describe(`security headers in ${locale}`, () => {
    test("every family page has its nonce policy, the fixed headers and the site's alternates, with no violation", async ({
      page,
      context,
    }) => {
      test.setTimeout(240_000);
      const violations = await watchViolations(page);
      const visit = async (path: string) => expectSecurePage(await page.goto(path), path);

      for (const path of ["", "/privacy", "/check", "/apply", "/apply/resume", "/status", "/no-such-page"]) {
        await visit(`/${locale}${path}`);
      }
      // The application's pages need an application in progress.
      await page.goto(`/${locale}/apply`);
      await page.getByRole("button", { name: m.apply.start.start }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.apply.steps.applicant.question);
      for (const slug of STEP_SLUGS) await visit(`/${locale}/apply/${slug}`);
      await visit(`/${locale}/apply/check`);
      await visit(`/${locale}/apply/save`);

      // Switching language in the page sets the language cookie from the browser's side.
      const other = locale === "ja" ? "en" : "ja";
      await page.goto(`/${locale}/privacy`);
      await page.getByRole("link", { name: m.layout.languageNames[other] }).click();
      await expect(page).toHaveURL(`/${other}/privacy`);

      // Every cookie set on the way (language, application in progress): __Host-, Secure, path /.
      const cookies = await context.cookies();
      expect(cookies.find((cookie) => cookie.name === "__Host-NEXT_LOCALE")?.value).toBe(other);
      for (const cookie of cookies) {
        expect(cookie.path, cookie.name).toBe("/");
        expect(cookie.domain, cookie.name).toBe("localhost");
        expect(cookie.sameSite, cookie.name).toBe("Lax");
        // Only the language cookie is written by the page's script (when switching without a reload).
        expect(cookie.httpOnly, cookie.name).toBe(cookie.name !== "__Host-NEXT_LOCALE");
        expect(cookie.name, cookie.name).toMatch(/^__Host-/);
        expect(cookie.secure, cookie.name).toBe(true);
      }
      expect(violations).toEqual([]);
    });

    test("gives each response a fresh nonce", async ({ page }) => {
      const first = await expectSecurePage(await page.goto(`/${locale}/privacy`), "first");
      const second = await expectSecurePage(await page.reload(), "second");
      expect(second).not.toBe(first);
    });

    test("lets the page's own scripts run: the quick check answers in the browser, with no violation", async ({
      page,
    }) => {
      const violations = await watchViolations(page);
      await page.goto(`/${locale}/check`);
      const q = m.quickCheck;
      // Checked in the browser before anything is sent: only a script can show this.
      await page.getByRole("button", { name: q.continue, exact: true }).click();
      await expect(page.getByRole("alert").filter({ hasText: q.errorSummaryTitle })).toBeVisible();
      await page.getByLabel(q.yes, { exact: true }).check();
      await page.getByRole("button", { name: q.continue, exact: true }).click();
      await expect(page).toHaveURL(`/${locale}/check?step=1`);
      await expect(page.getByText(q.progress.replace("{current}", "2").replace("{total}", "7"))).toBeVisible();
      // The language switch is a client-side navigation too.
      const other = locale === "ja" ? "en" : "ja";
      await page.getByRole("link", { name: m.layout.languageNames[other] }).click();
      await expect(page).toHaveURL(`/${other}/check?step=1`);
      expect(violations).toEqual([]);
    });

    test("builds the language alternates from the configured address even when the Host header is forged", async ({
      request,
    }) => {
      const forged = { Host: "attacker.example", "X-Forwarded-Host": "attacker.example", "X-Forwarded-Proto": "https" };
      const response = await request.get(`/${locale}/privacy`, { headers: forged });
      expect(response.status()).toBe(200);
      const headers = response.headers();
      expect(headers.link).toContain(`<${site}/ja/privacy>; rel="alternate"; hreflang="ja"`);
      expect(headers.link).toContain(`<${site}/en/privacy>; rel="alternate"; hreflang="en"`);
      expect(headers.link).not.toContain("attacker.example");
      expectFixedHeaders(headers);

      // The language redirect from the bare address does not send anyone to the forged host either.
      const redirect = await request.get("/", { headers: { ...forged, "Accept-Language": locale }, maxRedirects: 0 });
      expect(redirect.status()).toBe(307);
      expect(redirect.headers().location).toBe(`/${locale}`);
    });

    test("sets the language cookie Secure, __Host- and for the whole site", async ({ request }) => {
      const other = locale === "ja" ? "en" : "ja";
      // Asking for the page in a language other than the browser's records the choice.
      const response = await request.get(`/${locale}`, { headers: { "Accept-Language": other }, maxRedirects: 0 });
      const cookies = response.headersArray().filter((header) => header.name.toLowerCase() === "set-cookie");
      expect(cookies.map((header) => header.value)).toEqual([
        `__Host-NEXT_LOCALE=${locale}; Path=/; Secure; SameSite=lax`,
      ]);
    });
  });
}

test.describe("security headers beyond pages", () => {
  test("route handlers' JSON and their refusals carry the fixed headers and a policy that allows nothing", async ({
    request,
  }) => {
    const health = await request.get("/api/health");
    const refused = await request.post("/api/v1/screenings", {
      headers: { "Content-Type": "text/plain" },
      data: "not json",
    });
    expect(health.status()).toBe(200);
    expect(refused.status()).toBe(415);
    for (const response of [health, refused]) {
      const headers = response.headers();
      expectFixedHeaders(headers);
      expect(directives(headers["content-security-policy"] ?? "")).toEqual(
        new Map([
          ["default-src", ["'none'"]],
          ["base-uri", ["'none'"]],
          ["form-action", ["'none'"]],
          ["frame-ancestors", ["'none'"]],
        ]),
      );
    }
  });
});
