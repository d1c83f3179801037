import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { GET as getBookingRoute } from "@/app/api/v1/bookings/[reference]/route";
import { GET as exportGet } from "@/app/api/v1/bookings/export/route";
import { GET as listGet } from "@/app/api/v1/bookings/route";
import { GET as myBookingsGet } from "@/app/api/v1/me/bookings/route";
import { queryRows } from "@/db/sql";
import { emailTemplates, type EmailTemplateName } from "@/emails/registry";
import type { Actor } from "@/server/access/actor";
import { getBookingTimeline } from "@/server/bookings/booking-timeline";
import { changeBookingStatus } from "@/server/bookings/change-status";
import { createBooking } from "@/server/bookings/create-booking";
import { addBookingNote, listBookingNotes } from "@/server/bookings/notes";
import { updateBooking } from "@/server/bookings/update-booking";
import { renderEmail } from "@/server/email/render-email";
import { bookingBody } from "@/testing/factories/booking-body";
import { XSS_PAYLOADS } from "../fixtures/xss-payloads";
import { describeEachDatabase } from "../support/each-database";
import { createMember, createTeam } from "../support/team";
import { routesUseDatabase } from "../support/route-database";

const origin = "http://localhost:3000";
const password = "a perfectly fine password";

const flight = {
  airline: "Emirates",
  flightNumber: "EK 1",
  departureAirport: "DXB",
  departureTime: "2027-03-14T02:35:00+04:00",
  arrivalAirport: "LHR",
  arrivalTime: "2027-03-14T06:40:00Z",
};

beforeAll(() => {
  process.env.APP_URL = origin;
});

