import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";

const text = {
  ja: {
    start: "確認をはじめる",
    continue: "次へ進む",
    seeResult: "結果を見る",
    errorTitle: "入力内容を確認してください",
    livesError: "日本に住んでいるかどうかを選んでください",
    yes: "はい",
    year: "年",
    month: "月",
    day: "日",
    jhs: "中学校（1年生）",
    hs: "高校（1年生）",
    firstTime: "高校に入学するのは初めてですか？",
    eligible: "給付を受けられる可能性があります",
    notEligible: "給付の条件に合わない可能性があります",
    incomeReason: "1,380,000円",
    quickExit: "このページからすぐに離れる",
    back: "戻る",
    progress: "質問 2 / 7",
    applyLink: "申請を始める",
    childrenTitle: "4月に入学するお子さん",
  },
  en: {
    start: "Start the check",
    continue: "Continue",
    seeResult: "See the result",
    errorTitle: "There is a problem",
    livesError: "Select whether you live in Japan",
    yes: "Yes",
    year: "Year",
    month: "Month",
    day: "Day",
    jhs: "Junior high school (first year)",
    hs: "High school (first year)",
    firstTime: "Is this the first time your child goes to high school?",
    eligible: "You are likely to get the grant",
    notEligible: "You are unlikely to get the grant",
    incomeReason: "¥1,380,000",
    quickExit: "Exit this page",
    back: "Back",
    progress: "Question 2 of 7",
    applyLink: "Start your application",
    childrenTitle: "Your children starting school",
  },
} as const;

type Text = (typeof text)[keyof typeof text];

async function answerUpToSituations(page: Page, t: Text, child: { year: string; kind: "jhs" | "hs" }) {
  await page.getByLabel(t.yes, { exact: true }).check();
  await page.getByRole("button", { name: t.continue }).click();
  await expect(page.getByText(t.progress)).toBeVisible();
  await page.getByLabel(t.year, { exact: true }).fill(child.year);
  await page.getByLabel(t.month, { exact: true }).fill("9");
  await page.getByLabel(t.day, { exact: true }).fill("14");
  await page.getByLabel(child.kind === "jhs" ? t.jhs : t.hs, { exact: true }).check();
  if (child.kind === "hs") {
    await page.getByRole("group", { name: t.firstTime }).getByLabel(t.yes, { exact: true }).check();
  }
  await page.getByRole("button", { name: t.continue }).click();
  await page.locator('input[name="schoolType"][value="regular"]').check();
  await page.getByRole("button", { name: t.continue }).click();
  await page.locator("#field-householdSize").fill("３");
  await page.locator('input[name="pensionOnlyIncome"][value="no"]').check();
  await page.getByRole("button", { name: t.continue }).click();
  await page.locator("#field-income").fill("1,380,000");
  await page.locator('input[name="suddenIncomeDrop"][value="no"]').check();
  await page.getByRole("button", { name: t.continue }).click();
  // Arrived on the situations page (it offers the quick exit) before the test goes on.
  await expect(page.getByRole("button", { name: t.quickExit })).toBeVisible();
}

for (const locale of ["ja", "en"] as const) {
  const t = text[locale];

  test.describe(`quick check in ${locale}`, () => {
    test("walks a family from the programme page to an explained result", async ({ page }) => {
      // Eight pages, the result and the start of an application: more than 30 s on a busy machine.
      test.setTimeout(90_000);
      await page.goto(`/${locale}`);
      await page.getByRole("link", { name: t.start }).click();
      await expect(page).toHaveURL(`/${locale}/check`);
      await expectNoAxeViolations(page);

      // Continue without an answer: the error summary takes focus and links to the field.
      await page.getByRole("button", { name: t.continue }).click();
      const summary = page.getByRole("alert").filter({ hasText: t.errorTitle });
      await expect(summary).toBeFocused();
      await summary.getByRole("link", { name: t.livesError }).click();
      await expect(page.locator("#field-livesInJapan")).toBeFocused();
      await expectNoAxeViolations(page);

      // The demo edition in force is 2027: a child born in late 2014 starts junior high in April 2027.
      await answerUpToSituations(page, t, { year: "2014", kind: "jhs" });
      // The situations page mentions domestic violence: a quick exit is offered from here on.
      await expect(page.getByRole("button", { name: t.quickExit })).toBeVisible();
      await page.locator('input[name="lifeSituations"][value="A"]').check();
      await expectNoAxeViolations(page);
      await page.getByRole("button", { name: t.continue }).click();
      await page.locator('input[name="costDifficulty"][value="yes"]').check();
      await page.getByRole("button", { name: t.seeResult }).click();

      const result = page.getByTestId("quick-check-result");
      await expect(result).toHaveAttribute("data-outcome", "eligible");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.eligible);
      await expect(page.getByTestId("criteria").locator('[data-criterion="income"]')).toContainText(t.incomeReason);
      await expect(page.getByTestId("criteria").locator("[data-criterion]")).toHaveCount(12);
      await expectNoAxeViolations(page);

      // Going on to apply: the answers carry into the application, so they are not asked twice.
      await page.getByRole("link", { name: t.applyLink }).click();
      await page.getByRole("button", { name: t.applyLink }).click();
      await expect(page).toHaveURL(`/${locale}/apply/applicant`);
      await page.goto(`/${locale}/apply/children`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.childrenTitle);
      await expect(page.getByLabel(t.year, { exact: true })).toHaveValue("2014");
      await expect(page.getByLabel(t.jhs, { exact: true })).toBeChecked();
    });

    test("keeps the answers when the parent goes back, and says why a child does not qualify", async ({ page }) => {
      await page.goto(`/${locale}/check`);
      // A child born in 2017 does not start junior high school in April 2027.
      await answerUpToSituations(page, t, { year: "2017", kind: "jhs" });
      await page.getByRole("button", { name: t.back }).click();
      await expect(page.locator("#field-income")).toHaveValue("1,380,000");
      await page.reload();
      await expect(page.locator("#field-income")).toHaveValue("1,380,000");
      await page.getByRole("button", { name: t.continue }).click();
      await page.locator('input[name="lifeSituations"][value="none"]').check();
      await page.getByRole("button", { name: t.continue }).click();
      await page.locator('input[name="costDifficulty"][value="yes"]').check();
      await page.getByRole("button", { name: t.seeResult }).click();
      await expect(page.getByTestId("quick-check-result")).toHaveAttribute("data-outcome", "not_eligible");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.notEligible);
      await expect(page.getByTestId("criteria").locator('[data-criterion="schoolEntry"]')).toHaveAttribute(
        "data-status",
        "failed",
      );
      await expectNoAxeViolations(page);
    });

    test("asks the high-school question only for high school, and works with the keyboard alone", async ({ page }) => {
      await page.goto(`/${locale}/check?step=1`);
      await expect(page.getByText(t.firstTime)).toHaveCount(0);
      await page.getByLabel(t.hs, { exact: true }).focus();
      await page.keyboard.press("Space");
      await expect(page.getByText(t.firstTime)).toBeVisible();
      await expectNoAxeViolations(page);
    });
  });
}
