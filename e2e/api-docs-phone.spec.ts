import { expectNoSeriousAxeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";

// On a phone the API reference's table and code samples may be wider than the screen: each is a named
// region a keyboard user can reach and scroll (axe: scrollable-region-focusable).

test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });

test("/docs/api on a phone: every box wider than the screen is reachable and scrollable by keyboard", async ({
  page,
}) => {
  await page.goto("/docs/api");
  await expectNoSeriousAxeViolations(page);
  let overflowing = 0;
  for (const name of ["Fields of the booking body", "Example request", "Example responses"]) {
    const region = page.getByRole("region", { name });
    await region.focus();
    await expect(region).toBeFocused();
    if (!(await region.evaluate((element) => element.scrollWidth > element.clientWidth))) continue;
    overflowing += 1;
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
  }
  // The code samples' long lines, at least, are wider than a phone.
  expect(overflowing).toBeGreaterThan(0);
});
