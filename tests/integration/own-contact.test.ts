import { sql } from "drizzle-orm";
import { beforeAll, expect, it, vi } from "vitest";
import { updateContact } from "@/actions/portal";
import { PATCH } from "@/app/api/v1/me/contact/route";
import { queryRows } from "@/db/sql";
import { bookingSearchText } from "@/lib/search-text";
import { createBooking } from "@/server/bookings/create-booking";
import { findBookings, parseBookingListQuery } from "@/server/bookings/find-bookings";
import { getOwnContact, updateOwnContact } from "@/server/journey/update-own-contact";
import { bookingBody } from "@/testing/factories/booking-body";
import { uniqueIp } from "../support/api-request";
import { describeEachDatabase } from "../support/each-database";
import { routesUseDatabase } from "../support/route-database";
import { TEST_ORIGIN } from "../support/session";
import { createMember, createTeam, type Member } from "../support/team";

// PATCH /api/v1/me/contact: a customer corrects their phone, WhatsApp or preferred contact. The row, the
// search text of their bookings and a contact_changed event on each live booking change together, or nothing does.

const patch = (body: unknown, headers: Record<string, string> = {}) =>
  PATCH(
    new Request(`${TEST_ORIGIN}/api/v1/me/contact`, {
      method: "PATCH",
      headers: { "content-type": "application/json", "x-forwarded-for": uniqueIp(), ...headers },
      body: JSON.stringify(body),
    }),
  );

