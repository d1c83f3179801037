import type { Locator } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { expectNoSeriousAxeViolations, hasHorizontalScroll } from "./support/axe";
import { bookingForm } from "./support/booking-form";
import { bookingBody, familyBookingBody } from "../src/testing/factories/booking-body";
import { futureDate, microchipNumber } from "../src/testing/factories/unique-values";
import { arrowTo, tabTo } from "./support/keyboard";
import { expectOneBookingFor, recordSubmits } from "./support/submissions";

test("the home page leads to the booking form", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("main").getByRole("link", { name: "Book a relocation" }).click();
  await expect(page).toHaveURL(/\/book$/);
  await expect(page.getByRole("heading", { level: 1, name: "Book a pet relocation" })).toBeVisible();
});

test("country flags draw as pictures on the form, arriving from the home page (which loads no flags)", async ({
  page,
}) => {
  await page.goto("/");
  await page.getByRole("main").getByRole("link", { name: "Book a relocation" }).click();
  const form = bookingForm(page);
  await form.chooseCountry(form.destinationCountry, "CA");
  // The flag is decorative beside the name, so it has no role; what a person sees is its SVG background.
  const flag = form.destinationCountry.locator(".fi");
  await expect(flag).toHaveCSS("background-image", /\.svg/);
  expect((await flag.boundingBox())?.width).toBeGreaterThan(8);
});

test("on a phone, Sign in and tracking are in the header's menu", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto("/");
  await page.getByRole("button", { name: "Menu" }).click();
  await expect(page.getByRole("menuitem", { name: "Track a booking" })).toBeVisible();
  await page.getByRole("menuitem", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await context.close();
});

test("a person books two pets, sees the booking reference and what they booked, and can follow it", async ({
  page,
}) => {
  const form = bookingForm(page);
  const booking = familyBookingBody();
  await form.goto();
  await form.fill(booking);
  await expect(form.pet(1).name).toHaveValue("Max");
  await expect(form.pet(2).name).toHaveValue("Luna");
  await form.submit.click();
  const reference = await form.expectConfirmation();

  // The booking repeated back (in the tab that made it), where the copy went, and how to follow it.
  const summary = page.getByRole("region", { name: "Your booking" });
  await expect(summary).toContainText("Max (dog), Luna (cat)");
  await expect(summary).toContainText(`${booking.route.originCity} → ${booking.route.destinationCity}`);
  await expect(summary).toContainText(`We have emailed a copy to ${booking.customer.email}`);
  await expect(page.getByRole("main").getByRole("link", { name: /^\+971/ })).toHaveAttribute("href", /^tel:\+971\d+$/);
  await expectNoSeriousAxeViolations(page);
  await page.getByRole("link", { name: "Follow your booking" }).click();
  await expect(page).toHaveURL(/\/track\?r=/);
  await expect(page.getByLabel("Booking reference")).toHaveValue(reference);
});

test("an empty travel date asks for one", async ({ page }) => {
  const form = bookingForm(page);
  await form.goto();
  await form.submit.click();
  await expect(form.travelDate).toHaveAttribute("aria-invalid", "true");
  await expect(form.travelDate).toHaveAccessibleDescription(/Enter the travel date/);
  await expect(form.travelDate).not.toHaveAccessibleDescription(/YYYY-MM-DD/);
});

test("a pet just added is not flagged before the person fills it in", async ({ page }) => {
  const form = bookingForm(page);
  await form.goto();
  await form.pet(1).name.fill("Max");
  await form.addPet.click();
  await expect(form.pet(2).name).toBeFocused();
  await expect(form.pet(2).section.getByText("Enter the pet's name")).toHaveCount(0);
  await expect(form.pet(2).name).not.toHaveAttribute("aria-invalid", "true");
  await form.removePet(2).click();
  await expect(form.pet(2).section).toHaveCount(0);
  await expect(form.pet(1).name).toHaveValue("Max");
});

