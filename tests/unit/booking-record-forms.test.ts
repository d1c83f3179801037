import { describe, expect, it } from "vitest";
import { changedSections, editInputOf, rebaseEdits, type EditValues } from "@/contracts/bookings/edit-values";
import { flightFormOf, flightFormSchema, emptyFlightForm } from "@/components/admin/booking-record/flight-form-values";

const LUNA = "0b9d6d3e-5c59-4c4e-9a57-0e2f3f1a0001";
const MAX = "0b9d6d3e-5c59-4c4e-9a57-0e2f3f1a0002";

function booking(): EditValues {
  return {
    customer: {
      name: "Sara Al Mansoori",
      email: "sara@example.com",
      phone: "+971 50 123 4567",
      whatsapp: "",
      preferredContact: "email",
    },
    route: {
      originCountry: "AE",
      originCity: "Dubai",
      destinationCountry: "GB",
      destinationCity: "London",
      travelDate: "2030-01-10",
      serviceType: "export_from_uae",
    },
    specialRequests: "",
    pets: [
      {
        id: LUNA,
        name: "Luna",
        species: "cat",
        breed: "",
        sex: "female",
        dateOfBirth: undefined,
        weightKg: 4.2,
        microchip: "",
        notes: "",
      },
      {
        id: MAX,
        name: "Max",
        species: "dog",
        breed: "Golden Retriever",
        sex: "male",
        dateOfBirth: undefined,
        weightKg: 31.5,
        microchip: "",
        notes: "",
      },
    ],
  };
}

describe("the edit form sends only what the person changed", () => {
  it("treats an empty field and a missing value as the same", () => {
    const base = booking();
    const edited = booking();
    edited.specialRequests = undefined as never;
    edited.customer.whatsapp = undefined;
    expect(changedSections(base, edited)).toEqual([]);
  });

  it("sends the version and the changed sections, never the untouched ones", () => {
    const base = booking();
    const edited = booking();
    edited.pets[0]!.weightKg = 5.1;
    expect(editInputOf(base, edited, 7)).toEqual({ version: 7, pets: edited.pets });
  });
});

describe("after a refused save, the person's edits are laid over the booking as it now is", () => {
  it("keeps their fields and takes the colleague's everywhere else", () => {
    const base = booking();
    const mine = booking();
    mine.pets[0]!.breed = "British Shorthair";
    mine.specialRequests = "Collect from the office";
    const fresh = booking();
    fresh.pets[0]!.weightKg = 5.1;
    fresh.customer.phone = "+971 50 000 0000";

    const merged = rebaseEdits(base, mine, fresh);
    expect(merged.pets[0]).toMatchObject({ id: LUNA, breed: "British Shorthair", weightKg: 5.1 });
    expect(merged.customer.phone).toBe("+971 50 000 0000");
    expect(merged.specialRequests).toBe("Collect from the office");
  });

  it("keeps a pet they removed removed and a pet they added added; a pet the colleague added stays", () => {
    const base = booking();
    const mine = booking();
    mine.pets = [mine.pets[0]!, { name: "Kiwi", species: "other", breed: "", microchip: "", notes: "" }];
    const fresh = booking();
    fresh.pets.push({
      id: "0b9d6d3e-5c59-4c4e-9a57-0e2f3f1a0003",
      name: "Bella",
      species: "dog",
      breed: "",
      microchip: "",
      notes: "",
    });

    expect(rebaseEdits(base, mine, fresh).pets.map((pet) => pet.name)).toEqual(["Luna", "Bella", "Kiwi"]);
  });
});

describe("the flight form", () => {
  it("sends local times with their offsets as ISO 8601, checked by the server's schema", () => {
    const result = flightFormSchema.safeParse({
      ...emptyFlightForm,
      airline: "Emirates",
      flightNumber: "ek 1",
      departureAirport: "dxb",
      departureLocal: "2027-03-14T02:35",
      arrivalAirport: "LHR",
      arrivalLocal: "2027-03-14T06:40",
      arrivalOffset: "+00:00",
    });
    expect(result.success && result.data).toEqual({
      flight: {
        airline: "Emirates",
        flightNumber: "EK 1",
        departureAirport: "DXB",
        departureTime: "2027-03-14T02:35:00+04:00",
        arrivalAirport: "LHR",
        arrivalTime: "2027-03-14T06:40:00+00:00",
      },
      notifyCustomer: true,
    });
  });

  it("puts each problem on the field the person filled in", () => {
    const result = flightFormSchema.safeParse({
      ...emptyFlightForm,
      airline: "Emirates",
      flightNumber: "EK 1",
      departureAirport: "DXB",
      departureLocal: "2027-03-14T08:00",
      arrivalAirport: "LH",
      arrivalLocal: "2027-03-14T07:00",
    });
    const fields = result.success
      ? {}
      : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
    expect(fields).toEqual({
      arrivalAirport: "The arrival airport must be a 3-letter IATA code, such as DXB",
      arrivalLocal: "The arrival must be after the departure",
    });
  });

  it("reads a saved flight back into the form for a correction", () => {
    expect(
      flightFormOf({
        airline: "Qatar Airways",
        flightNumber: "QR1017",
        departureAirport: "DOH",
        departureTime: "2027-03-14T02:35:00+03:00",
        arrivalAirport: "LHR",
        arrivalTime: "2027-03-14T07:10:00Z",
      }),
    ).toMatchObject({
      departureLocal: "2027-03-14T02:35",
      departureOffset: "+03:00",
      arrivalLocal: "2027-03-14T07:10",
      arrivalOffset: "+00:00",
    });
  });
});
