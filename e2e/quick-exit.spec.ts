import type { BrowserContext, Page } from "@playwright/test";
import { ApplicationForm, JOURNEY_CHILDREN, MESSAGES, type Locale } from "./support/application-form";
import { expect, test } from "./support/back-forward-cache";

/**
 * "Exit this page" as a parent in danger uses it, in a browser that keeps pages for Back (the
 * back/forward cache is on here). The e2e server's neutral pages are set in playwright.config.ts.
 */
function neutralPage(baseURL: string | undefined, locale: Locale): string {
  return `http://127.0.0.1:${new URL(baseURL!).port}/api/health?neutral=${locale}`;
}

function exitButton(page: Page, locale: Locale) {
  return page.getByRole("button", { name: MESSAGES[locale].apply.quickExit.button });
}

/** Answers the quick check up to its question naming domestic violence, and ticks D there. */
async function quickCheckUpToViolence(page: Page, locale: Locale) {
  const q = MESSAGES[locale].quickCheck;
  const next = () => page.getByRole("button", { name: q.continue, exact: true }).click();
  await page.goto(`/${locale}/check`);
  await page.locator('input[name="livesInJapan"][value="yes"]').check();
  await next();
  await page.getByLabel(q.date.year, { exact: true }).fill("2014");
  await page.getByLabel(q.date.month, { exact: true }).fill("9");
  await page.getByLabel(q.date.day, { exact: true }).fill("14");
  await page.locator('input[name="schoolKind"][value="jhs"]').check();
  await next();
  await page.locator('input[name="schoolType"][value="regular"]').check();
  await next();
  await page.locator("#field-householdSize").fill("3");
  await page.locator('input[name="pensionOnlyIncome"][value="no"]').check();
  await next();
  await page.locator("#field-income").fill("1380000");
  await page.locator('input[name="suddenIncomeDrop"][value="no"]').check();
  await next();
  await page.locator('input[name="lifeSituations"][value="D"]').check();
  await expect(exitButton(page, locale)).toBeVisible();
}

/** Starts an application, notes its resume code, and fills it up to the page after the situations, with D ticked. */
async function applicationPastViolence(page: Page, locale: Locale): Promise<string> {
  const form = new ApplicationForm(page, locale);
  await form.start();
  await page.getByRole("link", { name: form.m.saveForLater }).click();
  const code = (await page.getByTestId("resume-code").textContent())?.trim() ?? "";
  await page.goBack();
  await form.applicant();
  await form.guardian(`exit-${locale}-${Date.now()}@example.jp`);
  await form.address();
  await form.household();
  await form.children(JOURNEY_CHILDREN.slice(0, 1));
  await expect(exitButton(page, locale)).toBeVisible();
  await page.getByRole("checkbox", { name: /^D:/ }).check();
  await form.continue(form.m.steps.income.title);
  return code;
}

async function draftCookies(context: BrowserContext) {
  return (await context.cookies()).filter((cookie) => cookie.name.endsWith("apply-draft") && cookie.value !== "");
}

