import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANY_CHANGE, createPgListen } from "@/db/notifications";
import { queryRows } from "@/db/sql";
import type { Actor } from "@/server/access/actor";
import { changeBookingStatus } from "@/server/bookings/change-status";
import { createBooking } from "@/server/bookings/create-booking";
import { recordBookingEvent } from "@/server/bookings/record-booking-event";
import { getJourney } from "@/server/journey/get-journey";
import { bookingBody } from "@/testing/factories/booking-body";
import { testListen } from "../support/databases";
import { describeEachDatabase } from "../support/each-database";
import { createTeam } from "../support/team";

/** Notifications on `booking_changed` as they arrive, with a way to wait for one. */
async function collectNotifications(listen: ReturnType<typeof testListen>) {
  const received: string[] = [];
  const waiters: (() => void)[] = [];
  const stop = await listen("booking_changed", (payload) => {
    received.push(payload);
    for (const wake of waiters.splice(0)) wake();
  });
  const waitFor = async (payload: string) => {
    while (!received.includes(payload)) await new Promise<void>((resolve) => waiters.push(resolve));
  };
  return { received, waitFor, stop };
}

describeEachDatabase("live journey: booking_changed", (getDb) => {
  let staff: Actor;
  beforeAll(async () => {
    ({ staff } = await createTeam(getDb()));
  });

  async function newBooking() {
    const body = bookingBody();
    const { reference } = await createBooking({ db: getDb(), body, source: "api" });
    const [row] = await queryRows<{ id: string }>(getDb(), sql`select id from bookings where reference = ${reference}`);
    const customer: Actor = {
      id: crypto.randomUUID(),
      name: body.customer.name,
      email: body.customer.email,
      role: "customer",
    };
    return { reference, id: row!.id, customer };
  }

  it("announces a committed status change with the booking's id, and the journey's version moves", async () => {
    const { reference, id, customer } = await newBooking();
    const before = await getJourney({ db: getDb(), actor: customer, reference });
    const notifications = await collectNotifications(testListen(getDb()));
    try {
      await changeBookingStatus({ db: getDb(), actor: staff, reference, input: { status: "confirmed" } });
      await notifications.waitFor(id);
      const after = await getJourney({ db: getDb(), actor: customer, reference });
      expect(after.version).toBeGreaterThan(before.version);
      expect(after.steps.find((step) => step.key === "confirmed")).toMatchObject({ current: true });
      expect(after.steps.find((step) => step.key === "confirmed")?.at).not.toBeNull();
    } finally {
      await notifications.stop();
    }
  });

  it("announces nothing for a change that rolls back", async () => {
    const rolledBack = await newBooking();
    const committed = await newBooking();
    const notifications = await collectNotifications(testListen(getDb()));
    try {
      await getDb()
        .transaction(async (tx) => {
          await recordBookingEvent(tx, {
            bookingId: rolledBack.id,
            actorId: staff.id,
            type: "customer_update",
            data: { updateId: crypto.randomUUID(), text: "Never sent", notified: false },
          });
          throw new Error("roll back");
        })
        .catch(() => undefined);
      // A later, committed change arrives; the rolled-back one, written before it, never did.
      await changeBookingStatus({
        db: getDb(),
        actor: staff,
        reference: committed.reference,
        input: { status: "confirmed" },
      });
      await notifications.waitFor(committed.id);
      expect(notifications.received).not.toContain(rolledBack.id);
    } finally {
      await notifications.stop();
    }
  });
});

describe.runIf(process.env.TEST_DATABASE_URL)("live journey across processes [postgres]", () => {
  // Two app servers on one database: each has its own listening connection.
  const url = process.env.TEST_DATABASE_URL!;
  const first = createPgListen(url);
  const second = createPgListen(url);
  afterAll(async () => {
    await Promise.all([first.closeAll(), second.closeAll()]);
  });

  it("delivers an event committed on one connection to listeners on two others", async () => {
    const one = await collectNotifications(first.listen);
    const two = await collectNotifications(second.listen);
    const pg = await import("pg");
    const writer = new pg.default.Client({ connectionString: url });
    await writer.connect();
    try {
      const payload = crypto.randomUUID();
      await writer.query("begin");
      await writer.query("select pg_notify('booking_changed', $1)", [payload]);
      expect(one.received).not.toContain(payload);
      await writer.query("commit");
      await Promise.all([one.waitFor(payload), two.waitFor(payload)]);
      expect(one.received).not.toContain(ANY_CHANGE);
    } finally {
      await writer.end();
    }
  });
});
