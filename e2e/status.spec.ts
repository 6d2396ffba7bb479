import { randomInt } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { PDF as SAMPLE_PDF } from "../lib/documents/testing/sample-files";
import edition2026 from "../lib/eligibility/editions/2026.json" with { type: "json" };
import en from "../messages/en.json" with { type: "json" };
import ja from "../messages/ja.json" with { type: "json" };
import { expectNoAxeViolations } from "./support/axe";
import { testClientAddress } from "./support/client-address";

const MESSAGES = { ja, en } as const;

// The demo application (lib/demo/seed-demo-application.ts): staff have asked for information.
const DEMO = { reference: "DEMA2-CHECK", typed: "dema2 check", birthDate: { year: "2013", month: "6", day: "15" } };
const WRONG_BIRTH_DATE = { year: "2013", month: "6", day: "16" };
// STATUS_LOOKUP_LIMIT_PER_HOUR of the e2e server (playwright.config.ts).
const LIMIT = 5;

/** A well-formed reference number; 25^10 of them, so no application has it in practice. */
function randomReference(): string {
  const alphabet = "23456789ACDEFGHJKMNPRTWXY";
  const characters = Array.from({ length: 10 }, () => alphabet[randomInt(alphabet.length)]).join("");
  return `${characters.slice(0, 5)}-${characters.slice(5)}`;
}

/** A one-page PDF that passes every upload check (lib/documents/sanitise). */
const PDF = Buffer.from(SAMPLE_PDF);

/** A PDF just over the e2e server's MAX_UPLOAD_MB (the default, 10). */
const OVERSIZED_PDF = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024 + 1 - PDF.length, 0x20)]);

// Each test looks up from an address of its own, so one test's wrong guesses never limit another.
test.beforeEach(async ({ page }) => {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": testClientAddress() });
});

