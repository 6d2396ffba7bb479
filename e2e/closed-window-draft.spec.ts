import { expect, test } from "@playwright/test";
import { MESSAGES } from "./support/application-form";
import { expectNoAxeViolations } from "./support/axe";

// The demo draft (lib/demo/seed-demo-closed-draft.ts) opens once per server start with CAFE-2626:
// opening a draft gives it a new code. playwright.config.ts runs this file at one screen size.
test("a saved application from a closed window can be read but not sent", async ({ page }) => {
  const m = MESSAGES.en;
  await page.goto("/en/apply/resume");
  await page.getByLabel(m.resume.resume.codeLabel, { exact: true }).fill("CAFE-2626");
  await page.getByRole("button", { name: m.resume.resume.submit }).click();
  // Opening it gives the draft a new code, shown first; then the form, where it was left.
  await expect(page).toHaveURL(/\/en\/apply\/save\?resumed=1$/);
  await expect(page.getByTestId("resume-code")).not.toHaveText("CAFE-2626");
  await page.getByRole("link", { name: m.resume.save.continue }).click();
  await expect(page).toHaveURL(/\/en\/apply\/survey$/);
  await page.goto("/en/apply/check");
  await expect(page.getByTestId("window-notice")).toHaveAttribute("data-state", "closed");
  await expect(page.getByText("見本").first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: m.apply.check.submit }).click();
  await expect(page.getByRole("alert").filter({ hasText: m.apply.check.closed })).toBeVisible();
  await expect(page.getByTestId("reference")).toHaveCount(0);
});
