import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";

const pages = [
  {
    locale: "ja",
    heading: "子ども給付金 〜新入学サポート〜",
    amounts: ["中学校1年生になる子ども：1人 30,000円", "高校1年生になる子ども：1人 50,000円"],
    // The demo edition in force is 2027: high-school children born on or after 2 April 2009.
    limit: "2009年（平成21年）4月2日以降に生まれていること",
    start: "確認をはじめる",
    other: "en",
    otherName: "English",
  },
  {
    locale: "en",
    heading: "Support for New Enrollment",
    amounts: ["For a child starting junior high school: ¥30,000", "For a child starting high school: ¥50,000"],
    // The demo edition in force is 2027: high-school children born on or after 2 April 2009.
    limit: "born on or after 2 April 2009",
    start: "Start the check",
    other: "ja",
    otherName: "日本語",
  },
] as const;

for (const { locale, heading, amounts, limit, start, other, otherName } of pages) {
  test.describe(`programme page in ${locale}`, () => {
    test("explains the grant from the rules in force, in its language", async ({ page }) => {
      await page.goto(`/${locale}`);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
      await expect(page.getByTestId("amounts").getByRole("listitem")).toHaveText([...amounts]);
      await expect(page.getByText(limit)).toBeVisible();
      await expect(page.getByRole("link", { name: start })).toHaveAttribute("href", `/${locale}/check`);
      await expectNoAxeViolations(page);
    });

    test("shows the application window of the rules in force, by the server's clock", async ({ page }) => {
      await page.goto(`/${locale}`);
      // The e2e server's demo edition opened the day before it first started and is open now.
      await expect(page.getByTestId("window")).toHaveAttribute("data-state", "open");
      await expect(page.getByTestId("window")).toContainText("2027");
    });

    test("links to the privacy notice", async ({ page }) => {
      await page.goto(`/${locale}`);
      await page
        .getByRole("link", {
          name: locale === "ja" ? "個人情報の取り扱いについて読む" : "Read how we use your information",
        })
        .click();
      await expect(page).toHaveURL(`/${locale}/privacy`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        locale === "ja" ? "個人情報の取り扱い" : "How we use your information",
      );
      await expectNoAxeViolations(page);
    });

    test(`switches to ${other} and keeps the page`, async ({ page }) => {
      await page.goto(`/${locale}/no-such-page`);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await page.getByRole("link", { name: otherName }).click();
      await expect(page).toHaveURL(`/${other}/no-such-page`);
      await expect(page.locator("html")).toHaveAttribute("lang", other);
      await expectNoAxeViolations(page);
    });

    test("lets a keyboard user skip straight to the content", async ({ page }) => {
      await page.goto(`/${locale}`);
      await page.keyboard.press("Tab");
      const skipLink = page.getByRole("link", { name: locale === "ja" ? "本文へ移動" : "Skip to main content" });
      await expect(skipLink).toBeFocused();
      await page.keyboard.press("Enter");
      await expect(page.locator("main")).toBeFocused();
    });
  });
}

test.describe("language from the browser", () => {
  test.use({ locale: "en-GB" });
  test("sends an English-speaking browser from / to /en", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL("/en");
  });
});

test.describe("language from the browser (Japanese)", () => {
  test.use({ locale: "ja-JP" });
  test("sends a Japanese browser from / to /ja", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL("/ja");
  });
});

test("health endpoint reports the database and migrations without details", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "reachable", migrations: "applied" });
});
