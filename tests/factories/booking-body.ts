import { randomUUID } from "node:crypto";

function futureDate(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** A valid public booking body; override any part. Emails are unique per call. */
export function bookingBody(overrides: Record<string, unknown> = {}) {
  const unique = randomUUID().slice(0, 8);
  return {
    customer: {
      name: "Sara Al Mansoori",
      email: `sara.${unique}@example.com`,
      phone: "+971 50 123 4567",
      preferredContact: "whatsapp",
      whatsapp: "+971501234567",
    },
    route: {
      originCountry: "AE",
      originCity: "Dubai",
      destinationCountry: "GB",
      destinationCity: "London",
      travelDate: futureDate(30),
      serviceType: "export_from_uae",
    },
    pets: [
      {
        name: "Luna",
        species: "cat",
        breed: "British Shorthair",
        sex: "female",
        dateOfBirth: "2021-04-02",
        weightKg: 4.2,
        microchip: "784098100123456",
        notes: "Shy with strangers",
      },
    ],
    specialRequests: "Please call before 10am",
    consent: true,
    ...overrides,
  };
}
