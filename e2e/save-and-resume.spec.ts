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
    test("emails a resume link that opens the application in a fresh browser, and the code does too", async ({
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

      const email = uniqueAddress(`save-${locale}`);
      await page.getByLabel(m.resume.save.emailLabel).fill(email);
      await page.getByRole("button", { name: m.resume.save.send }).click();
      await expect(page.getByRole("status")).toContainText(email);
      await expectNoAxeViolations(page);

      const mail = await waitForMail({
        to: email,
        subjectIncludes: m.mail.resumeLink.subject,
      });
      const link = linksIn(mail).find((url) => url.includes("/apply/resume/link?token="));
      expect(link, "resume link in the mail").toBeDefined();
      expect(link!.startsWith(`${baseURL}/${locale}/`)).toBe(true);

      // The link on another device: straight into the form, with the token gone from the address.
      const linked = await freshPage(browser, contextOptions);
      await linked.goto(link!);
      await expect(linked).toHaveURL(new RegExp(`/${locale}/apply/applicant$`));
      await expectHoldsDraft(linked, locale, code);
      await linked.context().close();

      // The code typed on a third device, as written on paper: small letters, no dash.
      const typed = await freshPage(browser, contextOptions);
      await typed.goto(`/${locale}/apply/resume`);
      await expect(typed.getByRole("heading", { level: 1 })).toHaveText(m.resume.resume.title);
      await expectNoAxeViolations(typed);
      await typed.getByLabel(m.resume.resume.codeLabel).fill(code.toLowerCase().replace("-", " "));
      await typed.getByRole("button", { name: m.resume.resume.submit }).click();
      await expect(typed).toHaveURL(new RegExp(`/${locale}/apply/applicant$`));
      await expectHoldsDraft(typed, locale, code);
      await typed.context().close();
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