test("a wrong field shows its error beside it, keeps what was typed, and submits once fixed", async ({ page }) => {
  const form = bookingForm(page);
  const booking = bookingBody();
  await form.goto();
  await form.fill({ ...booking, customer: { ...booking.customer, email: "sara.example.com" } });
  await form.pet(1).microchip.fill("12345");
  await form.submit.click();

  await expect(form.email).toHaveAttribute("aria-invalid", "true");
  await expect(form.email).toHaveAccessibleDescription(/valid email address/);
  await expect(form.email).toBeFocused();
  await expect(form.pet(1).microchip).toHaveAttribute("aria-invalid", "true");
  await expect(form.pet(1).microchip).toHaveAccessibleDescription(/exactly 15 digits/);
  await expect(page).toHaveURL(/\/book$/);
  // Everything else is still there.
  await expect(form.fullName).toHaveValue(booking.customer.name);
  await expect(form.phone).toHaveValue(booking.customer.phone);
  await expect(form.destinationCountry).toHaveText(/United Kingdom/);
  await expect(form.travelDate).toHaveValue(booking.route.travelDate);
  await expect(form.service("export_from_uae")).toBeChecked();
  await expect(form.pet(1).name).toHaveValue(booking.pets[0]!.name);
  await expect(form.pet(1).sex).toHaveText("Female");
  await expect(form.consent).toBeChecked();

  await form.email.fill(booking.customer.email);
  await form.pet(1).microchip.fill(microchipNumber());
  await expect(form.email).not.toHaveAttribute("aria-invalid", "true");
  await expect(form.pet(1).microchip).not.toHaveAttribute("aria-invalid", "true");
  await form.submit.click();
  await form.expectConfirmation();
});

test("the form can be completed with the keyboard alone", async ({ page }) => {
  const form = bookingForm(page);
  const booking = bookingBody();
  await form.goto();
  const { keyboard } = page;

  await tabTo(page, form.fullName);
  await keyboard.type(booking.customer.name);
  await tabTo(page, form.email);
  await keyboard.type(booking.customer.email);
  await tabTo(page, form.phone);
  await keyboard.type(booking.customer.phone);
  await tabTo(page, form.contactMethod("email"));
  await arrowTo(page, "ArrowRight", form.contactMethod("phone"));

  await tabTo(page, form.originCity);
  await keyboard.type("Abu Dhabi");
  await tabTo(page, form.destinationCountry);
  await keyboard.press("Enter");
  await expect(page.getByRole("combobox", { name: "Search countries" })).toBeFocused();
  await keyboard.type("Canada");
  await expect(page.getByRole("option", { name: "Canada", exact: true })).toHaveAttribute("aria-selected", "true");
  await keyboard.press("Enter");
  await expect(form.destinationCountry).toHaveText(/Canada/);
  await expect(form.destinationCountry).toBeFocused();
  await tabTo(page, form.destinationCity);
  await keyboard.type("Toronto");
  await tabTo(page, form.travelDate);
  const [year, month, day] = futureDate(90).split("-");
  await keyboard.type(`${month}${day}${year}`); // en-US order: month, day, year
  await expect(form.travelDate).toHaveValue(`${year}-${month}-${day}`);
  await tabTo(page, form.service("export_from_uae"));
  await keyboard.press("Space");
  await expect(form.service("export_from_uae")).toBeChecked();

  const pet = form.pet(1);
  await tabTo(page, pet.name);
  await keyboard.type("Max");
  await tabTo(page, pet.species("dog"));
  await keyboard.press("Space");
  await expect(pet.species("dog")).toBeChecked();
  await tabTo(page, pet.sex);
  await keyboard.press("Enter");
  await expect(page.getByRole("option", { name: "Male", exact: true })).toBeFocused();
  await keyboard.press("ArrowDown");
  await expect(page.getByRole("option", { name: "Female", exact: true })).toBeFocused();
  await keyboard.press("Enter");
  await expect(pet.sex).toHaveText("Female");
  await tabTo(page, pet.microchip);
  await keyboard.type(microchipNumber());

  await tabTo(page, form.addPet);
  await keyboard.press("Enter");
  const second = form.pet(2);
  await expect(second.name).toBeFocused();
  await keyboard.type("Luna");
  await tabTo(page, second.species("dog"));
  await arrowTo(page, "ArrowRight", second.species("cat"));

  await tabTo(page, form.consent);
  await keyboard.press("Space");
  await expect(form.consent).toBeChecked();
  await tabTo(page, form.submit);
  await keyboard.press("Enter");
  await form.expectConfirmation();
});

