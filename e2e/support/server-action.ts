import type { Page } from "@playwright/test";

/**
 * Resolves once the next server action the page calls has answered in full (Next.js marks the POST
 * with a `next-action` header). Start waiting before the click that calls it.
 */
export async function serverActionAnswered(page: Page): Promise<void> {
  const response = await page.waitForResponse(
    (candidate) => candidate.request().method() === "POST" && !!candidate.request().headers()["next-action"],
  );
  await response.finished();
}
