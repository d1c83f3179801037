import { expect, type Locator, type Page } from "@playwright/test";

/**
 * Reloads the page until `locator` is on it, then expects it visible. For what the server does in the
 * background (the email worker sends on its own schedule, behind every email queued before), which
 * nothing on the page announces. Each look counts matches in the page as loaded, its server rendering
 * complete, instead of giving the page a short window to change. The bound is wider than the expect
 * timeout because a backlog of other tests' emails may come first; it only catches a worker that hangs.
 */
export async function reloadUntilShown(page: Page, locator: Locator) {
  await expect
    .poll(
      async () => {
        await page.reload();
        return locator.count();
      },
      { timeout: 120_000, intervals: [1_000, 2_000, 5_000] },
    )
    .toBeGreaterThan(0);
  await expect(locator).toBeVisible();
}
