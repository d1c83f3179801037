import { expect, type Locator, type Page } from "@playwright/test";

/** Presses Tab until the control has focus: proves it is reachable from the previous one by keyboard. */
export async function tabTo(page: Page, control: Locator, maxPresses = 40) {
  for (let press = 0; press < maxPresses; press++) {
    await page.keyboard.press("Tab");
    if (await control.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`${control} was not reached after ${maxPresses} presses of Tab`);
}

/**
 * Presses an arrow key in a radio group and releases it once the next radio has focus. Radix moves
 * focus on a timer and selects only while the key is still down, as it is for a person; an instant
 * key-down/key-up under load could release the key first.
 */
export async function arrowTo(page: Page, key: "ArrowRight" | "ArrowDown", radio: Locator) {
  await page.keyboard.down(key);
  await expect(radio).toBeFocused();
  await page.keyboard.up(key);
  await expect(radio).toBeChecked();
}
