import type { Page } from "@playwright/test";

/**
 * Stylesheets the page downloaded (a preload hint, say) but never applied: each is a wasted download, and
 * Chromium warns about an unused preload a few seconds after the load event, so a slow machine turns it
 * into a console error in whichever test is still on the page. Read from the Resource Timing entries,
 * which keep a request the page's DOM no longer shows.
 */
export function unappliedStylesheets(page: Page) {
  return page.evaluate(() => {
    const applied = new Set(
      [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((l) => l.href),
    );
    return performance
      .getEntriesByType("resource")
      .map((entry) => entry.name)
      .filter((url) => new URL(url).pathname.endsWith(".css") && !applied.has(url));
  });
}
