import { expect, test } from "@playwright/test";
import { ApplicationForm, MESSAGES } from "./support/application-form";
import { expectNoAxeViolations } from "./support/axe";

for (const locale of ["ja", "en"] as const) {
  test.describe(`application pages in ${locale}`, () => {
    test("problems go to a summary that takes focus, and what was typed survives a reload", async ({ page }) => {
      const form = new ApplicationForm(page, locale);
      const m = form.m;
      await form.start();
      await page.goto(`/${locale}/apply/household`);
      await page.getByRole("button", { name: m.continue, exact: true }).click();
      const summary = page.getByRole("alert").filter({ hasText: m.errorSummaryTitle });
      await expect(summary).toBeFocused();
      await expect(summary.getByRole("link")).toHaveCount(4);
      await expectNoAxeViolations(page);
      await summary.getByRole("link").first().click();
      await expect(form.label(m.steps.household.size)).toBeFocused();

      // A wrong answer is saved as typed: the reload shows it again, with nothing lost.
      await form.label(m.steps.household.size).fill("three");
      await form.label(m.steps.household.dependants).fill("2");
      await page.getByRole("button", { name: m.continue, exact: true }).click();
      await expect(summary.getByRole("link")).toHaveCount(3);
      await page.reload();
      await expect(form.label(m.steps.household.size)).toHaveValue("three");
      await expect(form.label(m.steps.household.dependants)).toHaveValue("2");
    });

    test("works with the keyboard alone: choices that reveal questions, adding a child, choosing a bank", async ({
      page,
    }) => {
      const form = new ApplicationForm(page, locale);
      const m = form.m;
      await page.goto(`/${locale}/apply`);
      await page.getByRole("button", { name: m.start.start }).focus();
      await page.keyboard.press("Enter");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.steps.applicant.question);

      // Choosing "supporter" with the keyboard reveals the organisation and relationship questions.
      await form.label(m.steps.applicant.supporter).focus();
      await page.keyboard.press("Space");
      await page.keyboard.press("Tab");
      await expect(form.label(m.steps.applicant.organisation)).toBeFocused();
      await page.keyboard.type("Sample Support Centre");
      await page.keyboard.press("Tab");
      await page.keyboard.type("Caseworker");
      await page.keyboard.press("Enter");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.steps.guardian.title);

      await page.goto(`/${locale}/apply/children`);
      await page.getByRole("button", { name: m.steps.children.add }).focus();
      await page.keyboard.press("Enter");
      const second = page.getByRole("region", { name: m.steps.children.childHeading.replace("{number}", "2") });
      await expect(second).toBeVisible();
      await expect(second.getByLabel(m.name.familyName, { exact: true })).toBeFocused();

      await page.goto(`/${locale}/apply/bank-account`);
      const picker = page.getByTestId("bank-picker").getByRole("textbox");
      await picker.focus();
      await page.keyboard.type("みずほ");
      await page.keyboard.press("Enter");
      const choice = page
        .getByRole("list", { name: m.steps.bankAccount.bank.resultsLabel })
        .getByRole("button", { name: /^みずほ 0001/ });
      await choice.focus();
      await page.keyboard.press("Enter");
      await expect(page.getByTestId("bank-chosen")).toContainText("0001");
      await expect(page.getByRole("button", { name: m.steps.bankAccount.bank.change })).toBeFocused();
    });
  });
}

test("refuses documents before the guardian page and over the size limit, with clear messages, keeping the page", async ({
  page,
}) => {
  const form = new ApplicationForm(page, "en");
  await form.start();
  const d = MESSAGES.en.documentsStep;
  const summary = page.getByRole("alert").filter({ hasText: MESSAGES.en.apply.errorSummaryTitle });
  const upload = async (file: { name: string; mimeType: string; buffer: Buffer }) => {
    await page
      .getByLabel(new RegExp(`^${d.chooseLabel}`))
      .first()
      .setInputFiles(file);
    await page
      .getByRole("button", { name: new RegExp(`^${d.upload}`) })
      .first()
      .click();
  };
  const pdf = (bytes: number) => Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(bytes, 0x20)]);

  // Files are taken only once the guardian page is saved.
  await page.goto("/en/apply/documents");
  await upload({ name: "scan.pdf", mimeType: "application/pdf", buffer: pdf(1000) });
  await expect(summary).toContainText(d.errors.guardianFirst);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(d.heading);

  await page.goto("/en/apply/applicant");
  await form.applicant();
  await form.guardian("size-limit@example.org");
  await page.goto("/en/apply/documents");
  // Just over 10 MB: past the proxy's 10 MB body buffer, so the upload route must read it itself.
  await upload({ name: "scan.pdf", mimeType: "application/pdf", buffer: pdf(10 * 1024 * 1024 + 100 * 1024) });
  await expect(summary).toContainText(MESSAGES.en.fields.documents.tooLarge.replace("{maxMegabytes, number}", "10"));
  await expect(page.getByRole("button", { name: new RegExp(`^${d.remove}`) })).toHaveCount(0);
  await expectNoAxeViolations(page);
});
