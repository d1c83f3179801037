import { describe, expect, it } from "vitest";
import { createBookingBodySchema } from "@/contracts/bookings/schemas";
import { earliestTodayOnEarth } from "@/lib/dates";
import { bookingBody } from "@/testing/factories/booking-body";

const errorsOf = (body: unknown) => {
  const result = createBookingBodySchema.safeParse(body);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("booking input schema", () => {
  it("accepts a complete booking and treats empty optional fields as not given", () => {
    const body = bookingBody();
    body.customer.whatsapp = "";
    body.pets[0]!.breed = "";
    body.pets[0]!.microchip = "";
    const parsed = createBookingBodySchema.parse(body);
    expect(parsed.customer.whatsapp).toBeUndefined();
    expect(parsed.pets[0]!.breed).toBeUndefined();
    expect(parsed.pets[0]!.microchip).toBeUndefined();
  });

  it('asks for what is missing in words, never zod\'s "expected object, received undefined"', () => {
    const body: Record<string, unknown> = bookingBody();
    delete body.route;
    delete (body.customer as { name?: string }).name;
    expect(errorsOf(body)).toMatchObject({
      route: "Enter the route: origin, destination, travel date and service",
      "customer.name": "Enter your full name",
    });
    const noCity = bookingBody();
    delete (noCity.route as { originCity?: string }).originCity;
    expect(errorsOf(noCity)).toEqual({ "route.originCity": "Enter the origin city" });
    expect(errorsOf({ ...bookingBody(), customer: "Sara" })).toEqual({ customer: "Customer must be an object" });
    const notText = bookingBody();
    (notText.route as { originCity: unknown }).originCity = 42;
    expect(errorsOf(notText)).toEqual({ "route.originCity": "Origin city must be text" });
  });

  it("defaults the preferred contact method to email", () => {
    const body = bookingBody();
    delete (body.customer as { preferredContact?: string }).preferredContact;
    expect(createBookingBodySchema.parse(body).customer.preferredContact).toBe("email");
  });

  it("requires a phone number with its country code", () => {
    const body = bookingBody();
    body.customer.phone = "050 123 4567";
    expect(errorsOf(body)["customer.phone"]).toMatch(/country code/);
  });

  it("refuses a travel date in the past and dates that do not exist", () => {
    const past = bookingBody();
    past.route.travelDate = "2020-01-01";
    expect(errorsOf(past)["route.travelDate"]).toMatch(/past/);
    const impossible = bookingBody();
    impossible.route.travelDate = "2031-02-30";
    expect(errorsOf(impossible)["route.travelDate"]).toMatch(/not a real date/);
    const today = bookingBody();
    today.route.travelDate = earliestTodayOnEarth();
    expect(errorsOf(today)).toEqual({});
  });

  it("wants exactly 15 digits in a microchip number when one is given", () => {
    for (const chip of ["12345", "7840981001234567", "78409810012345a"]) {
      const body = bookingBody();
      body.pets[0]!.microchip = chip;
      expect(errorsOf(body)["pets.0.microchip"]).toMatch(/15 digits/);
    }
  });

  it("needs at least one pet, at most ten, and the privacy consent", () => {
    expect(errorsOf(bookingBody({ pets: [] })).pets).toMatch(/at least one pet/);
    const many = bookingBody();
    expect(errorsOf({ ...many, pets: Array(11).fill(many.pets[0]) }).pets).toMatch(/At most 10/);
    expect(errorsOf({ ...bookingBody(), consent: false }).consent).toMatch(/privacy/);
  });

  it("refuses only the characters PostgreSQL cannot store", () => {
    const body = bookingBody();
    body.customer.name = "Sara\u0000";
    body.pets[0]!.name = "\ud83d";
    expect(Object.keys(errorsOf(body)).sort()).toEqual(["customer.name", "pets.0.name"]);
    const unusual = bookingBody();
    unusual.customer.name = "سارة Zoë\nO'Brien <b>";
    expect(errorsOf(unusual)).toEqual({});
  });

  it("accepts only ISO 3166-1 alpha-2 country codes", () => {
    const body = bookingBody();
    body.route.originCountry = "UAE";
    body.route.destinationCountry = "gb";
    expect(Object.keys(errorsOf(body)).sort()).toEqual(["route.destinationCountry", "route.originCountry"]);
  });
});
