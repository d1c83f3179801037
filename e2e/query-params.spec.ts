import { expect, test } from "./support/fixtures";

// A NUL byte in a query parameter once reached PostgreSQL and answered 500. Every list's parser now
// refuses it by name, and the page says so instead of failing.
const refusedLinks = [
  { path: "/admin/audit?targetType=user&targetId=abc%00", message: "targetId contains an invalid character" },
  { path: "/admin/emails?status=%00", message: "status contains an invalid character" },
  { path: "/admin?q=%00", message: "q contains an invalid character" },
];

test("a query parameter with a NUL byte is refused on the page with its name, never a 500", async ({
  adminPage: page,
}) => {
  for (const { path, message } of refusedLinks) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBeLessThan(500);
    await expect(page.getByRole("alert").filter({ hasText: message })).toBeVisible();
  }
});
