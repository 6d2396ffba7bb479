import { test as base } from "@playwright/test";

/**
 * Tests in a browser that keeps pages in its back/forward cache, as every phone's browser does.
 * Playwright turns that cache off in Chromium by default (--disable-back-forward-cache), which
 * would hide exactly what a parent sees when she presses Back.
 */
export const test = base.extend({
  launchOptions: [
    async ({ launchOptions }, use) => {
      const ignored = Array.isArray(launchOptions.ignoreDefaultArgs) ? launchOptions.ignoreDefaultArgs : [];
      await use({ ...launchOptions, ignoreDefaultArgs: [...ignored, "--disable-back-forward-cache"] });
    },
    { scope: "worker" },
  ],
});

export { expect } from "@playwright/test";
