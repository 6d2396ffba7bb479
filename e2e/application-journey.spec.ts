import { expect, test, type Browser } from "@playwright/test";
import { ApplicationForm, JOURNEY_CHILDREN } from "./support/application-form";
import { expectNoAxeViolations } from "./support/axe";
import { waitForMail } from "./support/mailbox";

/** Fills every page up to "Check your answers" as a new parent in a fresh browser. */
async function fillApplication(form: ApplicationForm, email: string) {
  await form.start();
  await form.applicant();
  await form.guardian(email);
  await form.address();
  await form.household();
  await form.children(JOURNEY_CHILDREN);
  await form.situations();
  await form.income();
  await form.costDifficulty();
  await form.documents();
  await form.bankAccount();
  await form.consent();
  await form.survey();
}

async function newForm(browser: Browser, locale: "ja" | "en") {
  const context = await browser.newContext();
  return { context, form: new ApplicationForm(await context.newPage(), locale) };
}

for (const locale of ["ja", "en"] as const) {
  test(`a parent applies for two children and gets a reference by email (${locale})`, async ({ page }) => {
    test.setTimeout(240_000);
    const form = new ApplicationForm(page, locale);
    const email = `journey-${locale}-${test.info().project.name}-${Date.now()}@example.com`;
    await fillApplication(form, email);

    // Check your answers lists both children and offers a Change link for each page.
    await expect(page.getByText("太郎")).toBeVisible();
    await expect(page.getByText("次郎")).toBeVisible();
    await expectNoAxeViolations(page);
    // Each answer has its own Change link, named for screen readers; saving there comes back here.
    await page.getByRole("link", { name: `${form.m.check.change} ${form.m.steps.guardian.email}` }).click();
    await expect(page).toHaveURL(/\/apply\/guardian\?return=check#field-guardian\.email$/);
    await expect(form.label(form.m.steps.guardian.email)).toHaveValue(email);
    await page.getByRole("button", { name: form.m.saveAndReturn }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(form.m.check.title);

    await page.getByRole("button", { name: form.m.check.submit }).click();
    const reference = page.getByTestId("reference");
    await expect(reference).toHaveText(/^[2-9A-Y]{5}-[2-9A-Y]{5}$/, { timeout: 20_000 });
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(form.m.confirmation.title);
    // What happens next, and how to reach the charity (CONTACT_* of the e2e server).
    await expect(page.getByText(form.m.confirmation.email)).toBeVisible();
    await expect(page.getByTestId("contact-details")).toContainText("03-0000-0000");
    await expectNoAxeViolations(page);

    const mail = await waitForMail({ to: email, subjectIncludes: (await reference.textContent()) ?? "" });
    expect(mail.text).toContain(await reference.textContent());

    // Back after sending shows the confirmation again, never the answers (bank account, address,
    // situations) from the browser's memory of the form; nor does opening the form's pages.
    const sent = (await reference.textContent()) ?? "";
    for (let press = 0; press < 3; press++) {
      await page.goBack();
      await expect(page.getByTestId("reference")).toHaveText(sent);
      await expect(page.getByText("1234567")).toHaveCount(0);
      await expect(page.getByText("千代田1-1")).toHaveCount(0);
    }
    await page.goto(`/${locale}/apply/check`);
    await expect(page.getByTestId("reference")).toHaveText(sent);
    await page.goto(`/${locale}/apply/bank-account`);
    await expect(page.getByTestId("reference")).toHaveText(sent);
  });
}

test("a double tap and a retry from a second tab make one application", async ({ browser }) => {
  test.setTimeout(240_000);
  const { context, form } = await newForm(browser, "en");
  await fillApplication(form, `double-${test.info().project.name}-${Date.now()}@example.com`);
  const second = await context.newPage();
  await second.goto("/en/apply/check");
  const submit = form.m.check.submit;
  await Promise.all([
    form.page.getByRole("button", { name: submit }).dblclick(),
    second.getByRole("button", { name: submit }).click(),
  ]);
  const first = await form.page.getByTestId("reference").textContent({ timeout: 20_000 });
  await expect(second.getByTestId("reference")).toHaveText(first ?? "", { timeout: 20_000 });
  await context.close();
});
