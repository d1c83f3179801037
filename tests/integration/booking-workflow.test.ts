import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/db/sql";
import { BOOKING_STATUSES } from "@/lib/enum-values";
import type { Actor } from "@/server/access/actor";
import { assignBooking } from "@/server/bookings/assign-booking";
import { bulkChangeStatus } from "@/server/bookings/bulk-actions";
import { changeBookingStatus, updateBookingFlight } from "@/server/bookings/change-status";
import { createBooking } from "@/server/bookings/create-booking";
import { deleteBooking, purgeBooking, purgeExpiredBookings, restoreBooking } from "@/server/bookings/delete-booking";
import { findBookings, parseBookingListQuery } from "@/server/bookings/find-bookings";
import { getBookingTimeline } from "@/server/bookings/booking-timeline";
import { updateBooking } from "@/server/bookings/update-booking";
import { isAllowedTransition, STATUS_EMAIL, type BookingStatus } from "@/contracts/bookings/workflow";
import { bookingBody } from "@/testing/factories/booking-body";
import { describeEachDatabase } from "../support/each-database";
import { createTeam } from "../support/team";

const flight = {
  airline: "Emirates",
  flightNumber: "EK 1",
  departureAirport: "dxb",
  departureTime: "2027-03-14T02:35:00+04:00",
  arrivalAirport: "LHR",
  arrivalTime: "2027-03-14T06:40:00Z",
  airWaybill: "176-12345675",
};

