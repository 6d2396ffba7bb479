import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { startStallingProxy, type StallingProxy } from "../tests/integration/support/stalling-proxy";
import { MESSAGES, type Locale } from "./support/application-form";
import { expectNoAxeViolations } from "./support/axe";
import { freePort } from "../tests/integration/support/free-port";

// Nothing a family should ever read on an error page: the failure's own words.
const FAILURE_DETAILS = /digest|stack|prisma|ECONN|timeout|exception|postgres|at \w+ \(/i;

async function expectNoFailureDetails(page: Page) {
  await expect(page.locator("main")).not.toContainText(FAILURE_DETAILS);
}

for (const locale of ["ja", "en"] as const satisfies Locale[]) {
  const m = MESSAGES[locale];

  test.describe(`page not found in ${locale}`, () => {
    for (const path of ["/no-such-page", "/apply/no-such-step"]) {
      test(`answers ${path} with a translated 404 page that leads home`, async ({ page }) => {
        const response = await page.goto(`/${locale}${path}`);
        expect(response?.status()).toBe(404);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.notFound.title);
        await expect(page.getByText(m.notFound.body)).toBeVisible();
        await expect(page).toHaveTitle(`${m.notFound.title} | ${m.meta.title}`);
        await expectNoAxeViolations(page);
        await page.getByRole("link", { name: m.notFound.home }).click();
        await expect(page).toHaveURL(`/${locale}`);
      });
    }
  });
}

/**
 * A second server on the same build and the same database as the e2e server, but reaching the
 * database through a line the test can silence: nothing in the app can be made to fail on
 * purpose, so the database really stops answering. Short timeouts keep the test quick.
 */
test.describe("when the database stops answering", () => {
  let line: StallingProxy;
  let server: ChildProcess;
  let origin: string;

  test.beforeAll(async () => {
    const databasePort = process.env.E2E_DATABASE_PORT ?? "54339";
    line = await startStallingProxy(`postgresql://postgres@127.0.0.1:${databasePort}/postgres?sslmode=disable`);
    const port = await freePort();
    origin = `http://localhost:${port}`;
    server = spawn(path.resolve("node_modules/.bin/next"), ["start", "--port", String(port)], {
      env: {
        ...process.env,
        DATABASE_URL: line.url,
        DATABASE_POOL_SIZE: "1",
        DATABASE_CONNECT_TIMEOUT_SECONDS: "2",
        DATABASE_STATEMENT_TIMEOUT_SECONDS: "2",
        PORT: String(port),
        PUBLIC_SITE_URL: origin,
        UPLOAD_DIR: ".data/e2e/uploads",
        // Its mail sender shares the outbox with the e2e server: send the same way, rarely.
        SMTP_URL: `smtp://127.0.0.1:${process.env.E2E_SMTP_PORT ?? 2626}`,
        OUTBOX_INTERVAL_SECONDS: "3600",
        NEXT_TELEMETRY_DISABLED: "1",
        // Limits are counted in the shared database: as generous as the e2e server's (playwright.config.ts).
        DRAFT_CREATION_LIMIT_PER_HOUR: "1000",
      },
      stdio: "ignore",
    });
    const deadline = Date.now() + 60_000;
    for (;;) {
      const ok = await fetch(`${origin}/api/health`).then(
        (response) => response.ok,
        () => false,
      );
      if (ok) break;
      if (Date.now() > deadline) throw new Error("the second server did not start");
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  });

  test.afterAll(async () => {
    server?.kill("SIGTERM");
    await line?.close();
  });

  test.beforeEach(() => {
    // A start, a stalled page, a retry: more than the default 30 s on a busy machine.
    test.setTimeout(120_000);
    line.resume();
  });

  for (const locale of ["ja", "en"] as const satisfies Locale[]) {
    const m = MESSAGES[locale];
    const e = m.errors;
    const title = (page: Page) => page.getByRole("heading", { level: 1 });

    test(`the check page says in ${locale}, within seconds, that nothing was sent, and tries again`, async ({
      page,
    }) => {
      await page.goto(`${origin}/${locale}/apply`);
      await page.getByRole("button", { name: m.apply.start.start }).click();
      await expect(title(page)).toHaveText(m.apply.steps.applicant.question);

      line.stall();
      const started = Date.now();
      await page.goto(`${origin}/${locale}/apply/check`);
      await expect(title(page)).toHaveText(e.title, { timeout: 20_000 });
      // Timeouts of 2 s here (5 s and 10 s by default), not the minute a hung request would take.
      expect(Date.now() - started).toBeLessThan(12_000);
      await expect(page.getByText(e.notSent)).toBeVisible();
      await expect(page.getByText(e.ifSent)).toBeVisible();
      await expect(page.getByRole("main").getByRole("link", { name: e.status })).toHaveAttribute(
        "href",
        `/${locale}/status`,
      );
      await expect(page.getByRole("button", { name: e.quickExit.button })).toBeVisible();
      await expectNoFailureDetails(page);
      await expectNoAxeViolations(page);

      line.resume();
      await page.getByRole("button", { name: e.tryAgain }).click();
      await expect(title(page)).toHaveText(m.apply.check.title, { timeout: 20_000 });
    });

    test(`a step of the application says in ${locale} that earlier answers are kept`, async ({ page }) => {
      await page.goto(`${origin}/${locale}/apply`);
      await page.getByRole("button", { name: m.apply.start.start }).click();
      await expect(title(page)).toHaveText(m.apply.steps.applicant.question);

      line.stall();
      await page.goto(`${origin}/${locale}/apply/situations`);
      await expect(title(page)).toHaveText(e.title, { timeout: 20_000 });
      await expect(page.getByText(e.answersSaved)).toBeVisible();
      await expect(page.getByRole("button", { name: e.quickExit.button })).toBeVisible();
      await expectNoFailureDetails(page);
    });

    test(`the quick check keeps its quick exit in ${locale}`, async ({ page }) => {
      line.stall();
      await page.goto(`${origin}/${locale}/check?step=5`);
      await expect(title(page)).toHaveText(e.title, { timeout: 20_000 });
      await expect(page.getByRole("button", { name: e.quickExit.button })).toBeVisible();
      await expect(page.getByText(e.notSent)).toHaveCount(0);
      await expectNoFailureDetails(page);
      await expectNoAxeViolations(page);
    });

    test(`the programme page says in ${locale} to try again, without a quick exit`, async ({ page }) => {
      line.stall();
      await page.goto(`${origin}/${locale}`);
      await expect(title(page)).toHaveText(e.title, { timeout: 20_000 });
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByText(e.tryLater)).toBeVisible();
      await expect(page.getByRole("button", { name: e.quickExit.button })).toHaveCount(0);
      await expect(page.getByRole("main").getByRole("link", { name: e.home })).toHaveAttribute("href", `/${locale}`);
      await expectNoFailureDetails(page);
      await expectNoAxeViolations(page);

      line.resume();
      await page.getByRole("button", { name: e.tryAgain }).click();
      await expect(title(page)).toHaveText(m.meta.title, { timeout: 20_000 });
    });
  }
});