// The portal form's server action reads the request's headers through next/headers.
const request = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("next/headers", () => ({ headers: async () => request.headers }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

type CustomerRow = { id: string; phone: string; whatsapp: string | null; preferred_contact: string; full_name: string };

beforeAll(() => {
  process.env.APP_URL = TEST_ORIGIN;
});

describeEachDatabase("the customer's contact details", (getDb) => {
  routesUseDatabase(getDb);
  let staff: Member;

  const customerRow = async (email: string) =>
    (
      await queryRows<CustomerRow>(
        getDb(),
        sql`select id, phone, whatsapp, preferred_contact, full_name from customers where lower(email) = lower(${email})`,
      )
    )[0]!;

  const contactEvents = async (reference: string) =>
    queryRows<{ data: { changes: { field: string; from: string | null; to: string | null }[] } }>(
      getDb(),
      sql`select e.data from booking_events e join bookings b on b.id = e.booking_id
          where b.reference = ${reference} and e.type = 'contact_changed' order by e.id`,
    );

  /** A customer account with one live booking (phone +971 50 123 4567, WhatsApp, preferring WhatsApp). */
  async function owner() {
    const member = await createMember(getDb(), "customer");
    const { reference } = await createBooking({
      db: getDb(),
      body: bookingBody({ customer: { email: member.email } }),
      source: "api",
    });
    return { member, reference, cookie: await member.sessionCookie() };
  }

  beforeAll(async () => {
    ({ staff } = await createTeam(getDb()));
  });

  it("refuses a bad phone number with 400 naming the field, and changes nothing", async () => {
    const { member, reference, cookie } = await owner();
    const before = await customerRow(member.email);
    const response = await patch({ phone: "12", preferredContact: "phone" }, { cookie, origin: TEST_ORIGIN });
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: { code: string; fields: Record<string, string> } };
    expect(error.code).toBe("VALIDATION");
    expect(error.fields.phone).toMatch(/valid phone number/);
    expect(await customerRow(member.email)).toEqual(before);
    expect(await contactEvents(reference)).toEqual([]);
  });

  it("refuses to change the email (the sign-in identity) or anything else it does not name: 400, nothing changes", async () => {
    const { member, reference, cookie } = await owner();
    const before = await customerRow(member.email);
    const email = await patch({ email: "someone.else@example.com", phone: "+971 55 765 4321" }, { cookie });
    expect(email.status).toBe(400);
    expect(((await email.json()) as { error: { fields: Record<string, string> } }).error.fields.email).toMatch(
      /how you sign in/,
    );
    for (const body of [
      { email: "someone.else@example.com" },
      { phone: "+971 55 765 4321", fullName: "Someone" },
      {},
    ]) {
      const response = await patch(body, { cookie });
      expect(response.status, JSON.stringify(body)).toBe(400);
    }
    expect(await customerRow(member.email)).toEqual(before);
    expect(await contactEvents(reference)).toEqual([]);
  });

  it("saves a good number, keeps every booking findable by it, and tells the team on live bookings only", async () => {
    const { member, reference: live, cookie } = await owner();
    const more = async (change: string) => {
      const { reference } = await createBooking({
        db: getDb(),
        body: bookingBody({ customer: { email: member.email } }),
        source: "api",
      });
      await getDb().execute(sql.raw(`update bookings set ${change} where reference = '${reference}'`));
      return reference;
    };
    const completed = await more("status = 'completed'");
    const cancelled = await more("status = 'cancelled'");
    const deleted = await more("deleted_at = now()");

    const response = await patch(
      { phone: "+971 55 765 4321", preferredContact: "whatsapp" },
      { cookie, origin: TEST_ORIGIN },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({
      email: member.email,
      phone: "+971 55 765 4321",
      whatsapp: "+971501234567",
      preferredContact: "whatsapp",
    });
    const row = await customerRow(member.email);
    expect(row).toMatchObject({ phone: "+971 55 765 4321", preferred_contact: "whatsapp" });

    // Only the phone really changed (WhatsApp was already preferred), and only the live booking says so.
    const [event] = await contactEvents(live);
    expect(event?.data.changes).toEqual([
      { field: "customer.phone", label: "Phone", from: "+971 50 123 4567", to: "+971 55 765 4321" },
    ]);
    for (const reference of [completed, cancelled, deleted]) expect(await contactEvents(reference)).toEqual([]);

    // Every booking's search text is what the app writes for the new number, deleted ones included.
    const texts = await queryRows<{ reference: string; search_text: string; pet: string; microchip: string }>(
      getDb(),
      sql`select b.reference, b.search_text, p.name as pet, p.microchip from bookings b join pets p on p.booking_id = b.id
          where b.customer_id = ${row.id}`,
    );
    expect(texts).toHaveLength(4);
    for (const text of texts)
      expect(text.search_text).toBe(
        bookingSearchText({
          reference: text.reference,
          customerName: row.full_name,
          email: member.email,
          phone: row.phone,
          whatsapp: row.whatsapp,
          pets: [{ name: text.pet, microchip: text.microchip }],
        }),
      );
    for (const q of ["+971 55 765 4321", "557654321"]) {
      const page = await findBookings({
        db: getDb(),
        actor: staff,
        query: parseBookingListQuery({ q, pageSize: "100" }),
      });
      expect(page.items.map((item) => item.reference).sort(), q).toEqual([live, completed, cancelled].sort());
    }
  });

  it("removes the WhatsApp number with null, and records nothing when nothing changes", async () => {
    const { member, reference, cookie } = await owner();
    const removed = await patch({ whatsapp: null, preferredContact: "email" }, { cookie });
    expect(removed.status).toBe(200);
    expect(await customerRow(member.email)).toMatchObject({ whatsapp: null, preferred_contact: "email" });
    expect((await contactEvents(reference)).map((event) => event.data.changes.map((change) => change.field))).toEqual([
      ["customer.whatsapp", "customer.preferredContact"],
    ]);

    const same = await patch({ phone: "+971 50 123 4567", whatsapp: "" }, { cookie });
    expect(same.status).toBe(200);
    expect(await contactEvents(reference)).toHaveLength(1);
    expect(await getOwnContact({ db: getDb(), actor: member })).toMatchObject({
      whatsapp: null,
      phone: "+971 50 123 4567",
    });
  });

  it("answers the portal form's action with the field's error inline, then with the saved details", async () => {
    const { member, reference, cookie } = await owner();
    request.headers = new Headers({ cookie, origin: TEST_ORIGIN });
    const refused = await updateContact({ phone: "call me", whatsapp: "", preferredContact: "phone" });
    expect(refused).toMatchObject({ ok: false, fields: { phone: expect.stringMatching(/valid phone number/) } });
    expect(await contactEvents(reference)).toEqual([]);

    const saved = await updateContact({ phone: "+971 55 765 4321", whatsapp: "", preferredContact: "phone" });
    expect(saved).toEqual({
      ok: true,
      data: { email: member.email, phone: "+971 55 765 4321", whatsapp: null, preferredContact: "phone" },
      message: "Your contact details are saved.",
    });
  });

  it("changes only the caller's own details: customer B's edit never touches A's", async () => {
    const a = await owner();
    const b = await owner();
    const before = await customerRow(a.member.email);
    expect((await patch({ phone: "+971 52 111 2222" }, { cookie: b.cookie })).status).toBe(200);
    expect(await customerRow(a.member.email)).toEqual(before);
    expect(await contactEvents(a.reference)).toEqual([]);
    expect((await customerRow(b.member.email)).phone).toBe("+971 52 111 2222");
  });

  it("asks a visitor to sign in, refuses the team and another site, and answers 404 to an account with no booking", async () => {
    const { member, cookie } = await owner();
    const before = await customerRow(member.email);
    expect((await patch({ phone: "+971 55 765 4321" })).status).toBe(401);
    expect((await patch({ phone: "+971 55 765 4321" }, { cookie: await staff.sessionCookie() })).status).toBe(403);
    expect((await patch({ phone: "+971 55 765 4321" }, { cookie, origin: "https://evil.example" })).status).toBe(403);
    expect(await customerRow(member.email)).toEqual(before);

    const noBooking = await createMember(getDb(), "customer");
    await expect(
      updateOwnContact({ db: getDb(), actor: noBooking, input: { phone: "+971 55 765 4321" } }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
