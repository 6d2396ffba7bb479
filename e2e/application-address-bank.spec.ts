import { expect, test, type Page } from "@playwright/test";
import en from "../messages/en.json" with { type: "json" };
import ja from "../messages/ja.json" with { type: "json" };
import { expectNoAxeViolations } from "./support/axe";

const MESSAGES = { ja, en } as const;
type Locale = keyof typeof MESSAGES;

/** An ICU message with its {placeholders} filled, as the page shows it (no plurals here). */
function filled(message: string, values: Record<string, string | number>): string {
  return message.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key]));
}

/**
 * axe on the page as it is, scrolled to the top. From the situations page on, a sticky "Exit this
 * page" bar stays at the top of the screen, and axe counts any small link that has scrolled under
 * it (such as the error summary's) as an obscured target, whatever is being checked.
 */
async function expectAccessible(page: Page) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await expectNoAxeViolations(page);
}

async function startApplication(page: Page, locale: Locale) {
  await page.goto(`/${locale}/apply`);
  await page.getByRole("button", { name: MESSAGES[locale].apply.start.start }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/apply/applicant$`));
}

function continueButton(page: Page, locale: Locale) {
  return page.getByRole("button", { name: MESSAGES[locale].apply.continue, exact: true });
}

async function findAddress(page: Page, locale: Locale, postalCode: string, by: "button" | "enter") {
  const a = MESSAGES[locale].apply.steps.address;
  await page.getByLabel(a.postalCode, { exact: true }).fill(postalCode);
  if (by === "enter") await page.getByLabel(a.postalCode, { exact: true }).press("Enter");
  else await page.getByRole("button", { name: a.findAddress }).click();
}

async function searchDirectory(
  page: Page,
  locale: Locale,
  kind: "bank" | "branch",
  query: string,
  by: "button" | "enter",
) {
  const picker = page.getByTestId(`${kind}-picker`);
  await picker.getByRole("textbox").fill(query);
  if (by === "enter") await picker.getByRole("textbox").press("Enter");
  else await picker.getByRole("button", { name: MESSAGES[locale].apply.steps.bankAccount.search.button }).click();
}

// The address in one language, the bank account in the other: both pages work in both.
for (const [addressLocale, bankLocale] of [
  ["ja", "en"],
  ["en", "ja"],
] as const) {
  test(`finds the address (${addressLocale}) and chooses the bank and branch from the list (${bankLocale})`, async ({
    page,
  }) => {
    const a = MESSAGES[addressLocale].apply.steps.address;
    const fields = MESSAGES[addressLocale].fields.address;
    await startApplication(page, addressLocale);
    await page.goto(`/${addressLocale}/apply/address`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(a.title);
    const status = page.getByTestId("address-lookup-status");

    // A code the postal data does not know: a clear message, and the parent types the address.
    await findAddress(page, addressLocale, "000-0000", "button");
    await expect(status).toHaveText(fields.postalCodeNotFound);
    await expect(status).toHaveAttribute("role", "status");
    await expectNoAxeViolations(page);

    // A code of two towns: the parent picks one, and the lines stay editable.
    await findAddress(page, addressLocale, "１９０－０１００", "button");
    await expect(status).toHaveText(filled(a.foundMany, { count: 2 }));
    const choice = page.getByRole("group", { name: a.chooseAddress });
    await expectNoAxeViolations(page);
    await choice.getByLabel("東京都西多摩郡日の出町").check();
    await expect(page.getByLabel(a.prefecture, { exact: true })).toHaveValue("東京都");
    await expect(page.getByLabel(a.city, { exact: true })).toHaveValue("西多摩郡日の出町");
    await expect(status).toHaveText(filled(a.filled, { address: "東京都西多摩郡日の出町" }));

    // Enter in the postal code finds the address and does not send the page.
    await findAddress(page, addressLocale, "〒100-0001", "enter");
    await expect(status).toHaveText(filled(a.foundOne, { address: "東京都千代田区千代田" }));
    await expect(page).toHaveURL(new RegExp(`/${addressLocale}/apply/address$`));
    await expect(page.getByLabel(a.postalCode, { exact: true })).toHaveValue("100-0001");
    await expect(page.getByLabel(a.prefecture, { exact: true })).toHaveValue("東京都");
    await expect(page.getByLabel(a.city, { exact: true })).toHaveValue("千代田区");
    await expect(page.getByLabel(a.street, { exact: true })).toHaveValue("千代田");
    await expect(choice).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.getByLabel(a.street, { exact: true }).fill("千代田1-1");
    await continueButton(page, addressLocale).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      MESSAGES[addressLocale].apply.steps.household.title,
    );

    const m = MESSAGES[bankLocale].apply;
    const b = m.steps.bankAccount;
    const bankFields = MESSAGES[bankLocale].fields.bank;
    await page.goto(`/${bankLocale}/apply/bank-account`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(b.title);

    // Continue with nothing chosen: the summary links to every field, the bank's to its search box.
    await continueButton(page, bankLocale).click();
    const summary = page.getByRole("alert").filter({ hasText: m.errorSummaryTitle });
    await expect(summary).toBeFocused();
    for (const message of [
      bankFields.bankRequired,
      bankFields.branchRequired,
      bankFields.accountTypeRequired,
      bankFields.accountNumberRequired,
      bankFields.holderRequired,
    ]) {
      await expect(summary.getByRole("link", { name: message })).toBeVisible();
    }
    await expectAccessible(page);
    await summary.getByRole("link", { name: bankFields.branchRequired }).click();
    await expect(page.locator("[id='field-bankAccount.branchCode']")).toBeFocused();
    await summary.getByRole("link", { name: bankFields.bankRequired }).click();
    await expect(page.getByLabel(b.bank.label, { exact: true })).toBeFocused();

    const bankStatus = page.getByTestId("bank-search-status");
    await searchDirectory(page, bankLocale, "bank", "zzzz", "button");
    await expect(bankStatus).toHaveText(filled(b.bank.none, { query: "zzzz" }));
    if (bankLocale === "en") {
      await searchDirectory(page, bankLocale, "bank", "mizuho", "button");
      await expect(bankStatus).toHaveText("3 banks found. Choose yours from the list.");
    } else {
      // The code from the bankbook works as well as the name, typed in full width too.
      await searchDirectory(page, bankLocale, "bank", "０００１", "enter");
      await expect(bankStatus).toHaveText(filled(b.bank.found, { count: 1 }));
    }
    const banks = page.getByRole("list", { name: b.bank.resultsLabel });
    await expectAccessible(page);
    await banks.getByRole("button", { name: /^みずほ 0001/ }).click();
    await expect(page.getByTestId("bank-chosen")).toContainText("みずほ");
    await expect(page.getByTestId("bank-chosen")).toContainText("0001");
    await expect(page.getByRole("button", { name: b.bank.change })).toBeFocused();
    await expect(bankStatus).toHaveText(filled(b.bank.chosen, { name: "みずほ", code: "0001" }));

    await searchDirectory(page, bankLocale, "branch", bankLocale === "en" ? "東京" : "001", "enter");
    const branches = page.getByRole("list", { name: b.branch.resultsLabel });
    await expect(branches.getByRole("button").first()).toBeVisible();
    await expectAccessible(page);
    await branches.getByRole("button", { name: /^東京営業部 001/ }).click();
    await expect(page.getByTestId("branch-chosen")).toContainText("東京営業部");

    await page.getByLabel(b.accountTypes.ordinary, { exact: true }).check();
    await page.getByLabel(b.accountNumber, { exact: true }).fill("１２３４５");
    await page.getByLabel(b.holderName, { exact: true }).fill("みほん はなこ");
    await expectAccessible(page);
    await continueButton(page, bankLocale).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.steps.consent.title);

    // Coming back shows the bank and branch chosen, by name.
    await page.goto(`/${bankLocale}/apply/bank-account`);
    await expect(page.getByTestId("bank-chosen")).toContainText("みずほ");
    await expect(page.getByTestId("branch-chosen")).toContainText("東京営業部");
    await expect(page.getByLabel(b.accountNumber, { exact: true })).toHaveValue("１２３４５");
  });
}

test("takes a ゆうちょ銀行 account as the passbook's 記号 and 番号", async ({ page }) => {
  const m = MESSAGES.en.apply;
  const b = m.steps.bankAccount;
  const bankFields = MESSAGES.en.fields.bank;
  await startApplication(page, "en");
  await page.goto("/en/apply/bank-account");
  await searchDirectory(page, "en", "bank", "ゆうちょ", "enter");
  await page
    .getByRole("list", { name: b.bank.resultsLabel })
    .getByRole("button", { name: /^ゆうちょ 9900/ })
    .click();
  // The passbook's way is offered first; no branch search, account type or account number.
  await expect(page.getByRole("radio", { name: b.yucho.passbook })).toBeChecked();
  await expect(page.getByTestId("branch-picker")).toHaveCount(0);
  await expect(page.getByLabel(b.accountNumber, { exact: true })).toHaveCount(0);
  await expectAccessible(page);

  await page.getByLabel(b.yucho.symbol, { exact: true }).fill("12340");
  await page.getByLabel(b.yucho.number, { exact: true }).fill("12345678");
  await page.getByLabel(b.holderName, { exact: true }).fill("ﾐﾎﾝ ﾊﾅｺ");
  await continueButton(page, "en").click();
  const summary = page.getByRole("alert").filter({ hasText: m.errorSummaryTitle });
  await summary.getByRole("link", { name: bankFields.yuchoNumberEnding }).click();
  await expect(page.getByLabel(b.yucho.number, { exact: true })).toBeFocused();
  await expectAccessible(page);

  await page.getByLabel(b.yucho.number, { exact: true }).fill("12345671");
  await continueButton(page, "en").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.steps.consent.title);

  // The other way for ゆうちょ: its transfer details, with the branch search of bank 9900.
  await page.goto("/en/apply/bank-account");
  await expect(page.getByLabel(b.yucho.number, { exact: true })).toHaveValue("12345671");
  await page.getByRole("radio", { name: b.yucho.transfer }).check();
  await expect(page.getByTestId("branch-picker")).toBeVisible();
  await searchDirectory(page, "en", "branch", "238", "button");
  await page
    .getByRole("list", { name: b.branch.resultsLabel })
    .getByRole("button", { name: /^二三八 238/ })
    .click();
  await page.getByLabel(b.accountTypes.ordinary, { exact: true }).check();
  await page.getByLabel(b.accountNumber, { exact: true }).fill("1234567");
  await continueButton(page, "en").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.steps.consent.title);
});
