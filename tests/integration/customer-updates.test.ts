import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { bookingDocuments } from "@/db/schema";
import { queryRows } from "@/db/sql";
import type { Database } from "@/db/types";
import type { DocumentStatus } from "@/lib/enum-values";
import { MAX_CUSTOMER_UPDATE_LENGTH } from "@/contracts/journey/customer-update";
import type { Actor } from "@/server/access/actor";
import { createBooking } from "@/server/bookings/create-booking";
import { postCustomerUpdate } from "@/server/customer-updates/post-customer-update";
import { withdrawCustomerUpdate } from "@/server/customer-updates/withdraw-customer-update";
import { renderEmail } from "@/server/email/render-email";
import { AppError } from "@/server/errors";
import { getJourney } from "@/server/journey/get-journey";
import { bookingDocumentKey } from "@/server/storage/storage-keys";
import { bookingBody } from "@/testing/factories/booking-body";
import { XSS_PAYLOADS } from "../fixtures/xss-payloads";
import { describeEachDatabase } from "../support/each-database";
import { createTeam, type Team } from "../support/team";

/** The AppError a promise is refused with (fails the test when it is fulfilled or fails otherwise). */
async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describeEachDatabase("updates for the customer", (getDb) => {
  let team: Team;
  beforeAll(async () => {
    team = await createTeam(getDb());
  });

  /** A fresh booking, its id, and its customer as the portal's actor. */
  async function newBooking() {
    const body = bookingBody();
    const { reference } = await createBooking({ db: getDb(), body, source: "api" });
    const [row] = await queryRows<{ id: string }>(getDb(), sql`select id from bookings where reference = ${reference}`);
    const customer: Actor = {
      id: randomUUID(),
      name: body.customer.name,
      email: body.customer.email,
      role: "customer",
    };
    return { reference, bookingId: row!.id, customer };
  }

  /** A document of the booking as the upload's check leaves it (the bytes are not needed here). */
  async function document(
    db: Database,
    bookingId: string,
    {
      contentType = "image/jpeg",
      status = "ready",
      deleted = false,
    }: { contentType?: string; status?: DocumentStatus; deleted?: boolean } = {},
  ) {
    const id = randomUUID();
    await db.insert(bookingDocuments).values({
      id,
      bookingId,
      kind: "other",
      displayName: contentType === "application/pdf" ? "crate.pdf" : "luna-at-the-vet.jpg",
      contentType,
      sizeBytes: 1234,
      storageKey: bookingDocumentKey(bookingId, id),
      status,
      uploadedBy: team.staff.id,
      uploadedVia: "back_office",
      deletedAt: deleted ? new Date() : null,
    });
    return id;
  }

  async function journeyUpdateEmails(bookingId: string) {
    return queryRows<{ to_address: string; data: unknown; idempotency_key: string }>(
      getDb(),
      sql`select to_address, data, idempotency_key from email_outbox
          where booking_id = ${bookingId} and template = 'journey_update'`,
    );
  }

  it("shows staff's updates on the customer's journey, newest first, with the photo's link", async () => {
    const { reference, bookingId, customer } = await newBooking();
    const photoId = await document(getDb(), bookingId);
    const first = await postCustomerUpdate({
      db: getDb(),
      actor: team.staff,
      reference,
      input: { text: "  Luna arrived at the vet.  ", notifyCustomer: false },
    });
    const second = await postCustomerUpdate({
      db: getDb(),
      actor: team.staff,
      reference,
      input: { text: "Her crate is ready.", photoDocumentId: photoId, notifyCustomer: false },
    });
    expect(first).toEqual({ id: expect.any(String), at: expect.any(String), text: "Luna arrived at the vet." });
    expect(second.photo).toEqual({ documentId: photoId, name: "luna-at-the-vet.jpg" });

    const [event] = await queryRows<{ type: string; data: unknown; actor_id: string }>(
      getDb(),
      sql`select type, data, actor_id from booking_events where booking_id = ${bookingId} and type = 'customer_update' order by id desc limit 1`,
    );
    expect(event).toEqual({
      type: "customer_update",
      actor_id: team.staff.id,
      data: { updateId: second.id, text: "Her crate is ready.", photoDocumentId: photoId, notified: false },
    });

    const journey = await getJourney({ db: getDb(), actor: customer, reference });
    expect(journey.updates.map((update) => update.text)).toEqual(["Her crate is ready.", "Luna arrived at the vet."]);
    expect(journey.updates[0]).toMatchObject({ id: second.id, at: second.at });
    expect(journey.updates[0]!.photo).toMatchObject({ name: "luna-at-the-vet.jpg", url: expect.any(String) });
    expect(journey.updates[1]!.photo).toBeUndefined();
    expect(await journeyUpdateEmails(bookingId)).toEqual([]);
  });

  it("queues exactly one journey_update email to the customer when asked", async () => {
    const { reference, bookingId, customer } = await newBooking();
    const photoId = await document(getDb(), bookingId, { contentType: "image/png" });
    const posted = await postCustomerUpdate({
      db: getDb(),
      actor: team.admin,
      reference,
      input: { text: "Luna is checked in for her flight.", photoDocumentId: photoId, notifyCustomer: true },
    });
    const emails = await journeyUpdateEmails(bookingId);
    expect(emails).toEqual([
      {
        to_address: customer.email,
        idempotency_key: `journey-update/${posted.id}`,
        data: {
          booking: { reference, customerName: customer.name },
          text: "Luna is checked in for her flight.",
          hasPhoto: true,
        },
      },
    ]);
    const email = await renderEmail("journey_update", emails[0]!.data);
    expect(email.subject).toBe(`An update on your booking ${reference}`);
    expect(email.text).toContain("Luna is checked in for her flight.");
    expect(email.text).toContain(reference);
    expect(email.text).toContain("A photo is on your booking page.");
    const [event] = await queryRows<{ notified: boolean }>(
      getDb(),
      sql`select (data->>'notified')::boolean as notified from booking_events
          where booking_id = ${bookingId} and type = 'customer_update'`,
    );
    expect(event!.notified).toBe(true);
  });

  describe("refuses bad input with a 400 naming the field, and records nothing", () => {
    it("text: empty, blank, or past 1,000 characters (1,000 is fine)", async () => {
      const { reference, bookingId } = await newBooking();
      for (const text of ["", "   \n ", "x".repeat(MAX_CUSTOMER_UPDATE_LENGTH + 1)]) {
        const error = await refusal(
          postCustomerUpdate({ db: getDb(), actor: team.staff, reference, input: { text, notifyCustomer: true } }),
        );
        expect(error.code).toBe("VALIDATION");
        expect(Object.keys(error.fields ?? {})).toEqual(["text"]);
      }
      const [count] = await queryRows<{ count: number }>(
        getDb(),
        sql`select count(*)::int as count from booking_events where booking_id = ${bookingId} and type = 'customer_update'`,
      );
      expect(count!.count).toBe(0);
      expect(await journeyUpdateEmails(bookingId)).toEqual([]);
      const longest = "x".repeat(MAX_CUSTOMER_UPDATE_LENGTH);
      const posted = await postCustomerUpdate({
        db: getDb(),
        actor: team.staff,
        reference,
        input: { text: longest, notifyCustomer: false },
      });
      expect(posted.text).toBe(longest);
    });

    it("photoDocumentId: another booking's photo, a PDF, a deleted or unchecked image, or no uuid", async () => {
      const { reference, bookingId } = await newBooking();
      const other = await newBooking();
      const refused = [
        await document(getDb(), other.bookingId),
        await document(getDb(), bookingId, { contentType: "application/pdf" }),
        await document(getDb(), bookingId, { deleted: true }),
        await document(getDb(), bookingId, { status: "pending" }),
        randomUUID(),
        "not-a-uuid",
      ];
      for (const photoDocumentId of refused) {
        const error = await refusal(
          postCustomerUpdate({
            db: getDb(),
            actor: team.staff,
            reference,
            input: { text: "A photo of Luna", photoDocumentId, notifyCustomer: true },
          }),
        );
        expect(error.code).toBe("VALIDATION");
        expect(Object.keys(error.fields ?? {})).toEqual(["photoDocumentId"]);
      }
      expect(await journeyUpdateEmails(bookingId)).toEqual([]);
    });
  });

  it("answers a customer 404, even on their own booking; staff cannot withdraw", async () => {
    const { reference, customer } = await newBooking();
    const asCustomer = await refusal(
      postCustomerUpdate({ db: getDb(), actor: customer, reference, input: { text: "Hi", notifyCustomer: false } }),
    );
    expect(asCustomer.code).toBe("NOT_FOUND");
    const posted = await postCustomerUpdate({
      db: getDb(),
      actor: team.staff,
      reference,
      input: { text: "Posted by staff", notifyCustomer: false },
    });
    expect(
      (await refusal(withdrawCustomerUpdate({ db: getDb(), actor: customer, reference, updateId: posted.id }))).code,
    ).toBe("NOT_FOUND");
    expect(
      (await refusal(withdrawCustomerUpdate({ db: getDb(), actor: team.staff, reference, updateId: posted.id }))).code,
    ).toBe("FORBIDDEN");
    expect((await getJourney({ db: getDb(), actor: customer, reference })).updates).toHaveLength(1);
  });

  it("lets an admin withdraw an update: gone from the journey; a second withdrawal or an unknown id is 404", async () => {
    const { reference, bookingId, customer } = await newBooking();
    const kept = await postCustomerUpdate({
      db: getDb(),
      actor: team.staff,
      reference,
      input: { text: "Right", notifyCustomer: false },
    });
    const wrong = await postCustomerUpdate({
      db: getDb(),
      actor: team.staff,
      reference,
      input: { text: "Wrong booking, sorry", notifyCustomer: false },
    });
    await withdrawCustomerUpdate({ db: getDb(), actor: team.admin, reference, updateId: wrong.id });
    expect((await getJourney({ db: getDb(), actor: customer, reference })).updates.map((update) => update.id)).toEqual([
      kept.id,
    ]);
    const [withdrawn] = await queryRows<{ data: unknown; actor_id: string }>(
      getDb(),
      sql`select data, actor_id from booking_events where booking_id = ${bookingId} and type = 'customer_update_withdrawn'`,
    );
    expect(withdrawn).toEqual({ data: { updateId: wrong.id }, actor_id: team.admin.id });
    for (const updateId of [wrong.id, randomUUID(), "not-a-uuid"]) {
      const error = await refusal(withdrawCustomerUpdate({ db: getDb(), actor: team.admin, reference, updateId }));
      expect(error.code).toBe("NOT_FOUND");
    }
    // An update of another booking is not this booking's.
    const other = await newBooking();
    const error = await refusal(
      withdrawCustomerUpdate({ db: getDb(), actor: team.admin, reference: other.reference, updateId: kept.id }),
    );
    expect(error.code).toBe("NOT_FOUND");
  });

  it(`stores ${XSS_PAYLOADS.length} XSS payloads exactly, and the email shows them as text`, async () => {
    const { reference, bookingId, customer } = await newBooking();
    const baseline = await renderEmail("journey_update", {
      booking: { reference, customerName: customer.name },
      text: "Plain words",
      hasPhoto: false,
    });
    const tagsOf = (html: string) => (html.match(/<[a-z!?/][^\s>/]*/gi) ?? []).map((tag) => tag.toLowerCase()).sort();
    for (const payload of XSS_PAYLOADS) {
      const text = payload.trim();
      const posted = await postCustomerUpdate({
        db: getDb(),
        actor: team.staff,
        reference,
        input: { text: payload, notifyCustomer: true },
      });
      expect(posted.text).toBe(text);
      const [email] = await queryRows<{ data: unknown }>(
        getDb(),
        sql`select data from email_outbox where idempotency_key = ${`journey-update/${posted.id}`}`,
      );
      const rendered = await renderEmail("journey_update", email!.data);
      expect(tagsOf(rendered.html)).toEqual(tagsOf(baseline.html));
      expect(rendered.html).not.toMatch(/<[^>]*\son\w+\s*=/i);
      expect(rendered.html).not.toMatch(/<[^>]*\s(href|src|action)\s*=\s*["']?\s*(javascript|data|vbscript):/i);
      expect(rendered.text.replace(/\s+/g, " ")).toContain(text.replace(/\s+/g, " ").slice(0, 40));
    }
    const journey = await getJourney({ db: getDb(), actor: customer, reference });
    expect(journey.updates.map((update) => update.text)).toEqual(
      [...XSS_PAYLOADS].map((payload) => payload.trim()).reverse(),
    );
    const [count] = await queryRows<{ count: number }>(
      getDb(),
      sql`select count(*)::int as count from email_outbox where booking_id = ${bookingId} and template = 'journey_update'`,
    );
    expect(count!.count).toBe(XSS_PAYLOADS.length);
  });
});
