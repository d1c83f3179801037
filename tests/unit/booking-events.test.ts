import { describe, expect, it } from "vitest";
import { readBookingEvent, validBookingEvent, type BookingEventBody } from "@/contracts/bookings/booking-events";
import { isBookingReference, isReferencePrefix, formatBookingReference } from "@/contracts/bookings/booking-reference";
import { describeEvent, describeStoredEvent } from "@/contracts/bookings/timeline-words";

const FLIGHT = {
  airline: "Emirates",
  flightNumber: "EK 1",
  departureAirport: "DXB",
  departureTime: "2027-03-14T02:35:00+04:00",
  arrivalAirport: "LHR",
  arrivalTime: "2027-03-14T06:55:00+00:00",
};
const MEMBER = { id: "0b9d6d3e-5c59-4c4e-9a57-0e2f3f1a0001", name: "Omar" };

// One event of each type, in the shape its writer stores today.
const EVERY_EVENT: BookingEventBody[] = [
  {
    type: "created",
    data: {
      source: "api",
      submittedContact: {
        name: "Sara",
        email: "sara@example.com",
        phone: "+971 50 123 4567",
        whatsapp: null,
        preferredContact: "email",
      },
    },
  },
  { type: "created", data: { source: "import", sourceId: "5f1e9a2b3c4d5e6f70818201", runId: MEMBER.id } },
  {
    type: "status_changed",
    data: { from: "in_progress", to: "flight_booked", version: 3, notified: true, flight: FLIGHT },
  },
  {
    type: "flight_changed",
    data: { from: FLIGHT, to: { ...FLIGHT, airWaybill: "176-12345675" }, version: 4, notified: false },
  },
  {
    type: "details_changed",
    data: {
      version: 5,
      changes: [{ field: "customer.phone", label: "Phone", from: "+971 50 123 4567", to: "+971 50 765 4321" }],
    },
  },
  { type: "note_added", data: { noteId: MEMBER.id } },
  { type: "note_edited", data: { noteId: MEMBER.id } },
  { type: "note_deleted", data: { noteId: MEMBER.id } },
  { type: "assigned", data: { from: null, to: MEMBER, version: 6 } },
  { type: "deleted", data: { version: 7 } },
  { type: "restored", data: { version: 8 } },
];

describe("booking events", () => {
  it("accepts every event its writers store, and has words for each", () => {
    for (const event of EVERY_EVENT) {
      expect(validBookingEvent(event)).toEqual(event);
      expect(describeEvent(event).title).not.toBe("");
    }
  });

  it("says an imported booking came from an import, with its old id and the run", () => {
    expect(
      describeEvent({
        type: "created",
        data: { source: "import", sourceId: "5f1e9a2b3c4d5e6f70818201", runId: "0b9d6d3e-5c59-4c4e-9a57-0e2f3f1a0001" },
      }),
    ).toEqual({
      title: "Booking created from an import",
      lines: ["Old id 5f1e9a2b3c4d5e6f70818201", "Import run 0b9d6d3e-5c59-4c4e-9a57-0e2f3f1a0001"],
      tone: "default",
    });
    // Other sources say nothing of old ids.
    expect(describeEvent({ type: "created", data: { source: "web_form" } }).lines).toEqual([]);
  });

  it("writes flight times on each airport's clock, naming its zone when known, and changed dates as days", () => {
    const zones: Record<string, string> = { DXB: "Asia/Dubai", LHR: "Europe/London" };
    const flight = { type: "flight_changed", data: { from: null, to: FLIGHT, version: 4, notified: false } } as const;
    expect(describeEvent(flight, { zoneOf: (airport) => zones[airport] ?? null }).lines).toEqual([
      "Emirates EK 1: DXB 14 Mar 2027, 02:35 Dubai time (UTC+04:00) → LHR 14 Mar 2027, 06:55 London time (UTC+00:00)",
    ]);
    // Where no table is at hand (the browser's conflict message), the offset alone.
    expect(describeEvent(flight).lines).toEqual([
      "Emirates EK 1: DXB 14 Mar 2027, 02:35 (UTC+04:00) → LHR 14 Mar 2027, 06:55 (UTC+00:00)",
    ]);
    const changes = [
      { field: "route.travelDate", label: "Travel date", from: "2027-03-14", to: "2027-03-20" },
      {
        field: "pets.0b9d6d3e-5c59-4c4e-9a57-0e2f3f1a0001.dateOfBirth",
        label: "Luna's date of birth",
        from: null,
        to: "2021-09-01",
      },
    ];
    expect(describeEvent({ type: "details_changed", data: { version: 5, changes } }).lines).toEqual([
      "Travel date changed from 14 Mar 2027 to 20 Mar 2027",
      "Luna's date of birth changed from (empty) to 1 Sep 2021",
    ]);
  });

  it("refuses an event of the wrong shape before it is written", () => {
    expect(() => validBookingEvent({ type: "deleted", data: {} } as unknown as BookingEventBody)).toThrow(
      /Invalid booking event "deleted"/,
    );
    expect(() => validBookingEvent({ type: "emailed", data: {} } as unknown as BookingEventBody)).toThrow(
      /Invalid booking event/,
    );
  });

  it("reads the shapes stored before (seeded bookings, older intake) and shows unknown rows plainly", () => {
    expect(readBookingEvent("created", { source: "web_form" })).toEqual({
      type: "created",
      data: { source: "web_form" },
    });
    expect(describeStoredEvent("status_changed", { from: "pending", to: "cancelled" })).toEqual({
      title: "Status changed from Pending to Cancelled",
      lines: [],
      tone: "danger",
    });
    expect(describeStoredEvent("field_changed", { anything: 1 })).toEqual({
      title: "field changed",
      lines: [],
      tone: "default",
    });
  });
});

describe("booking references", () => {
  it("formats and recognises references, and the words that start one", () => {
    expect(formatBookingReference(2026, 42)).toBe("PP-2026-00042");
    expect(formatBookingReference(2026, 1234567)).toBe("PP-2026-1234567");
    expect(isBookingReference("PP-2026-00042")).toBe(true);
    for (const text of ["pp-2026-00042", "PP-2026-0042", "PP-\u0000", "x".repeat(10_000)])
      expect(isBookingReference(text)).toBe(false);
    expect(isReferencePrefix("pp-2026-004")).toBe(true);
    expect(isReferencePrefix("luna")).toBe(false);
  });
});
