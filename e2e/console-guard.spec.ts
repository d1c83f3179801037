import { expect, test } from "./support/fixtures";

// The shared fixture's own proof, on pages built in place (no server): a console error in any page the test
// opened fails it, and a test that names the message it expects passes.

test("a console error in a page of the test's own context fails the test", async ({ browser }) => {
  test.fail();
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.setContent(`<p>Loaded</p><script>console.error("something broke")</script>`);
  await expect(page.getByText("Loaded")).toBeVisible();
  await context.close();
});

test("a warning fails the test too", async ({ page }) => {
  test.fail();
  await page.setContent(`<p>Loaded</p><script>console.warn("something is off")</script>`);
  await expect(page.getByText("Loaded")).toBeVisible();
});

test("an uncaught error fails the test", async ({ page }) => {
  test.fail();
  await page.setContent(`<p>Loaded</p><script>throw new Error("boom")</script>`);
  await expect(page.getByText("Loaded")).toBeVisible();
});

test("a message the test names as expected passes", async ({ page, consoleGuard }) => {
  consoleGuard.allow({ text: "expected in this test" });
  await page.setContent(`<p>Loaded</p><script>console.error("expected in this test")</script>`);
  await expect(page.getByText("Loaded")).toBeVisible();
});
