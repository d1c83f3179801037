import { expect, type Locator, type Page } from "@playwright/test";
import type { BookingBody, PetBody } from "../../src/testing/factories/booking-body";

type ServiceType = BookingBody["route"]["serviceType"];
type Species = PetBody["species"];
type Sex = NonNullable<PetBody["sex"]>;

// How a person fills in /book, control by control, found by role and accessible name only.
// Option labels are what the person reads on screen; keep in sync with the form components.

export const SERVICE_LABELS: Record<ServiceType, string> = {
  export_from_uae: "Export from the UAE",
  import_to_uae: "Import to the UAE",
  international: "Other international",
  domestic: "Domestic",
};
export const SPECIES_LABELS: Record<Species, string> = { dog: "Dog", cat: "Cat", other: "Other" };
export const SEX_LABELS: Record<Sex, string> = { male: "Male", female: "Female", unknown: "Not sure" };
export const CONTACT_LABELS = { email: "Email", phone: "Phone call", whatsapp: "WhatsApp" } as const;

const regionNames = new Intl.DisplayNames(["en"], { type: "region" });
/** The English country name the form lists for an ISO code (the form uses Intl too). */
export const countryName = (code: string) => regionNames.of(code) ?? code;

export const REFERENCE_PATTERN = /^PP-\d{4}-\d{5,}$/;

export function bookingForm(page: Page) {
  const controls = {
    fullName: page.getByRole("textbox", { name: "Full name" }),
    email: page.getByRole("textbox", { name: "Email", exact: true }),
    phone: page.getByRole("textbox", { name: "Phone", exact: true }),
    whatsapp: page.getByRole("textbox", { name: "WhatsApp number" }),
    contactMethod: (method: keyof typeof CONTACT_LABELS) =>
      page
        .getByRole("group", { name: "Preferred contact method" })
        .getByRole("radio", { name: CONTACT_LABELS[method] }),
    originCountry: page.getByRole("combobox", { name: "Origin country" }),
    originCity: page.getByRole("textbox", { name: "Origin city" }),
    destinationCountry: page.getByRole("combobox", { name: "Destination country" }),
    destinationCity: page.getByRole("textbox", { name: "Destination city" }),
    travelDate: page.getByLabel("Preferred travel date"),
    service: (type: ServiceType) => page.getByRole("radio", { name: SERVICE_LABELS[type] }),
    pet: (number: number) => petControls(page.getByRole("region", { name: `Pet ${number}`, exact: true })),
    addPet: page.getByRole("button", { name: "Add another pet" }),
    removePet: (number: number) => page.getByRole("button", { name: `Remove pet ${number}` }),
    specialRequests: page.getByRole("textbox", { name: "Special requests" }),
    consent: page.getByRole("checkbox", { name: /I agree to the privacy notice/ }),
    submit: page.getByRole("button", { name: "Submit booking" }),
  };
  return {
    ...controls,

    async goto() {
      await page.goto("/book");
      await expect(page.getByRole("heading", { level: 1, name: "Book a pet relocation" })).toBeVisible();
    },

    /** Opens a country list, searches it and picks the country, as a person would with the mouse. */
    async chooseCountry(combobox: Locator, code: string) {
      await combobox.click();
      await page.getByRole("combobox", { name: "Search countries" }).fill(countryName(code));
      await page.getByRole("option", { name: countryName(code), exact: true }).click();
      await expect(combobox).toHaveText(new RegExp(countryName(code)));
    },

    async fillPet(number: number, pet: PetBody) {
      const c = controls.pet(number);
      await c.name.fill(pet.name);
      await c.species(pet.species).check();
      if (pet.breed) await c.breed.fill(pet.breed);
      if (pet.sex) {
        await c.sex.click();
        await page.getByRole("option", { name: SEX_LABELS[pet.sex], exact: true }).click();
        await expect(c.sex).toHaveText(SEX_LABELS[pet.sex]);
      }
      if (pet.dateOfBirth) await c.dateOfBirth.fill(pet.dateOfBirth);
      if (pet.weightKg !== undefined) await c.weight.fill(String(pet.weightKg));
      if (pet.microchip) await c.microchip.fill(pet.microchip);
      if (pet.notes) await c.notes.fill(pet.notes);
    },

    /** Fills every field from the data, adding pet sections as needed; does not submit. */
    async fill(data: BookingBody) {
      const { customer, route } = data;
      await controls.fullName.fill(customer.name);
      await controls.email.fill(customer.email);
      await controls.phone.fill(customer.phone);
      if (customer.whatsapp) await controls.whatsapp.fill(customer.whatsapp);
      await controls.contactMethod(customer.preferredContact).check();
      if (route.originCountry !== "AE") await this.chooseCountry(controls.originCountry, route.originCountry);
      await controls.originCity.fill(route.originCity);
      await this.chooseCountry(controls.destinationCountry, route.destinationCountry);
      await controls.destinationCity.fill(route.destinationCity);
      await controls.travelDate.fill(route.travelDate);
      await controls.service(route.serviceType).check();
      for (const [index, pet] of data.pets.entries()) {
        if (index > 0) await controls.addPet.click();
        await this.fillPet(index + 1, pet);
      }
      if (data.specialRequests) await controls.specialRequests.fill(data.specialRequests);
      await controls.consent.check();
    },

    /** Waits for the confirmation page and returns the booking reference it shows. */
    async expectConfirmation(): Promise<string> {
      await expect(page).toHaveURL(/\/book\/thank-you\/PP-\d{4}-\d{5,}$/);
      await expect(page.getByRole("heading", { level: 1, name: "Thank you, we have your booking" })).toBeVisible();
      const fromUrl = decodeURIComponent(new URL(page.url()).pathname.split("/").at(-1)!);
      await expect(page.getByText(fromUrl, { exact: true })).toBeVisible();
      expect(fromUrl).toMatch(REFERENCE_PATTERN);
      return fromUrl;
    },
  };
}

function petControls(section: Locator) {
  return {
    section,
    name: section.getByRole("textbox", { name: "Pet's name" }),
    species: (species: Species) => section.getByRole("radio", { name: SPECIES_LABELS[species], exact: true }),
    breed: section.getByRole("textbox", { name: "Breed" }),
    sex: section.getByRole("combobox", { name: "Sex" }),
    dateOfBirth: section.getByLabel("Date of birth"),
    weight: section.getByRole("spinbutton", { name: "Weight in kg" }),
    microchip: section.getByRole("textbox", { name: "Microchip number" }),
    notes: section.getByRole("textbox", { name: "Health or temperament notes" }),
  };
}