for (const locale of ["ja", "en"] as const) {
  const m = MESSAGES[locale];

  test.describe(`quick exit in ${locale}`, () => {
    test("from the quick check: the answers are wiped, and Back and a new tab show the neutral page", async ({
      page,
      context,
      baseURL,
    }) => {
      await quickCheckUpToViolence(page, locale);
      await exitButton(page, locale).click();
      await expect(page).toHaveURL(neutralPage(baseURL, locale));

      // Back does not return to the questions: each page of the check sends it on again.
      await page.goBack();
      await expect(page).toHaveURL(neutralPage(baseURL, locale));
      await page.goBack();
      await expect(page).toHaveURL(neutralPage(baseURL, locale));

      // A new tab finds nothing either, and the check starts empty when opened on purpose.
      const other = await context.newPage();
      await other.goto(`/${locale}/check?step=5`);
      await expect(other).toHaveURL(neutralPage(baseURL, locale));
      await other.goto(`/${locale}/check`);
      await expect(other.locator('input[name="livesInJapan"][value="yes"]')).not.toBeChecked();
      expect(await other.evaluate(() => sessionStorage.length)).toBe(0);
      await page.goto(`/${locale}/check`);
      expect(await page.evaluate(() => sessionStorage.getItem("quick-check-answers"))).toBeNull();
    });

    test("from the application: Back and a new tab show no answers, and the draft resumes with its code", async ({
      page,
      context,
      baseURL,
    }) => {
      test.setTimeout(180_000);
      const code = await applicationPastViolence(page, locale);
      expect(await draftCookies(context)).toHaveLength(1);

      await exitButton(page, locale).click();
      await expect(page).toHaveURL(neutralPage(baseURL, locale));
      expect(await draftCookies(context)).toEqual([]);

      // Back, again, and a reload: never the form, never the ticked situation.
      for (let press = 0; press < 3; press++) {
        await page.goBack();
        await expect(page).toHaveURL(neutralPage(baseURL, locale));
      }
      await page.reload();
      await expect(page).toHaveURL(neutralPage(baseURL, locale));

      // A new tab on the same phone: no application is open any more.
      const other = await context.newPage();
      await other.goto(`/${locale}/apply/guardian`);
      await expect(other).toHaveURL(neutralPage(baseURL, locale));
      await other.goto(`/${locale}/apply`);
      await expect(other.getByRole("heading", { name: m.apply.start.continueHeading })).toHaveCount(0);

      // The family comes back on purpose with the code: the draft is all there, under a new code.
      await other.goto(`/${locale}/apply/resume`);
      await other.getByLabel(m.resume.resume.codeLabel).fill(code);
      await other.getByRole("button", { name: m.resume.resume.submit }).click();
      await expect(other).toHaveURL(new RegExp(`/${locale}/apply/save\\?resumed=1$`));
      const newCode = other.getByTestId("resume-code");
      await expect(newCode).toHaveText(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
      await expect(newCode).not.toHaveText(code);
      await other.getByRole("link", { name: m.resume.save.continue }).click();
      await expect(other).toHaveURL(new RegExp(`/${locale}/apply/situations$`));
      await expect(other.getByRole("checkbox", { name: /^D:/ })).toBeChecked();
    });

    test("Shift three times leaves, but not while typing capitals in a text box", async ({ page, baseURL }) => {
      const form = new ApplicationForm(page, locale);
      await form.start();
      await page.getByRole("link", { name: form.m.saveForLater }).click();
      const box = page.getByLabel(m.resume.save.emailLabel);
      await box.fill("");
      await box.focus();
      // Capitals typed with Shift, and Shift pressed on its own three times, inside the box.
      await page.keyboard.press("Shift+H");
      await page.keyboard.press("Shift+A");
      for (let press = 0; press < 3; press++) await page.keyboard.press("Shift");
      await page.keyboard.type("NAKO@EXAMPLE.JP");
      await expect(box).toHaveValue("HANAKO@EXAMPLE.JP");
      await expect(page).toHaveURL(new RegExp(`/${locale}/apply/save$`));

      // Out of the box, Shift and another key in between do not add up either.
      await page.getByRole("heading", { level: 1 }).click();
      await page.keyboard.press("Shift");
      await page.keyboard.press("Shift");
      await page.keyboard.press("x");
      await page.keyboard.press("Shift");
      await expect(page).toHaveURL(new RegExp(`/${locale}/apply/save$`));

      // Three presses in a row leave.
      await page.getByRole("heading", { level: 1 }).click();
      for (let press = 0; press < 3; press++) await page.keyboard.press("Shift");
      await expect(page).toHaveURL(neutralPage(baseURL, locale));
    });

    test("the button is a link to the exit route, which works without scripts", async ({ page, request, baseURL }) => {
      await quickCheckUpToViolence(page, locale);
      await expect(exitButton(page, locale)).toHaveAttribute("href", `/${locale}/exit`);

      const response = await request.get(`/${locale}/exit`, { maxRedirects: 0 });
      expect(response.status()).toBe(303);
      expect(response.headers().location).toBe(neutralPage(baseURL, locale));
      expect(response.headers()["clear-site-data"]).toBe('"cache", "storage"');
      expect(response.headers()["cache-control"]).toBe("no-store");
      const cookies = response.headersArray().filter((header) => header.name.toLowerCase() === "set-cookie");
      expect(cookies.some((cookie) => /apply-draft=;.*Max-Age=0/.test(cookie.value))).toBe(true);
    });
  });
}
