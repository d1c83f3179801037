import { expect, test } from "./support/fixtures";
test("look", async ({ adminPage: page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto("/admin");
  await page.getByRole("button", { name: "Filters" }).click();
  await expect(page.getByRole("region", { name: "Filters" })).toBeVisible();
  await page.screenshot({ path: "/tmp/tablework/after.png", fullPage: false });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "/tmp/tablework/phone.png", fullPage: false });
});