describeEachDatabase("booking record use cases", (getDb) => {
  let admin: Actor;
  let staff: Actor;

  beforeAll(async () => {
    ({ admin, staff } = await createTeam(getDb(), { admin: { name: "Amira" }, staff: { name: "Sara" } }));
  });

  async function newBooking(): Promise<{ reference: string; id: string }> {
    const { reference } = await createBooking({ db: getDb(), body: bookingBody(), source: "api" });
    const [row] = await queryRows<{ id: string }>(getDb(), sql`select id from bookings where reference = ${reference}`);
    return { reference, id: row!.id };
  }

  async function snapshot(id: string) {
    const [row] = await queryRows<{ status: string; version: number; events: number; emails: number }>(
      getDb(),
      sql`select b.status, b.version,
            (select count(*)::int from booking_events e where e.booking_id = b.id) as events,
            (select count(*)::int from email_outbox o where o.booking_id = b.id) as emails
          from bookings b where b.id = ${id}`,
    );
    return row!;
  }

  describe("every (from, to) pair of the workflow", () => {
    for (const from of BOOKING_STATUSES) {
      for (const to of BOOKING_STATUSES) {
        const allowed = isAllowedTransition(from, to);
        it(`${from} → ${to}: ${allowed ? "moves, with one timeline entry and its email" : "is refused and changes nothing"}`, async () => {
          const { reference, id } = await newBooking();
          await getDb().execute(sql`update bookings set status = ${from}::booking_status where id = ${id}`);
          const before = await snapshot(id);
          const change = changeBookingStatus({
            db: getDb(),
            actor: admin,
            reference,
            input: { status: to, notifyCustomer: true, ...(to === "flight_booked" ? { flight } : {}) },
          });
          if (!allowed) {
            await expect(change).rejects.toMatchObject({ code: "CONFLICT" });
            expect(await snapshot(id)).toEqual(before);
            return;
          }
          const result = await change;
          const after = await snapshot(id);
          expect(after.status).toBe(to);
          expect(after.version).toBe(before.version + 1);
          expect(after.events).toBe(before.events + 1);
          expect(after.emails).toBe(before.emails + (STATUS_EMAIL[to as BookingStatus] ? 1 : 0));
          expect(result.emailQueued).toBe(STATUS_EMAIL[to as BookingStatus] !== null);
        });
      }
    }
  });

  it("sends no email when the customer is not to be notified", async () => {
    const { reference, id } = await newBooking();
    const before = await snapshot(id);
    await changeBookingStatus({
      db: getDb(),
      actor: staff,
      reference,
      input: { status: "confirmed", notifyCustomer: false },
    });
    expect((await snapshot(id)).emails).toBe(before.emails);
  });

  it("requires flight details for flight booked, and emails them to the customer", async () => {
    const { reference, id } = await newBooking();
    await getDb().execute(sql`update bookings set status = 'in_progress' where id = ${id}`);
    await expect(
      changeBookingStatus({ db: getDb(), actor: staff, reference, input: { status: "flight_booked" } }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fields: { flight: expect.any(String) },
    });
    await expect(
      changeBookingStatus({
        db: getDb(),
        actor: staff,
        reference,
        input: { status: "flight_booked", flight: { ...flight, departureAirport: "DUBAI" } },
      }),
    ).rejects.toMatchObject({ code: "VALIDATION", fields: { "flight.departureAirport": expect.any(String) } });
    await changeBookingStatus({ db: getDb(), actor: staff, reference, input: { status: "flight_booked", flight } });
    const [email] = await queryRows<{ template: string; data: { flight: typeof flight } }>(
      getDb(),
      sql`select template, data from email_outbox where booking_id = ${id} and template = 'flight_booked'`,
    );
    expect(email!.data.flight).toMatchObject({
      airline: "Emirates",
      flightNumber: "EK 1",
      departureAirport: "DXB",
      airWaybill: "176-12345675",
    });

    await updateBookingFlight({
      db: getDb(),
      actor: staff,
      reference,
      input: { flight: { ...flight, flightNumber: "EK 3" }, notifyCustomer: true },
    });
    // A correction made from an older page is refused rather than silently replacing a colleague's.
    await expect(
      updateBookingFlight({ db: getDb(), actor: staff, reference, input: { flight, version: 1 } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const corrections = await queryRows<{ data: { correction: boolean; flight: { flightNumber: string } } }>(
      getDb(),
      sql`select data from email_outbox where booking_id = ${id} and template = 'flight_booked' and (data->>'correction')::boolean`,
    );
    expect(corrections.map((row) => row.data.flight.flightNumber)).toEqual(["EK 3"]);
  });

  it("lets only admins reopen a cancelled booking", async () => {
    const { reference, id } = await newBooking();
    await changeBookingStatus({ db: getDb(), actor: staff, reference, input: { status: "cancelled" } });
    await expect(
      changeBookingStatus({ db: getDb(), actor: staff, reference, input: { status: "pending" } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await snapshot(id)).status).toBe("cancelled");
    await changeBookingStatus({ db: getDb(), actor: admin, reference, input: { status: "pending" } });
    expect((await snapshot(id)).status).toBe("pending");
  });

  it("commits a status change and its email together or not at all", async () => {
    const { reference, id } = await newBooking();
    const before = await snapshot(id);
    // A real failure between the change and its email: the outbox refuses the insert.
    await getDb().execute(
      sql`create or replace function refuse_outbox() returns trigger language plpgsql as $$ begin raise exception 'outbox unavailable'; end $$`,
    );
    await getDb().execute(
      sql`create trigger refuse_outbox before insert on email_outbox for each row execute function refuse_outbox()`,
    );
    try {
      const failure = await changeBookingStatus({
        db: getDb(),
        actor: staff,
        reference,
        input: { status: "confirmed" },
      }).catch((error: Error) => error);
      expect(String((failure as Error & { cause?: unknown }).cause ?? failure)).toMatch(/outbox unavailable/);
    } finally {
      await getDb().execute(sql`drop trigger refuse_outbox on email_outbox`);
    }
    expect(await snapshot(id)).toEqual(before);
  });

  it("accepts exactly one of 50 concurrent edits made from the same version", async () => {
    const { reference, id } = await newBooking();
    const { version } = await snapshot(id);
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) =>
        updateBooking({
          db: getDb(),
          actor: admin,
          reference,
          input: { version, specialRequests: `Edit number ${i}` },
        }),
      ),
    );
    const succeeded = results.filter((result) => result.status === "fulfilled");
    const refused = results.filter((result): result is PromiseRejectedResult => result.status === "rejected");
    expect(succeeded).toHaveLength(1);
    expect(refused).toHaveLength(49);
    for (const refusal of refused) expect(refusal.reason).toMatchObject({ code: "CONFLICT" });
    expect((await snapshot(id)).version).toBe(version + 1);
  });

  it("refuses a stale edit with what the colleague changed, and keeps their change", async () => {
    const { reference, id } = await newBooking();
    const { version } = await snapshot(id);
    await updateBooking({
      db: getDb(),
      actor: admin,
      reference,
      input: { version, specialRequests: "Colleague's words" },
    });
    const stale = updateBooking({ db: getDb(), actor: admin, reference, input: { version, specialRequests: "Mine" } });
    await expect(stale).rejects.toMatchObject({
      code: "CONFLICT",
      details: { currentVersion: version + 1, changesSince: [expect.objectContaining({ type: "details_changed" })] },
    });
    const [row] = await queryRows<{ special_requests: string }>(
      getDb(),
      sql`select special_requests from bookings where id = ${id}`,
    );
    expect(row!.special_requests).toBe("Colleague's words");
    await expect(
      updateBooking({ db: getDb(), actor: admin, reference, input: { version: 3_000_000_000, specialRequests: "x" } }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fields: { version: expect.any(String) },
    });
    await expect(
      changeBookingStatus({ db: getDb(), actor: admin, reference: "PP-\u0000", input: { status: "confirmed" } }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      updateBooking({ db: getDb(), actor: admin, reference, input: { specialRequests: "No version" } }),
    ).rejects.toMatchObject({
      code: "PRECONDITION_REQUIRED",
    });
    await expect(
      updateBooking({
        db: getDb(),
        actor: admin,
        reference,
        input: { specialRequests: "x" },
        expectedVersion: version,
      }),
    ).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
    });
  });

  it("edits customer, route and pets, lists each change in the timeline, and keeps search current", async () => {
    const { reference, id } = await newBooking();
    const body = bookingBody();
    const [pet] = await queryRows<{ id: string }>(getDb(), sql`select id from pets where booking_id = ${id}`);
    const { version } = await snapshot(id);
    const result = await updateBooking({
      db: getDb(),
      actor: admin,
      reference,
      input: {
        version,
        customer: { ...body.customer, name: "Sara Haddad", phone: "+971 50 765 4321" },
        pets: [
          { ...body.pets[0], id: pet!.id, weightKg: 5.1 },
          { name: "Biscuit", species: "dog" },
        ],
      },
    });
    expect(result.changes.map((change) => change.label)).toEqual(
      expect.arrayContaining(["Customer name", "Phone", "Luna's weight (kg)", "Pet added"]),
    );
    const timeline = await getBookingTimeline({ db: getDb(), actor: staff, bookingId: id });
    const details = timeline.find((entry) => entry.title === "Details changed")!;
    expect(details.actor).toBe("Amira");
    expect(details.lines).toContain("Luna's weight (kg) changed from “4.2” to “5.1”");
    expect(details.lines).toContain("Phone changed from “+971 50 123 4567” to “+971 50 765 4321”");
    const found = await findBookings({
      db: getDb(),
      actor: staff,
      query: parseBookingListQuery({ q: "biscuit haddad" }),
    });
    expect(found.items.map((item) => item.reference)).toEqual([reference]);
    await expect(
      updateBooking({ db: getDb(), actor: staff, reference, input: { version: result.version, specialRequests: "x" } }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("takes partial parts: only the fields that change, validated as a whole", async () => {
    const { reference, id } = await newBooking();
    const [pet] = await queryRows<{ id: string }>(getDb(), sql`select id from pets where booking_id = ${id}`);
    const first = await updateBooking({
      db: getDb(),
      actor: admin,
      reference,
      input: { version: 1, customer: { phone: "+44 20 7946 0958" }, route: { destinationCity: "Manchester" } },
    });
    expect(first.changes.map((change) => change.label)).toEqual(["Phone", "Destination city"]);
    const second = await updateBooking({
      db: getDb(),
      actor: admin,
      reference,
      input: { version: first.version, pets: [{ id: pet!.id, weightKg: 6 }] },
    });
    expect(second.changes).toEqual([expect.objectContaining({ label: "Luna's weight (kg)", from: "4.2", to: "6" })]);
    await expect(
      updateBooking({
        db: getDb(),
        actor: admin,
        reference,
        input: { version: second.version, customer: { phone: "12" } },
      }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fields: { "customer.phone": expect.any(String) },
    });
    await expect(
      updateBooking({
        db: getDb(),
        actor: admin,
        reference,
        input: { version: second.version, pets: [{ id: pet!.id, weightKg: -1 }, { species: "dog" }] },
      }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fields: { "pets.0.weightKg": expect.any(String), "pets.1.name": expect.any(String) },
    });
    await expect(
      updateBooking({
        db: getDb(),
        actor: admin,
        reference,
        input: { version: second.version, route: { travelDate: "2020-01-01" } },
      }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fields: { "route.travelDate": expect.any(String) },
    });
  });

  it("shows each email once on the timeline, with where it stands: sent (and when), or given up on and why", async () => {
    const { id } = await newBooking();
    await getDb().execute(
      sql`update email_outbox set status = 'sent', sent_at = now() where booking_id = ${id} and template = 'booking_received'`,
    );
    await getDb().execute(
      sql`update email_outbox set status = 'dead', attempts = 8, last_error = 'mailbox full' where booking_id = ${id} and template = 'new_booking'`,
    );
    const titles = (await getBookingTimeline({ db: getDb(), actor: staff, bookingId: id })).map((entry) =>
      `${entry.title} ${entry.lines.join(" ")}`.trim(),
    );
    expect(titles.filter((title) => title.startsWith("Email “Booking received (customer)”"))).toEqual([
      expect.stringMatching(/ sent Sent \d{1,2} \w{3} \d{4}, \d{2}:\d{2} Dubai time \(UTC\+04:00\)$/),
    ]);
    expect(titles).toContainEqual(
      expect.stringMatching(/^Email “New booking \(operations\)” to .* could not be sent after 8 tries: mailbox full$/),
    );
  });

  it("assigns, and the 'me' filter finds it", async () => {
    const { reference } = await newBooking();
    await assignBooking({ db: getDb(), actor: staff, reference, input: { assigneeId: staff.id } });
    const mine = await findBookings({
      db: getDb(),
      actor: staff,
      query: parseBookingListQuery({ assignee: "me", pageSize: "100" }),
    });
    expect(mine.items.map((item) => item.reference)).toContain(reference);
    await expect(
      assignBooking({
        db: getDb(),
        actor: staff,
        reference,
        input: { assigneeId: "00000000-0000-4000-8000-000000000000" },
      }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
    });
  });

  it("moves several bookings at once and says which could not move and why", async () => {
    const first = await newBooking();
    const second = await newBooking();
    await changeBookingStatus({
      db: getDb(),
      actor: staff,
      reference: second.reference,
      input: { status: "cancelled" },
    });
    const outcomes = await bulkChangeStatus({
      db: getDb(),
      actor: staff,
      references: [first.reference, second.reference, "PP-1999-00001"],
      input: { status: "confirmed" },
    });
    expect(outcomes).toEqual([
      { reference: first.reference, ok: true },
      { reference: second.reference, ok: false, reason: "A booking that is cancelled cannot move to confirmed" },
      { reference: "PP-1999-00001", ok: false, reason: "No booking PP-1999-00001" },
    ]);
  });

  it("deletes, restores within 30 days, and purges leaving only an audit line", async () => {
    const { reference, id } = await newBooking();
    await expect(deleteBooking({ db: getDb(), actor: staff, reference })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await deleteBooking({ db: getDb(), actor: admin, reference });
    const live = await findBookings({ db: getDb(), actor: staff, query: parseBookingListQuery({ q: reference }) });
    expect(live.items).toHaveLength(0);
    const deleted = await findBookings({
      db: getDb(),
      actor: admin,
      query: parseBookingListQuery({ q: reference, deleted: "true" }),
    });
    expect(deleted.items.map((item) => item.reference)).toEqual([reference]);
    await restoreBooking({ db: getDb(), actor: admin, reference });
    expect(
      (await findBookings({ db: getDb(), actor: staff, query: parseBookingListQuery({ q: reference }) })).items,
    ).toHaveLength(1);

    await deleteBooking({ db: getDb(), actor: admin, reference });
    await getDb().execute(sql`update bookings set deleted_at = now() - interval '31 days' where id = ${id}`);
    await expect(restoreBooking({ db: getDb(), actor: admin, reference })).rejects.toMatchObject({ code: "CONFLICT" });
    await purgeBooking({ db: getDb(), actor: admin, reference });
    const left = await queryRows<{ bookings: number; events: number; emails: number; audit: number }>(
      getDb(),
      sql`select (select count(*)::int from bookings where id = ${id}) as bookings,
                 (select count(*)::int from booking_events where booking_id = ${id}) as events,
                 (select count(*)::int from email_outbox where booking_id = ${id}) as emails,
                 (select count(*)::int from audit_log where action = 'booking_purged' and target_label = ${reference}) as audit`,
    );
    expect(left[0]).toEqual({ bookings: 0, events: 0, emails: 0, audit: 1 });
  });

  it("purges bookings deleted more than 30 days ago, and only those", async () => {
    const expired = await newBooking();
    const recent = await newBooking();
    await deleteBooking({ db: getDb(), actor: admin, reference: expired.reference });
    await deleteBooking({ db: getDb(), actor: admin, reference: recent.reference });
    await getDb().execute(sql`update bookings set deleted_at = now() - interval '31 days' where id = ${expired.id}`);
    await getDb().execute(sql`update bookings set deleted_at = now() - interval '29 days' where id = ${recent.id}`);
    const purged = await purgeExpiredBookings({ db: getDb() });
    expect(purged).toContain(expired.reference);
    expect(purged).not.toContain(recent.reference);
    const [audit] = await queryRows<{ actor_id: string | null }>(
      getDb(),
      sql`select actor_id from audit_log where action = 'booking_purged' and target_label = ${expired.reference}`,
    );
    expect(audit).toEqual({ actor_id: null });
    await restoreBooking({ db: getDb(), actor: admin, reference: recent.reference });
  });
});
