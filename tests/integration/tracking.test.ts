import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { GET as trackByLink } from "@/app/api/v1/track/[reference]/route";
import { OPTIONS as trackPreflight, POST as track } from "@/app/api/v1/track/route";
import { queryRows } from "@/db/sql";
import type { PublicJourney } from "@/contracts/journey/journey";
import { changeBookingStatus } from "@/server/bookings/change-status";
import { createBooking } from "@/server/bookings/create-booking";
import { deleteBooking } from "@/server/bookings/delete-booking";
import { addBookingNote } from "@/server/bookings/notes";
import { recordBookingEvent } from "@/server/bookings/record-booking-event";
import { getEmail } from "@/server/email/get-email";
import { processOutboxBatch } from "@/server/email/process-outbox";
import type { EmailTransport, OutgoingEmail } from "@/server/email/transport";
import { TRACK_NOT_FOUND_MESSAGE } from "@/server/tracking/track-limits";
import { trackBookingByLink } from "@/server/tracking/track-booking";
import { trackUrl } from "@/server/tracking/track-token";
import { bookingBody } from "@/testing/factories/booking-body";
import { XSS_PAYLOADS } from "../fixtures/xss-payloads";
import { uniqueIp } from "../support/api-request";
import { describeEachDatabase } from "../support/each-database";
import { routesUseDatabase } from "../support/route-database";
import { createTeam, type Team } from "../support/team";

const origin = "http://localhost:3000";
const DAY = 24 * 60 * 60 * 1000;

beforeAll(() => {
  process.env.APP_URL = origin;
  process.env.PUBLIC_FORM_ORIGINS = "https://www.pawpathsae.com";
});

const post = (body: unknown, ip = uniqueIp(), headers: Record<string, string> = {}) =>
  track(
    new Request(`${origin}/api/v1/track`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": ip, ...headers },
      body: JSON.stringify(body),
    }),
  );

/** Opens an emailed link (/track?r=…&t=…) the way the /track page does: through GET /api/v1/track/{reference}. */
const openLink = (link: string, ip = uniqueIp()) => {
  const url = new URL(link);
  const reference = url.searchParams.get("r") ?? "";
  return trackByLink(
    new Request(`${origin}/api/v1/track/${encodeURIComponent(reference)}?t=${url.searchParams.get("t") ?? ""}`, {
      headers: { "x-forwarded-for": ip },
    }),
    { params: Promise.resolve({ reference }) },
  );
};

/** Every string anywhere in a JSON value. */
function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === "object") return Object.values(value).flatMap(stringsIn);
  return [];
}

const FLIGHT = {
  airline: "Emirates",
  flightNumber: "EK 1",
  departureAirport: "DXB",
  departureTime: "2027-03-14T02:35:00+04:00",
  arrivalAirport: "LHR",
  arrivalTime: "2027-03-14T06:40:00+00:00",
  airWaybill: "176-12345675",
};

