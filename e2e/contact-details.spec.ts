import { expect, test } from "@playwright/test";
import en from "../messages/en.json" with { type: "json" };
import ja from "../messages/ja.json" with { type: "json" };

// playwright.config.ts sets CONTACT_PHONE, CONTACT_EMAIL and CONTACT_HOURS for the app under test.
for (const [locale, m] of [
  ["ja", ja],
  ["en", en],
] as const) {
  test(`the programme page in ${locale} says how to contact the charity`, async ({ page }) => {
    await page.goto(`/${locale}`);
    const contact = page.getByRole("region", { name: m.contact.heading });
    await expect(contact.getByRole("link", { name: "03-0000-0000" })).toHaveAttribute("href", "tel:0300000000");
    await expect(contact.getByRole("link", { name: "contact@charity.example" })).toHaveAttribute(
      "href",
      "mailto:contact@charity.example",
    );
    await expect(contact).toContainText(m.contact.hours);
    await expect(contact).toContainText("Weekdays 10:00–17:00");
  });
}
