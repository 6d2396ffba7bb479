import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;
// The test SMTP server of e2e/support/mail-server.ts, which the app under test sends to.
const smtpPort = Number(process.env.E2E_SMTP_PORT ?? 2626);

// Playwright cannot download browsers here; Debian's Chromium is used instead (.ci/run installs it).
const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-features=AutofillServerCommunication",
    // Nothing outside this machine is reachable; fail such lookups at once instead of waiting.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
  ],
};

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  globalSetup: "./e2e/support/mail-server.ts",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: chromium,
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined, launchOptions: chromium } },
    {
      name: "mobile",
      // HTTP APIs and raw requests look the same on every screen size. The demo draft's code opens
      // it once per server start (opening a draft gives it a new code), so one screen size reads it.
      testIgnore: /(screening-api|hostile-input|closed-window-draft)\.spec\.ts/,
      use: {
        viewport: { width: 375, height: 667 },
        isMobile: true,
        hasTouch: true,
        deviceScaleFactor: 2,
        launchOptions: chromium,
      },
    },
  ],
  webServer: {
    // The same start path as `npm start`, on a fresh embedded database of its own.
    command: "rm -rf .data/e2e && tsx scripts/start.ts",
    url: `${baseURL}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(port),
      EMBEDDED_DATABASE_DIR: ".data/e2e/pglite",
      EMBEDDED_DATABASE_PORT: process.env.E2E_DATABASE_PORT ?? "54339",
      DATABASE_URL: "",
      UPLOAD_DIR: ".data/e2e/uploads",
      SCREENING_RATE_LIMIT_PER_MINUTE: "20",
      STATUS_LOOKUP_LIMIT_PER_HOUR: "5",
      // The browser is on loopback: its X-Forwarded-For is believed, so a spec can look up from
      // addresses of its own (e2e/status.spec.ts) instead of every spec sharing one budget.
      TRUSTED_PROXIES: "loopback",
      NEXT_TELEMETRY_DISABLED: "1",
      // Mail goes to the test SMTP server at once; links in it point at this server.
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      OUTBOX_INTERVAL_SECONDS: "1",
      PUBLIC_SITE_URL: baseURL,
      // Every spec types codes from the same address: 10 tries an hour would stop the suite itself.
      RESUME_LIMIT_PER_HOUR: "200",
      // Likewise for starting applications: the suite starts far more than a family would.
      DRAFT_CREATION_LIMIT_PER_HOUR: "1000",
      // The quick exit's neutral pages: nothing outside this machine is reachable, and Playwright
      // cannot intercept where a redirect leads, so a page of another origin on this machine.
      QUICK_EXIT_URL_JA: `http://127.0.0.1:${port}/api/health?neutral=ja`,
      QUICK_EXIT_URL_EN: `http://127.0.0.1:${port}/api/health?neutral=en`,
      CONTACT_PHONE: "03-0000-0000",
      CONTACT_EMAIL: "contact@charity.example",
      CONTACT_HOURS: "平日 10:00〜17:00 / Weekdays 10:00–17:00",
    },
  },
});
