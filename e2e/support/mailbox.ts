import type { BrowserContext } from "@playwright/test";
import { reloadUntilShown } from "./reload-until-shown";

/**
 * The address of a link in an email, read the way a person would: in the development mailbox, by an
 * admin (`admin`, a signed-in admin's context), once the worker has delivered it.
 */
export async function linkInEmail(
  admin: BrowserContext,
  { to, subject, link }: { to: string; subject: RegExp; link: string },
): Promise<string> {
  const reader = await admin.newPage();
  try {
    await reader.goto("/admin/mailbox");
    const message = reader.getByRole("link").filter({ hasText: to }).filter({ hasText: subject });
    await reloadUntilShown(reader, message.first());
    await message.first().click();
    const href = await reader.frameLocator("iframe").getByRole("link", { name: link }).getAttribute("href");
    if (!href) throw new Error(`The email "${subject.source}" to ${to} has no "${link}" link`);
    return href;
  } finally {
    await reader.close();
  }
}