test.describe("accessibility (axe-core, WCAG 2 A and AA)", () => {
  test("home page", async ({ page }) => {
    await page.goto("/");
    await expectNoSeriousAxeViolations(page);
  });

  test("booking form, empty and with errors", async ({ page }) => {
    const form = bookingForm(page);
    await form.goto();
    await expectNoSeriousAxeViolations(page);
    await form.submit.click();
    await expect(form.fullName).toHaveAttribute("aria-invalid", "true");
    await expectNoSeriousAxeViolations(page);
  });

  test("confirmation page", async ({ page }) => {
    const form = bookingForm(page);
    await form.goto();
    await form.fill(bookingBody());
    await form.submit.click();
    await form.expectConfirmation();
    await expectNoSeriousAxeViolations(page);
  });

  test("dark theme: home page and booking form", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto("/");
    await expectNoSeriousAxeViolations(page);
    await bookingForm(page).goto();
    await expectNoSeriousAxeViolations(page);
  });
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });

  test("pages fit the screen and a booking can be submitted", async ({ page }) => {
    await page.goto("/");
    expect(await hasHorizontalScroll(page), "home page scrolls sideways").toBe(false);

    const form = bookingForm(page);
    await form.goto();
    expect(await hasHorizontalScroll(page), "booking form scrolls sideways").toBe(false);
    await form.fill(familyBookingBody());
    expect(await hasHorizontalScroll(page), "filled booking form scrolls sideways").toBe(false);
    await form.submit.click();
    await form.expectConfirmation();
    expect(await hasHorizontalScroll(page), "confirmation page scrolls sideways").toBe(false);
  });
});

test.describe("submitting twice makes one booking", () => {
  test("a double click on Submit", async ({ page }) => {
    const submitted = recordSubmits(page);
    const form = bookingForm(page);
    const booking = bookingBody();
    await form.goto();
    await form.fill(booking);
    await form.submit.dblclick();
    const reference = await form.expectConfirmation();
    expect(submitted.length).toBeGreaterThanOrEqual(1);
    await expectOneBookingFor(page, submitted, booking, reference);
  });

  test("two submits sent before the button can disable", async ({ page }) => {
    // The button disables on the next render, so a double click usually sends one request; two
    // synchronous submits get past it and make the server deduplicate.
    const submitted = recordSubmits(page);
    const form = bookingForm(page);
    const booking = bookingBody();
    await form.goto();
    await form.fill(booking);
    await form.submit.evaluate((button: HTMLButtonElement) => {
      button.form!.requestSubmit(button);
      button.form!.requestSubmit(button);
    });
    const reference = await form.expectConfirmation();
    expect(submitted).toHaveLength(2);
    await expectOneBookingFor(page, submitted, booking, reference);
  });
});

test("fields side by side line up, and a pet added after a failed submit waits until it is typed in", async ({
  page,
}) => {
  const form = bookingForm(page);
  await form.goto();
  const top = async (control: Locator) => (await control.boundingBox())?.y;
  // Each pair shares a row at desktop width; one of them may have a hint (Phone) or an error, the other not.
  const pairs = (): [Locator, Locator][] => [
    [form.email, form.phone],
    [form.originCountry, form.originCity],
    [form.destinationCountry, form.destinationCity],
    [form.pet(1).breed, form.pet(1).sex],
    [form.pet(1).dateOfBirth, form.pet(1).weight],
  ];
  const expectLinedUp = async () => {
    for (const [left, right] of pairs()) {
      await expect.poll(async () => (await top(right))! - (await top(left))!, { message: String(left) }).toBe(0);
    }
  };
  await expectLinedUp();

  // A failed submit: every required field says what it needs; then the email is fixed and its error goes,
  // while its neighbour keeps its hint and its error.
  await form.submit.click();
  await expect(form.pet(1).name).toHaveAccessibleDescription(/Enter the pet's name/);
  await form.email.fill("sara@example.com");
  await expect(form.email).not.toHaveAttribute("aria-invalid", "true");
  await expect(form.phone).toHaveAttribute("aria-invalid", "true");
  await expectLinedUp();

  await form.addPet.click();
  await expect(form.pet(2).name).toBeFocused();
  // Something typed elsewhere is checked after the list was (the check of the new list starts first).
  await form.fullName.fill("Sara Haddad");
  await expect(form.fullName).not.toHaveAttribute("aria-invalid", "true");
  const newPet = form.pet(2).section;
  await expect(newPet.locator("[aria-invalid]")).toHaveCount(0);
  await expect(newPet).not.toContainText("Enter the pet's name");
  await expect(newPet).not.toContainText("Choose dog, cat or other");
  await expect(form.pet(1).name).toHaveAttribute("aria-invalid", "true");

  // Typed in, the name is checked as it is typed; submitted again, what is still missing is said.
  await form.pet(2).name.fill("Rex");
  await form.submit.click();
  await expect(newPet).toContainText("Choose dog, cat or other");
  await expect(form.pet(2).name).not.toHaveAttribute("aria-invalid", "true");
});