describeEachDatabase("public tracking", (getDb) => {
  routesUseDatabase(getDb);
  let team: Team;

  beforeAll(async () => {
    team = await createTeam(getDb());
  });

  async function newBooking(change?: (body: ReturnType<typeof bookingBody>) => void) {
    const body = bookingBody();
    change?.(body);
    const { reference } = await createBooking({ db: getDb(), body, source: "api" });
    const [row] = await queryRows<{ id: string; customer_id: string }>(
      getDb(),
      sql`select id, customer_id from bookings where reference = ${reference}`,
    );
    return { reference, body, id: row!.id, customerId: row!.customer_id };
  }

  async function moveTo(reference: string, ...statuses: string[]) {
    for (const status of statuses) {
      await changeBookingStatus({
        db: getDb(),
        actor: team.staff,
        reference,
        input: { status, notifyCustomer: false, ...(status === "flight_booked" ? { flight: FLIGHT } : {}) },
      });
    }
  }

  /** A flight-booked booking with a canary note, a team update and a withdrawn one. */
  async function followedBooking() {
    const booking = await newBooking((body) => {
      body.customer.name = "Sara Canarysurname";
      body.pets = [body.pets[0]!, { ...body.pets[0]!, name: "Max", species: "dog", microchip: "784098100654321" }];
    });
    const canary = `canary-note-${randomUUID()}`;
    await addBookingNote({ db: getDb(), actor: team.staff, reference: booking.reference, input: { body: canary } });
    await moveTo(booking.reference, "confirmed", "in_progress", "flight_booked");
    const [shown, withdrawn] = [randomUUID(), randomUUID()];
    await recordBookingEvent(getDb(), {
      bookingId: booking.id,
      actorId: team.staff.id,
      type: "customer_update",
      data: { updateId: shown, text: "Luna had her fit-to-fly check today.", notified: false },
    });
    await recordBookingEvent(getDb(), {
      bookingId: booking.id,
      actorId: team.staff.id,
      type: "customer_update",
      data: { updateId: withdrawn, text: "Posted on the wrong booking.", notified: false },
    });
    await recordBookingEvent(getDb(), {
      bookingId: booking.id,
      actorId: team.staff.id,
      type: "customer_update_withdrawn",
      data: { updateId: withdrawn },
    });
    return { ...booking, canary, updateId: shown };
  }

  it("shows the journey for the right email in any case, and nothing personal", async () => {
    const booking = await followedBooking();
    const response = await post({
      reference: booking.reference,
      email: `  ${booking.body.customer.email.toUpperCase()} `,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(response.headers.get("cache-control")).toBe("no-store");
    const text = await response.text();
    const journey = JSON.parse(text) as PublicJourney;
    expect(journey).toMatchObject({
      reference: booking.reference,
      status: "flight_booked",
      customerFirstName: "Sara",
      pets: [
        { name: "Luna", species: "cat" },
        { name: "Max", species: "dog" },
      ],
      route: { originCity: "Dubai", destinationCity: "London" },
      flight: { flightNumber: "EK 1", airWaybill: "176-12345675" },
      flightTimeZones: { departure: "Asia/Dubai", arrival: "Europe/London" },
      updates: [{ id: booking.updateId, text: "Luna had her fit-to-fly check today." }],
    });
    expect(journey.steps.find((step) => step.current)?.key).toBe("flight_booked");
    expect(journey.steps.find((step) => step.key === "confirmed")?.at).not.toBeNull();
    expect(Object.keys(journey).sort()).toEqual(
      [
        "contact",
        "customerFirstName",
        "flight",
        "flightTimeZones",
        "pets",
        "reference",
        "route",
        "status",
        "steps",
        "travelDate",
        "updates",
        "version",
      ].sort(),
    );
    expect(Object.keys(journey.contact)).toEqual(["company"]);
    const lowered = text.toLowerCase();
    for (const secret of [
      booking.body.customer.email,
      booking.body.customer.phone,
      booking.body.customer.whatsapp ?? "",
      "Canarysurname",
      booking.canary,
      "Posted on the wrong booking.",
      "784098100654321",
      booking.customerId,
      booking.id,
    ].filter(Boolean)) {
      expect(lowered).not.toContain(secret.toLowerCase());
    }
    for (const pet of journey.pets) expect(Object.keys(pet).sort()).toEqual(["name", "species"]);
  });

  it("answers an unknown reference, a wrong email, a deleted booking and nonsense with the same 404", async () => {
    const booking = await newBooking();
    const deleted = await newBooking();
    await deleteBooking({ db: getDb(), actor: team.admin, reference: deleted.reference });
    const answers = await Promise.all(
      [
        { reference: booking.reference, email: "someone.else@example.com" },
        { reference: "PP-2026-99999", email: booking.body.customer.email },
        { reference: deleted.reference, email: deleted.body.customer.email },
        { reference: "<script>alert(1)</script>", email: booking.body.customer.email },
        { reference: "PP-2026-00001\u0000", email: booking.body.customer.email },
      ].map(async (body) => {
        const response = await post(body);
        return { status: response.status, body: await response.text() };
      }),
    );
    const expected = {
      status: 404,
      body: JSON.stringify({ error: { code: "NOT_FOUND", message: TRACK_NOT_FOUND_MESSAGE } }),
    };
    for (const answer of answers) expect(answer).toEqual(expected);
  });

  it("names the fields of a bad body (400)", async () => {
    const response = await post({ reference: "", email: "not an email" });
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: { code: string; fields: Record<string, string> } };
    expect(error.code).toBe("VALIDATION");
    expect(Object.keys(error.fields).sort()).toEqual(["email", "reference"]);
    expect((await post({ reference: "PP-2026-00042", email: "a@b.co", extra: 1 })).status).toBe(400);
  });

  it("answers the marketing site's preflight and refuses other origins", async () => {
    const allowed = await trackPreflight(
      new Request(`${origin}/api/v1/track`, { method: "OPTIONS", headers: { origin: "https://www.pawpathsae.com" } }),
    );
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://www.pawpathsae.com");
    expect(allowed.headers.get("access-control-allow-methods")).toBe("POST, OPTIONS");
    const refused = await post({ reference: "PP-2026-00042", email: "a@b.co" }, uniqueIp(), {
      origin: "https://evil.example",
    });
    expect(refused.status).toBe(403);
  });

  it("refuses the 11th request from one address within the window, lookups and links together", async () => {
    const ip = uniqueIp();
    const booking = await newBooking();
    for (let attempt = 1; attempt <= 9; attempt += 1) {
      // A different unknown reference each time: only the address's limit is in play.
      const response = await post({ reference: `PP-2026-${String(90000 + attempt)}`, email: "who@example.com" }, ip);
      expect(response.status).toBe(404);
    }
    expect((await openLink(trackUrl(booking.reference, booking.customerId), ip)).status).toBe(200);
    const refused = await post({ reference: booking.reference, email: booking.body.customer.email }, ip);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(600);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("RATE_LIMITED");
    expect((await openLink(trackUrl(booking.reference, booking.customerId), ip)).status).toBe(429);
    // Another address is not affected.
    expect((await post({ reference: booking.reference, email: booking.body.customer.email })).status).toBe(200);
  });

  it("locks a reference after 5 wrong emails from any addresses, the right email included", async () => {
    const booking = await newBooking();
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const response = await post({ reference: booking.reference, email: `guess${attempt}@example.com` });
      expect(response.status).toBe(404);
    }
    const sixth = await post({ reference: booking.reference, email: "guess6@example.com" });
    expect(sixth.status).toBe(429);
    expect(Number(sixth.headers.get("retry-after"))).toBeGreaterThan(600);
    const right = await post({ reference: booking.reference, email: booking.body.customer.email });
    expect(right.status).toBe(429);
    expect(Number(right.headers.get("retry-after"))).toBeGreaterThan(0);
    // The emailed link still opens it: it is not guessable.
    expect((await openLink(trackUrl(booking.reference, booking.customerId))).status).toBe(200);
    // An unknown reference is locked the same way: nothing tells it apart.
    const unknown = "PP-2026-88888";
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      expect((await post({ reference: unknown, email: "who@example.com" })).status).toBe(404);
    }
    expect((await post({ reference: unknown, email: "who@example.com" })).status).toBe(429);
  });

  it("opens the emailed link; a tampered one, another booking's, and one 31 days after completion are 404", async () => {
    const booking = await followedBooking();
    const other = await newBooking();
    const link = trackUrl(booking.reference, booking.customerId);
    expect(link).toMatch(new RegExp(`^${origin}/track\\?r=${booking.reference}&t=[A-Za-z0-9_-]{43}$`));
    const opened = await openLink(link);
    expect(opened.status).toBe(200);
    const journey = (await opened.json()) as PublicJourney;
    const byEmail = (await (
      await post({ reference: booking.reference, email: booking.body.customer.email })
    ).json()) as PublicJourney;
    expect(journey).toEqual(byEmail);

    const token = new URL(link).searchParams.get("t")!;
    const tampered = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
    const notFound = JSON.stringify({ error: { code: "NOT_FOUND", message: TRACK_NOT_FOUND_MESSAGE } });
    for (const wrong of [
      `${origin}/track?r=${booking.reference}&t=${tampered}`,
      `${origin}/track?r=${booking.reference}&t=`,
      `${origin}/track?r=${other.reference}&t=${token}`,
      trackUrl(booking.reference, other.customerId),
      `${origin}/track?r=PP-2026-99999&t=${token}`,
    ]) {
      const response = await openLink(wrong);
      expect({ link: wrong, status: response.status, body: await response.text() }).toEqual({
        link: wrong,
        status: 404,
        body: notFound,
      });
    }

    await moveTo(booking.reference, "completed");
    expect((await openLink(link)).status).toBe(200);
    const at = (days: number) => new Date(Date.now() + days * DAY);
    const byLink = (now: Date) =>
      trackBookingByLink({ db: getDb(), clientIp: uniqueIp(), reference: booking.reference, token, now });
    await expect(byLink(at(29))).resolves.toMatchObject({ status: "completed" });
    await expect(byLink(at(31))).rejects.toMatchObject({ code: "NOT_FOUND", message: TRACK_NOT_FOUND_MESSAGE });
    // As the clock will see it: the completion 31 days ago.
    await getDb().execute(
      sql`update booking_events set created_at = now() - interval '31 days'
          where booking_id = ${booking.id} and type = 'status_changed'`,
    );
    const expired = await openLink(link);
    expect(expired.status).toBe(404);
    expect(await expired.text()).toBe(notFound);
    const byEmailExpired = await post({ reference: booking.reference, email: booking.body.customer.email });
    expect(byEmailExpired.status).toBe(404);
    expect(await byEmailExpired.text()).toBe(notFound);
  });

  it(`keeps ${XSS_PAYLOADS.length} XSS payloads in names as text: a surname never appears, a pet's name only as its name`, async () => {
    for (const [index, payload] of XSS_PAYLOADS.entries()) {
      const petName = XSS_PAYLOADS[(index + 1) % XSS_PAYLOADS.length]!.slice(0, 100);
      const booking = await newBooking((body) => {
        body.customer.name = `Sara ${payload}`;
        body.pets[0]!.name = petName;
      });
      const response = await post({ reference: booking.reference, email: booking.body.customer.email });
      expect(response.status, payload).toBe(200);
      expect(response.headers.get("content-type")).toContain("application/json");
      const journey = (await response.json()) as PublicJourney;
      expect(journey.customerFirstName).toBe("Sara");
      expect(journey.pets[0]!.name.trim()).toBe(petName.trim());
      const elsewhere = stringsIn({ ...journey, pets: [] });
      for (const text of elsewhere) expect(text, payload).not.toContain(payload.trim());
    }
  });

  it("emails the customer a working Follow your booking link; operations' emails carry none", async () => {
    const booking = await newBooking();
    const sent: OutgoingEmail[] = [];
    const transport: EmailTransport = {
      name: "test",
      send: async (email) => {
        sent.push(email);
        return {};
      },
    };
    while ((await processOutboxBatch({ db: getDb(), transport, from: "PawPath <bookings@pawpath.test>" })) > 0);
    const toCustomer = sent.find(
      (email) => email.to === booking.body.customer.email && email.subject.includes(booking.reference),
    );
    const toOperations = sent.find(
      (email) => email.to !== booking.body.customer.email && email.subject.includes(booking.reference),
    );
    expect(toCustomer).toBeDefined();
    expect(toOperations).toBeDefined();
    expect(toCustomer!.text).toContain("Follow your booking");
    const href = /href="([^"]*\/track\?[^"]*)"/.exec(toCustomer!.html)?.[1]?.replaceAll("&amp;", "&");
    expect(href).toBe(trackUrl(booking.reference, booking.customerId));
    const opened = await openLink(href!);
    expect(opened.status).toBe(200);
    expect(((await opened.json()) as PublicJourney).reference).toBe(booking.reference);
    expect(toOperations!.html).not.toContain("/track?");
    expect(toOperations!.text).not.toContain("Follow your booking");

    // The stored data holds no link; the admin's preview shows the email as the customer got it.
    const [message] = await queryRows<{ id: string; data: unknown }>(
      getDb(),
      sql`select id, data from email_outbox where booking_id = ${booking.id} and template = 'booking_received'`,
    );
    expect(JSON.stringify(message!.data)).not.toContain("/track");
    const preview = await getEmail({ db: getDb(), actor: team.admin, id: message!.id });
    expect(preview.rendered.html.replaceAll("&amp;", "&")).toContain(trackUrl(booking.reference, booking.customerId));
  });
});
