import type { Page } from "@playwright/test";

/**
 * Resolves once the next server action the page calls has answered (Next.js marks the POST with a
 * `next-action` header). Next.js runs the action to the end before it sends the answer's headers, so
 * what the action wrote is stored by then. Start waiting before the click that calls it.
 */
export async function serverActionAnswered(page: Page): Promise<void> {
  await page.waitForResponse(
    (response) => response.request().method() === "POST" && !!response.request().headers()["next-action"],
  );
}
