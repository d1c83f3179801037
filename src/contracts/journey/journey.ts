// The customer's view of a booking's journey (portal, tracking): its shape and the rules that derive it.
// Pure: the pages, the API and the tests share it.
import type { FlightDetails } from "@/contracts/bookings/booking-views";
import type { BookingDocumentView } from "@/contracts/documents/views";
import type { BookingStatus, DocumentKind, PetSpecies } from "@/lib/enum-values";

/** The steps of a journey in order; "in the air" and "arrived" come from the flight's times (display only). */
export const JOURNEY_STEP_KEYS = [
  "received",
  "confirmed",
  "preparing",
  "flight_booked",
  "in_the_air",
  "arrived",
  "completed",
] as const;
export type JourneyStepKey = (typeof JOURNEY_STEP_KEYS)[number] | "cancelled";

/** A step with when it was reached (null: not yet, or not recorded), and whether it is where the booking is now. */
export type JourneyStep = { key: JourneyStepKey; at: string | null; current: boolean };

/** An update from the team; `photo` links are short-lived (made for this answer). */
export type JourneyUpdate = {
  id: string;
  at: string;
  text: string;
  photo?: { name: string; url: string; thumbnailUrl: string | null };
};

/** Where the pets fly from and to (cities and countries only). */
export type JourneyRoute = {
  originCountry: string;
  originCity: string;
  destinationCountry: string;
  destinationCity: string;
};

export type JourneyPet = { id: string; name: string; species: PetSpecies };

/** A document the owner usually provides that no checked, live document of that pet covers yet. */
export type MissingDocument = { kind: DocumentKind; petId: string; petName: string };

export type JourneyContact = {
  /** The assigned coordinator's first name; null while nobody is assigned. */
  coordinator: string | null;
  company: { name: string; email: string; phone: string; whatsapp: string; hours: string };
};

/** GET /api/v1/me/bookings/{reference}/journey: the owner's full journey. */
/** The IANA time zones of a flight's airports (null for an airport the table does not know), to name each clock. */
export type FlightTimeZones = { departure: string | null; arrival: string | null };

export type Journey = {
  reference: string;
  status: BookingStatus;
  /** Changes whenever anything the journey shows changes: the live stream announces it. */
  version: number;
  steps: JourneyStep[];
  pets: JourneyPet[];
  route: JourneyRoute;
  travelDate: string;
  flight: FlightDetails | null;
  flightTimeZones: FlightTimeZones | null;
  updates: JourneyUpdate[];
  documents: BookingDocumentView[];
  missingDocuments: MissingDocument[];
  contact: JourneyContact;
};

/** POST /api/v1/track and GET /api/v1/track/{reference}: the journey without personal data. */
export type PublicJourney = Omit<Journey, "pets" | "documents" | "missingDocuments" | "contact"> & {
  customerFirstName: string;
  pets: { name: string; species: PetSpecies }[];
  contact: Pick<JourneyContact, "company">;
};

/** The documents an owner is asked for, per pet (the team arranges health certificates and permits). */
export const OWNER_DOCUMENT_KINDS: readonly DocumentKind[] = ["pet_passport", "vaccination_record"];

const STATUS_STEP: Record<BookingStatus, JourneyStepKey> = {
  pending: "received",
  confirmed: "confirmed",
  in_progress: "preparing",
  flight_booked: "flight_booked",
  completed: "completed",
  cancelled: "cancelled",
};

/** The step a status reaches (the flight's times may move a flight-booked journey on to in the air or arrived). */
export function stepOfStatus(status: BookingStatus): JourneyStepKey {
  return STATUS_STEP[status];
}

export type JourneyFacts = {
  status: BookingStatus;
  /** When the booking was received. */
  createdAt: string;
  /** When the booking last moved to each status (from its status_changed events). */
  statusTimes: Partial<Record<BookingStatus, string>>;
  flight: FlightDetails | null;
  now: Date;
};

/** Where a booked flight is now: before departure, in the air, or arrived. */
export function flightPhase(
  flight: FlightDetails | null,
  now: Date,
): "not_departed" | "in_the_air" | "arrived" | "no_flight" {
  if (!flight) return "no_flight";
  const departure = Date.parse(flight.departureTime);
  const arrival = Date.parse(flight.arrivalTime);
  if (Number.isFinite(arrival) && now.getTime() >= arrival) return "arrived";
  if (Number.isFinite(departure) && now.getTime() >= departure) return "in_the_air";
  return "not_departed";
}

/**
 * The journey's steps: every step up to the current one with its date, the later ones without.
 * A cancelled booking shows the steps it had reached, then "cancelled" as the current one.
 */
export function journeySteps({ status, createdAt, statusTimes, flight, now }: JourneyFacts): JourneyStep[] {
  const phase = flightPhase(flight, now);
  const timeOf = (key: JourneyStepKey): string | null => {
    switch (key) {
      case "received":
        return createdAt;
      case "confirmed":
        return statusTimes.confirmed ?? null;
      case "preparing":
        return statusTimes.in_progress ?? null;
      case "flight_booked":
        return statusTimes.flight_booked ?? null;
      case "in_the_air":
        return flight && phase !== "not_departed" && phase !== "no_flight" ? flight.departureTime : null;
      case "arrived":
        return flight && phase === "arrived" ? flight.arrivalTime : null;
      case "completed":
        return statusTimes.completed ?? null;
      case "cancelled":
        return statusTimes.cancelled ?? null;
    }
  };
  if (status === "cancelled") {
    // How far it got: every step whose status it had reached before the cancellation.
    const reached = JOURNEY_STEP_KEYS.filter(
      (key) => key === "received" || (timeOf(key) !== null && key !== "in_the_air" && key !== "arrived"),
    );
    return [
      ...reached.map((key) => ({ key, at: timeOf(key), current: false })),
      { key: "cancelled", at: timeOf("cancelled"), current: true },
    ];
  }
  let currentKey = stepOfStatus(status);
  if (status === "flight_booked" && (phase === "in_the_air" || phase === "arrived")) currentKey = phase;
  const currentIndex = JOURNEY_STEP_KEYS.indexOf(currentKey as (typeof JOURNEY_STEP_KEYS)[number]);
  return JOURNEY_STEP_KEYS.map((key, index) => ({
    key,
    at: index <= currentIndex ? timeOf(key) : null,
    current: index === currentIndex,
  }));
}
