import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** Fails with a readable list when axe finds any WCAG 2.2 A/AA problem on the page as it is now. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // Next streams a page's metadata: after a client-side navigation the <title> can land a moment
  // after the content. Scan the page as a reader meets it, title included.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );
  expect(summary, `axe found accessibility problems on ${page.url()}`).toEqual([]);
}
