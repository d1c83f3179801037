import { describe, expect, it } from "vitest";
import { describeChange } from "@/components/journey/journey-changes";
import { journeySteps, type PublicJourney } from "@/contracts/journey/journey";

const createdAt = "2026-12-01T08:00:00.000Z";
const now = new Date("2026-12-03T08:00:00Z");

function journey(overrides: Partial<PublicJourney> = {}): PublicJourney {
  return {
    reference: "PP-2026-00042",
    status: "pending",
    version: 1,
    steps: journeySteps({ status: "pending", createdAt, statusTimes: {}, flight: null, now }),
    route: { originCountry: "AE", originCity: "Dubai", destinationCountry: "GB", destinationCity: "London" },
    travelDate: "2027-03-14",
    flight: null,
    flightTimeZones: null,
    updates: [],
    customerFirstName: "Sara",
    pets: [{ name: "Luna", species: "cat" }],
    contact: {
      company: { name: "PawPath", email: "hello@example.com", phone: "+971", whatsapp: "+971", hours: "Always" },
    },
    ...overrides,
  };
}

describe("what the live region announces", () => {
  it("names the step the journey reached", () => {
    const confirmed = journey({
      status: "confirmed",
      version: 2,
      steps: journeySteps({ status: "confirmed", createdAt, statusTimes: { confirmed: createdAt }, flight: null, now }),
    });
    expect(describeChange(journey(), confirmed)).toBe("Updated: Booking confirmed.");
  });

  it("tells of a new update from the team, and says only 'Updated.' otherwise", () => {
    const withUpdate = journey({ version: 3, updates: [{ id: "u1", at: createdAt, text: "Luna ate well." }] });
    expect(describeChange(journey(), withUpdate)).toBe("Updated: a new update from our team.");
    expect(describeChange(withUpdate, journey({ ...withUpdate, version: 4 }))).toBe("Updated.");
  });
});