for (const locale of ["ja", "en"] as const) {
  const m = MESSAGES[locale].status;
  const incomeProof = edition2026.documents.catalog.find((entry) => entry.id === "income_proof")!.label[locale];

  async function lookUp(page: Page, reference: string, birthDate: typeof DEMO.birthDate) {
    await page.getByLabel(m.referenceLabel, { exact: true }).fill(reference);
    await page.getByLabel(m.date.year, { exact: true }).fill(birthDate.year);
    await page.getByLabel(m.date.month, { exact: true }).fill(birthDate.month);
    await page.getByLabel(m.date.day, { exact: true }).fill(birthDate.day);
    const answered = page.waitForResponse(
      (response) => response.request().method() === "POST" && response.url().includes(`/${locale}/status`),
    );
    await page.getByRole("button", { name: m.submit }).click();
    await answered;
  }

  /** Opens the page and waits for its scripts: the lookup form is sent by them. */
  async function openStatusPage(page: Page) {
    await page.goto(`/${locale}/status`);
    await page.waitForLoadState("networkidle");
  }

  const errorSummary = (page: Page) => page.getByRole("alert").filter({ hasText: m.errorSummaryTitle });

  test.describe(`status page in ${locale}`, () => {
    test("finds the demo application from the footer, shows that documents are requested, and takes one", async ({
      page,
    }) => {
      await page.goto(`/${locale}`);
      await page.getByRole("contentinfo").getByRole("link", { name: m.footerLink }).click();
      await expect(page).toHaveURL(`/${locale}/status`);
      await page.waitForLoadState("networkidle");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.title);
      await expectNoAxeViolations(page);

      await lookUp(page, DEMO.typed, DEMO.birthDate);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.statuses.information_requested.heading);
      await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
      await expect(page.getByText(m.statuses.information_requested.label, { exact: true })).toBeVisible();
      await expect(page.getByText(DEMO.reference, { exact: true })).toBeVisible();
      await expect(page.getByText(locale === "ja" ? "2026年（令和8年）1月12日" : "12 January 2026")).toBeVisible();
      await expect(page.getByRole("heading", { level: 2, name: m.upload.heading })).toBeVisible();
      await expect(page.getByText(incomeProof).first()).toBeVisible();
      await expectNoAxeViolations(page);

      // Once a proof of income has arrived (another run of this test), the form asks which document it is.
      const choice = page.getByRole("group", { name: m.upload.itemLegend });
      if (await choice.isVisible()) await choice.getByLabel(incomeProof).check();
      await page
        .getByLabel(new RegExp(`^${m.upload.fileLabel}`))
        .first()
        .setInputFiles({ name: "income.pdf", mimeType: "application/pdf", buffer: PDF });
      await page
        .getByRole("button", { name: new RegExp(`^${m.upload.submit}`) })
        .first()
        .click();

      const received = page.getByRole("status").filter({ hasText: locale === "ja" ? "1件" : "1 file" });
      await expect(received).toBeVisible();
      await expect(received).toBeFocused();
      await expect(page).toHaveURL(`/${locale}/status`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.statuses.information_requested.heading);
      await expectNoAxeViolations(page);
    });

    test("keeps the lookup when a file is too large, and says why", async ({ page }) => {
      await openStatusPage(page);
      await lookUp(page, DEMO.reference, DEMO.birthDate);
      await expect(page.getByRole("heading", { level: 2, name: m.upload.heading })).toBeVisible();
      const choice = page.getByRole("group", { name: m.upload.itemLegend });
      if (await choice.isVisible()) await choice.getByLabel(incomeProof).check();
      await page
        .getByLabel(new RegExp(`^${m.upload.fileLabel}`))
        .first()
        .setInputFiles({ name: "scan.pdf", mimeType: "application/pdf", buffer: OVERSIZED_PDF });
      await page
        .getByRole("button", { name: new RegExp(`^${m.upload.submit}`) })
        .first()
        .click();

      // The whole file reaches the route and is refused for its size (a proxy in front would cut
      // the body at 10 MB, and the page could only ask to start again).
      await expect(errorSummary(page)).toContainText(
        MESSAGES[locale].fields.documents.tooLarge.replace("{maxMegabytes, number}", "10"),
      );
      await expect(errorSummary(page)).toBeFocused();
      await expect(page).toHaveURL(`/${locale}/status`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.statuses.information_requested.heading);
      await errorSummary(page).getByRole("link").click();
      await expect(page.getByLabel(new RegExp(`^${m.upload.fileLabel}`)).first()).toBeFocused();
      await expectNoAxeViolations(page);
    });

    test("answers a wrong birth date and an unknown reference with the same message", async ({ page }) => {
      await openStatusPage(page);
      await lookUp(page, DEMO.reference, WRONG_BIRTH_DATE);
      await expect(errorSummary(page)).toBeFocused();
      const wrongBirthDate = await errorSummary(page).innerText();
      expect(wrongBirthDate).toContain(m.errors.notFound);
      // What was typed stays in the boxes.
      await expect(page.getByLabel(m.referenceLabel, { exact: true })).toHaveValue(DEMO.reference);
      await expect(page.getByLabel(m.date.day, { exact: true })).toHaveValue(WRONG_BIRTH_DATE.day);
      await expectNoAxeViolations(page);

      await lookUp(page, randomReference(), DEMO.birthDate);
      await expect(errorSummary(page)).toBeFocused();
      expect(await errorSummary(page).innerText()).toBe(wrongBirthDate);
    });

    test("puts problems with empty or mistyped fields in a summary that takes focus", async ({ page }) => {
      await openStatusPage(page);
      await page.getByRole("button", { name: m.submit }).click();
      await expect(errorSummary(page)).toBeFocused();
      await expect(errorSummary(page).getByRole("link", { name: m.errors.referenceRequired })).toBeVisible();
      await expect(errorSummary(page).getByRole("link", { name: m.errors.birthDateRequired })).toBeVisible();
      await expectNoAxeViolations(page);
      await errorSummary(page).getByRole("link", { name: m.errors.birthDateRequired }).click();
      await expect(page.getByLabel(m.date.year, { exact: true })).toBeFocused();

      await page.getByLabel(m.referenceLabel, { exact: true }).fill("DEMO1-CHECK");
      await page.getByLabel(m.date.year, { exact: true }).fill("2013");
      await page.getByLabel(m.date.month, { exact: true }).fill("2");
      await page.getByLabel(m.date.day, { exact: true }).fill("30");
      await page.getByRole("button", { name: m.submit }).click();
      await expect(errorSummary(page).getByRole("link", { name: m.errors.referenceFormat })).toBeVisible();
      await expect(errorSummary(page).getByRole("link", { name: m.errors.birthDateInvalid })).toBeVisible();
      await expect(errorSummary(page)).toBeFocused();
      await expect(page.getByLabel(m.referenceLabel, { exact: true })).toHaveValue("DEMO1-CHECK");
      await expectNoAxeViolations(page);
    });

    test("says to try again later after too many wrong guesses, for any reference", async ({ page }) => {
      await openStatusPage(page);
      for (let guess = 0; guess < LIMIT; guess++) {
        await lookUp(page, randomReference(), DEMO.birthDate);
        await expect(errorSummary(page)).toContainText(m.errors.notFound);
      }
      await lookUp(page, randomReference(), DEMO.birthDate);
      await expect(errorSummary(page)).toContainText(m.errors.limited);
      await expect(errorSummary(page)).toBeFocused();
      await expectNoAxeViolations(page);
      // The right pair gets the same answer now: the budget is checked before looking anything up.
      const limited = await errorSummary(page).innerText();
      await lookUp(page, DEMO.reference, DEMO.birthDate);
      await expect(errorSummary(page)).toContainText(m.errors.limited);
      expect(await errorSummary(page).innerText()).toBe(limited);
    });
  });
}
