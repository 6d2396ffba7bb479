import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";

const pages = [
  { locale: "ja", heading: "子ども給付金 〜新入学サポート〜", edition: "2026年度", other: "en", otherName: "English" },
  { locale: "en", heading: "Support for New Enrollment", edition: "2026 programme", other: "ja", otherName: "日本語" },
] as const;

for (const { locale, heading, edition, other, otherName } of pages) {
  test.describe(`home page in ${locale}`, () => {
    test("shows the service in its language, with the demo editions from the database", async ({ page }) => {
      await page.goto(`/${locale}`);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
      await expect(page.getByTestId("editions")).toContainText(edition);
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
