import { expect, test, type Browser, type BrowserContextOptions, type Page } from "@playwright/test";
import en from "../messages/en.json" with { type: "json" };
import ja from "../messages/ja.json" with { type: "json" };
import { expectNoAxeViolations } from "./support/axe";
import { linksIn, waitForMail } from "./support/mailbox";

const MESSAGES = { ja, en } as const;
type Locale = keyof typeof MESSAGES;

/** A recipient no other test uses, so each test reads only its own mail. */
function uniqueAddress(label: string): string {
  return `${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@example.jp`;
}

/** Starts an application on /<locale>/apply and opens "Save and come back later" from its first step. */
async function startAndSave(page: Page, locale: Locale): Promise<string> {
  const m = MESSAGES[locale];
  await page.goto(`/${locale}/apply`);
  await page.getByRole("button", { name: m.apply.start.start }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/apply/applicant$`));
  await page.getByRole("link", { name: m.apply.saveForLater }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/apply/save$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.resume.save.title);
  const code = (await page.getByTestId("resume-code").textContent())?.trim() ?? "";
  expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
  return code;
}

/** Asks for the resume link by email on the save page and returns the link from the mail. */
async function emailLink(page: Page, locale: Locale, email: string): Promise<string> {
  const m = MESSAGES[locale];
  await page.getByLabel(m.resume.save.emailLabel).fill(email);
  await page.getByRole("button", { name: m.resume.save.send }).click();
  await expect(page.getByRole("status")).toContainText(email);
  const mail = await waitForMail({ to: email, subjectIncludes: m.mail.resumeLink.subject });
  const link = linksIn(mail).find((url) => url.includes("/apply/resume/link?token="));
  expect(link, "resume link in the mail").toBeDefined();
  return link!;
}

/** A message with a {date} in it, matching any date. */
function titleWithDate(message: string): RegExp {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`^${message.split("{date}").map(escape).join(".+")}$`);
}

/** A browser with nothing of the first one: no cookie, no storage; same screen size as the project. */
async function freshPage(browser: Browser, options: BrowserContextOptions): Promise<Page> {
  const context = await browser.newContext(options);
  return context.newPage();
}

/** The save page of whatever draft this browser holds shows this code. */
async function expectHoldsDraft(page: Page, locale: Locale, code: string) {
  await page.goto(`/${locale}/apply/save`);
  await expect(page.getByTestId("resume-code")).toHaveText(code);
}

for (const locale of ["ja", "en"] as const) {
  const m = MESSAGES[locale];

  test.describe(`save and come back later in ${locale}`, () => {
    test("emails a one-time link that asks before it opens the application, and gives it a new code", async ({
      page,
      browser,
      baseURL,
      viewport,
      isMobile,
      hasTouch,
    }) => {
      const contextOptions = { baseURL, viewport, isMobile, hasTouch };
      const code = await startAndSave(page, locale);
      // When the draft will be deleted, in the locale's way of writing dates (和暦 alongside in Japanese).
      await expect(page.getByText(locale === "ja" ? /令和\d+年/ : /Japan time/)).toBeVisible();
      await expectNoAxeViolations(page);

      const link = await emailLink(page, locale, uniqueAddress(`save-${locale}`));
      expect(link.startsWith(`${baseURL}/${locale}/apply/resume/link?token=`)).toBe(true);
      expect(link).not.toContain(code);

      // The link on another device asks first; opening it (twice, as a mail preview might) changes nothing.
      const linked = await freshPage(browser, contextOptions);
      await linked.goto(link);
      await linked.reload();
      await expect(linked.getByRole("heading", { level: 1 })).toHaveText(titleWithDate(m.resume.link.title));
      await expect(linked.getByText(m.resume.link.notYours)).toBeVisible();
      await expectNoAxeViolations(linked);
      await expectHoldsDraft(page, locale, code);

      // Continue: the draft opens here under a new code, shown to write down, then the form.
      await linked.getByRole("button", { name: m.resume.link.continue }).click();
      await expect(linked).toHaveURL(new RegExp(`/${locale}/apply/save\\?resumed=1$`));
      await expect(linked.getByRole("heading", { level: 1 })).toHaveText(m.resume.save.resumedTitle);
      await expect(linked.getByTestId("code-changed")).toHaveText(m.resume.save.resumedIntro);
      const newCode = (await linked.getByTestId("resume-code").textContent())?.trim() ?? "";
      expect(newCode).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
      expect(newCode).not.toBe(code);
      await expectNoAxeViolations(linked);
      await linked.getByRole("link", { name: m.resume.save.continue }).click();
      await expect(linked).toHaveURL(new RegExp(`/${locale}/apply/applicant$`));
      await linked.context().close();

      // Every earlier copy stops working: the first browser's hold, the link, the old code.
      await page.goto(`/${locale}/apply/save`);
      await expect(page.getByText(m.resume.save.noDraft)).toBeVisible();
      const typed = await freshPage(browser, contextOptions);
      await typed.goto(link);
      await expect(typed).toHaveURL(new RegExp(`/${locale}/apply/resume\\?expired=1$`));
      await typed.getByLabel(m.resume.resume.codeLabel).fill(code);
      await typed.getByRole("button", { name: m.resume.resume.submit }).click();
      await expect(typed.getByRole("alert", { name: m.resume.errors.summaryTitle })).toBeVisible();

      // The new code typed on a third device, as written on paper: small letters, no dash.
      await typed.getByLabel(m.resume.resume.codeLabel).fill(newCode.toLowerCase().replace("-", " "));
      await typed.getByRole("button", { name: m.resume.resume.submit }).click();
      await expect(typed).toHaveURL(new RegExp(`/${locale}/apply/save\\?resumed=1$`));
      await expect(typed.getByTestId("resume-code")).not.toHaveText(newCode);
      await typed.context().close();
    });

    test("a link someone else sent never replaces the application open here without asking", async ({
      page,
      browser,
      baseURL,
      viewport,
      isMobile,
      hasTouch,
    }) => {
      // Someone saves an application of their own and gets its link.
      const planter = await freshPage(browser, { baseURL, viewport, isMobile, hasTouch });
      await startAndSave(planter, locale);
      const planted = await emailLink(planter, locale, uniqueAddress(`planter-${locale}`));
      await planter.context().close();

      // A parent with her own application open here opens that link.
      const own = await startAndSave(page, locale);
      await page.goto(planted);
      const notice = page.getByRole("region", { name: m.resume.link.openHereHeading });
      await expect(notice).toContainText(m.resume.link.openHereBody);
      await expect(page.getByRole("button", { name: m.resume.link.switch })).toBeVisible();
      await expectNoAxeViolations(page);
      await notice.getByRole("link", { name: m.resume.link.keepOpenHere }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/apply/applicant$`));
      await expectHoldsDraft(page, locale, own);

      // The code page says the same before a code could open another application here.
      await page.goto(`/${locale}/apply/resume`);
      await expect(page.getByRole("region", { name: m.resume.resume.openHereHeading })).toContainText(
        m.resume.resume.openHereBody,
      );
      await expectNoAxeViolations(page);
    });

    test("every page of the application is sent for no cache to keep", async ({ page }) => {
      await startAndSave(page, locale);
      const paths = [
        "/apply",
        ...["applicant", "guardian", "situations", "documents", "bank-account", "survey"].map(
          (step) => `/apply/${step}`,
        ),
        "/apply/check",
        "/apply/save",
        "/apply/resume",
        "/apply/resume/link?token=none",
        "/apply/confirmation",
        "/check",
      ];
      for (const path of paths) {
        const response = await page.request.get(`/${locale}${path}`, { maxRedirects: 0 });
        expect(response.status(), path).toBeLessThan(400);
        expect(response.headers()["cache-control"], path).toMatch(/(?=.*\bno-store\b)(?=.*\bprivate\b)/);
      }
    });

    test("says when a code is wrong, keeps what was typed, and moves focus to the problem", async ({ page }) => {
      await page.goto(`/${locale}/apply/resume`);
      const box = page.getByLabel(m.resume.resume.codeLabel);
      await box.fill("2222-3333");
      await page.getByRole("button", { name: m.resume.resume.submit }).click();
      const summary = page.getByRole("alert", { name: m.resume.errors.summaryTitle });
      await expect(summary.getByRole("link")).toContainText(m.resume.errors.codeNotFound.replace("{days}", "30"));
      await expect(summary).toBeFocused();
      await expect(box).toHaveValue("2222-3333");
      await expect(box).toHaveAttribute("aria-invalid", "true");
      await expectNoAxeViolations(page);

      await summary.getByRole("link").click();
      await expect(box).toBeFocused();

      await box.fill("");
      await page.getByRole("button", { name: m.resume.resume.submit }).click();
      await expect(summary.getByRole("link")).toHaveText(m.resume.errors.codeRequired);
    });

    test("sends a link that no longer works to the code page, which says so", async ({ page }) => {
      await page.goto(`/${locale}/apply/resume/link?token=00000000-0000-4000-8000-000000000000.2222-2222`);
      await expect(page).toHaveURL(new RegExp(`/${locale}/apply/resume\\?expired=1$`));
      await expect(page.getByTestId("link-expired")).toHaveText(m.resume.resume.expired);
      await expectNoAxeViolations(page);
    });

    test("without an application in progress, the save page points to starting or continuing one", async ({ page }) => {
      await page.goto(`/${locale}/apply/save`);
      await expect(page.getByText(m.resume.save.noDraft)).toBeVisible();
      await expect(page.getByRole("link", { name: m.resume.save.start })).toHaveAttribute("href", `/${locale}/apply`);
      await expectNoAxeViolations(page);
    });
  });
}