describeEachDatabase("internal notes and stored XSS", (getDb) => {
  routesUseDatabase(getDb);
  let admin: Actor;
  let staffCookie = "";
  let customerCookie = "";
  let reference = "";
  let bookingId = "";
  const secret = `Waiting for vet records ${randomUUID()}`;
  const customerEmail = `notes.owner.${Date.now()}@example.com`;

  beforeAll(async () => {
    const db = getDb();
    const team = await createTeam(db, { admin: { name: "Amira" }, staff: { name: "Sara" }, password });
    admin = team.admin;
    const customer = await createMember(db, "customer", { name: "Owner", email: customerEmail, password });
    const body = bookingBody();
    body.customer.email = customerEmail;
    reference = (await createBooking({ db, body, source: "api" })).reference;
    bookingId = (await queryRows<{ id: string }>(db, sql`select id from bookings where reference = ${reference}`))[0]!
      .id;
    await addBookingNote({ db, actor: admin, reference, input: { body: `${secret}\nsecond line` } });
    // Every status email, so that each template is rendered with this booking.
    for (const status of ["confirmed", "in_progress", "flight_booked", "completed"]) {
      await changeBookingStatus({
        db,
        actor: admin,
        reference,
        input: { status, ...(status === "flight_booked" ? { flight } : {}) },
      });
    }
    staffCookie = await team.staff.sessionCookie();
    customerCookie = await customer.sessionCookie();
  });

  it("keeps the note's text, line breaks included, for the team", async () => {
    const notes = await listBookingNotes({ db: getDb(), actor: admin, reference });
    expect(notes[0]!.body).toBe(`${secret}\nsecond line`);
  });

  it("never shows a note in the customer's API answers, the team's booking resource, the CSV, the timeline or any email", async () => {
    const bodies = [
      await (
        await getBookingRoute(
          new Request(`${origin}/api/v1/bookings/${reference}`, { headers: { cookie: customerCookie } }),
          { params: Promise.resolve({ reference }) },
        )
      ).text(),
      await (
        await myBookingsGet(new Request(`${origin}/api/v1/me/bookings`, { headers: { cookie: customerCookie } }))
      ).text(),
      await (
        await getBookingRoute(
          new Request(`${origin}/api/v1/bookings/${reference}`, { headers: { cookie: staffCookie } }),
          { params: Promise.resolve({ reference }) },
        )
      ).text(),
      await (
        await listGet(new Request(`${origin}/api/v1/bookings?q=${reference}`, { headers: { cookie: staffCookie } }))
      ).text(),
      await (
        await exportGet(
          new Request(`${origin}/api/v1/bookings/export?q=${reference}`, { headers: { cookie: staffCookie } }),
        )
      ).text(),
      JSON.stringify(await getBookingTimeline({ db: getDb(), actor: admin, bookingId })),
    ];
    expect(bodies[0]).toContain(reference);
    expect(bodies[4]).toContain(reference);
    for (const body of bodies) expect(body).not.toContain("vet records");

    const emails = await queryRows<{ template: string; data: unknown }>(
      getDb(),
      sql`select template, data from email_outbox where booking_id = ${bookingId}`,
    );
    expect(new Set(emails.map((email) => email.template))).toEqual(
      new Set([
        "booking_received",
        "new_booking",
        "booking_confirmed",
        "booking_in_progress",
        "flight_booked",
        "booking_completed",
      ]),
    );
    for (const email of emails) {
      const rendered = await renderEmail(email.template, email.data);
      expect(JSON.stringify(rendered)).not.toContain("vet records");
    }
    // Templates not sent to this booking yet, rendered with its data too.
    const data = emails.find((email) => email.template === "flight_booked")!.data;
    for (const template of Object.keys(emailTemplates) as EmailTemplateName[]) {
      const rendered = await renderEmail(template, { ...emailTemplates[template].sample, ...(data as object) });
      expect(JSON.stringify(rendered)).not.toContain("vet records");
    }
  });

  it(`stores ${XSS_PAYLOADS.length} XSS payloads in every text field exactly, and emails show them as text`, async () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(50);
    const harmless = bookingBody();
    const [baselineRow] = await queryRows<{ data: unknown }>(
      getDb(),
      sql`select o.data from email_outbox o join bookings b on b.id = o.booking_id
          where b.reference = ${(await createBooking({ db: getDb(), body: { ...harmless, specialRequests: "Plain words" }, source: "api" })).reference}
          and o.template = 'booking_received'`,
    );
    const baseline = await renderEmail("booking_received", baselineRow!.data);
    for (const payload of XSS_PAYLOADS) {
      const body = bookingBody();
      body.customer.name = payload;
      body.route.originCity = payload;
      body.route.destinationCity = payload;
      body.pets[0]!.name = payload.slice(0, 100);
      body.pets[0]!.breed = payload.slice(0, 100);
      body.pets[0]!.notes = payload;
      body.specialRequests = payload;
      const created = await createBooking({ db: getDb(), body, source: "api" }).catch((error) => {
        throw new Error(`${JSON.stringify(payload)}: ${JSON.stringify(error.fields)}`);
      });
      await addBookingNote({ db: getDb(), actor: admin, reference: created.reference, input: { body: payload } });
      const [current] = await queryRows<{ version: number }>(
        getDb(),
        sql`select version from bookings where reference = ${created.reference}`,
      );
      await updateBooking({
        db: getDb(),
        actor: admin,
        reference: created.reference,
        input: { version: current!.version, specialRequests: `${payload} (edited)` },
      });

      const resource = await (
        await getBookingRoute(
          new Request(`${origin}/api/v1/bookings/${created.reference}`, { headers: { cookie: staffCookie } }),
          {
            params: Promise.resolve({ reference: created.reference }),
          },
        )
      ).json();
      expect(resource.customer.name).toBe(payload);
      expect(resource.route.originCity).toBe(payload);
      expect(resource.pets[0].name).toBe(payload.slice(0, 100));
      expect(resource.pets[0].notes).toBe(payload);
      expect(resource.specialRequests).toBe(`${payload} (edited)`);
      expect((await listBookingNotes({ db: getDb(), actor: admin, reference: created.reference }))[0]!.body).toBe(
        payload,
      );

      const [received] = await queryRows<{ template: string; data: unknown }>(
        getDb(),
        sql`select o.template, o.data from email_outbox o join bookings b on b.id = o.booking_id where b.reference = ${created.reference} and o.template = 'booking_received'`,
      );
      const email = await renderEmail(received!.template, received!.data);
      // The HTML carries the text escaped: no tag or attribute from the payload survives as markup.
      const tagsOf = (html: string) => (html.match(/<[a-z!?/][^\s>/]*/gi) ?? []).map((tag) => tag.toLowerCase()).sort();
      expect(tagsOf(email.html)).toEqual(tagsOf(baseline.html));
      expect(email.html).not.toMatch(/<[^>]*\son\w+\s*=/i);
      expect(email.html).not.toMatch(/<[^>]*\s(href|src|action)\s*=\s*["']?\s*(javascript|data|vbscript):/i);
      expect(email.text.replace(/\s+/g, " ")).toContain(payload.replace(/\s+/g, " ").trim().slice(0, 40));
      expect(email.subject).not.toMatch(/[\r\n]/);
    }
  });
});
