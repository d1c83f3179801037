import type { Page } from "@playwright/test";
import { FILTER_PANEL_COOKIE } from "../src/contracts/preferences/filter-panel";
import { E2E_BASE_URL } from "./support/server";
import { expect, test } from "./support/fixtures";

// The table set up for a working day (issue 18, item 5): it opens on the active bookings with the other
// views one click away, every control shows its value in the server's HTML, the filter panel stays as it
// was left, and nothing scrolls sideways on a 1366 × 768 laptop.

const LAPTOP = { width: 1366, height: 768 };

const views = (page: Page) => page.getByRole("navigation", { name: "Views" });
const dataRows = (page: Page) =>
  page
    .getByRole("table", { name: "Bookings" })
    .getByRole("row")
    .filter({ has: page.getByRole("cell") });

/** Neither the page nor the table's own box is wider than the window. */
async function sidewaysOverflow(page: Page) {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    const box = document.querySelector('[data-slot="table-container"]')!;
    return { page: root.scrollWidth - root.clientWidth, table: box.scrollWidth - box.clientWidth };
  });
}

test("before any script runs, the table shows the active bookings and every control its value", async ({
  browser,
  adminState,
}) => {
  const context = await browser.newContext({ storageState: adminState, javaScriptEnabled: false, viewport: LAPTOP });
  await context.addCookies([{ name: FILTER_PANEL_COOKIE, value: "open", url: `${E2E_BASE_URL}/admin` }]);
  const page = await context.newPage();
  try {
    await page.goto("/admin");
    await expect(views(page).getByRole("link", { name: /^Active/ })).toHaveAttribute("aria-current", "page");
    await expect(dataRows(page).first()).toBeVisible();
    for (const text of await dataRows(page).allInnerTexts()) expect(text).not.toMatch(/Completed|Cancelled/);
    // The panel is open as the cookie says, with the active statuses ticked and each control's value shown.
    await expect(page.getByRole("button", { name: "Filters" })).toHaveAttribute("aria-expanded", "true");
    await expect(page.getByRole("checkbox", { name: /^Pending/ })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: /^Completed/ })).not.toBeChecked();
    await expect(page.getByRole("combobox", { name: "Assignee" })).toHaveText("Anyone");
    await expect(page.getByRole("combobox", { name: "Origin" })).toHaveText("Any country");
    await expect(page.getByRole("combobox", { name: "Rows per page" })).toHaveText("25");
    expect(await sidewaysOverflow(page)).toEqual({ page: 0, table: 0 });

    // Every status, one link away, with a colleague filter and a longer page: still all in the HTML.
    const all = views(page).getByRole("link", { name: /^All/ });
    await expect(all).toHaveAttribute("href", "/admin?view=all");
    // Oldest first: the demo data's finished bookings, whatever the other tests have added since.
    await page.goto("/admin?assignee=unassigned&pageSize=50&view=all&sort=reference");
    await expect(views(page).getByRole("link", { name: /^All/ })).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("combobox", { name: "Assignee" })).toHaveText("Unassigned");
    await expect(page.getByRole("combobox", { name: "Rows per page" })).toHaveText("50");
    await expect(page.getByRole("table", { name: "Bookings" })).toContainText(/Completed|Cancelled/);
  } finally {
    await context.close();
  }
});

test("the filter panel stays open or closed across reloads, and the other views are one click away", async ({
  adminPage: page,
}) => {
  await page.setViewportSize(LAPTOP);
  await page.goto("/admin");
  const filters = page.getByRole("button", { name: "Filters" });
  const pending = page.getByRole("checkbox", { name: /^Pending/ });
  await expect(filters).toHaveAttribute("aria-expanded", "false");
  await expect(pending).toBeHidden();
  expect(await sidewaysOverflow(page)).toEqual({ page: 0, table: 0 });

  await filters.click();
  await expect(pending).toBeChecked();
  await page.reload();
  await expect(filters).toHaveAttribute("aria-expanded", "true");
  await expect(pending).toBeVisible();
  await filters.click();
  await expect(pending).toBeHidden();
  await page.reload();
  await expect(filters).toHaveAttribute("aria-expanded", "false");
  await expect(pending).toBeHidden();

  await views(page)
    .getByRole("link", { name: /^Cancelled/ })
    .click();
  await expect(page).toHaveURL(/\/admin\?status=cancelled$/);
  await expect(dataRows(page).first()).toContainText("Cancelled");
  await views(page).getByRole("link", { name: /^All/ }).click();
  await expect(page).toHaveURL(/\/admin\?view=all$/);
  await expect(views(page).getByRole("link", { name: /^All/ })).toHaveAttribute("aria-current", "page");
  await views(page)
    .getByRole("link", { name: /^Active/ })
    .click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(views(page).getByRole("link", { name: /^Active/ })).toHaveAttribute("aria-current", "page");
});
