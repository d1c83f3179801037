import { beforeAll, expect, it } from "vitest";
import { GET as listGet } from "@/app/api/v1/bookings/route";
import type { Actor } from "@/server/access/actor";
import { createBooking } from "@/server/bookings/create-booking";
import { findBookings, parseBookingListQuery } from "@/server/bookings/find-bookings";
import { findBookingsTable } from "@/server/bookings/find-bookings-table";
import { bookingBody, petBody } from "@/testing/factories/booking-body";
import { microchipNumber, uniqueEmail } from "@/testing/factories/unique-values";
import { describeEachDatabase } from "../support/each-database";
import { routesUseDatabase } from "../support/route-database";
import { TEST_ORIGIN } from "../support/session";
import { createTeam, type Member } from "../support/team";

// A microchip, an email or a phone number typed whole is looked up exactly on its own index; a part of
// one (or a whole one nobody has) is still found as a fragment of the search text.

const sevenDigits = () => String(Math.floor(1_000_000 + Math.random() * 8_999_999));

beforeAll(() => {
  process.env.APP_URL = TEST_ORIGIN;
});

describeEachDatabase("exact-value search", (getDb) => {
  routesUseDatabase(getDb);
  let staff: Member;
  const owner = { email: uniqueEmail("olivia"), phone: `+971 50 ${sevenDigits()}`, whatsapp: `+97155${sevenDigits()}` };
  const chip = microchipNumber();
  let reference = "";
  // Another customer whose email contains the first one's whole: a fragment search finds both.
  let longerEmailReference = "";

  beforeAll(async () => {
    const db = getDb();
    ({ staff } = await createTeam(db));
    reference = (
      await createBooking({
        db,
        source: "api",
        body: bookingBody({ customer: owner, pets: [petBody({ name: "Pistachio", microchip: chip })] }),
      })
    ).reference;
    longerEmailReference = (
      await createBooking({
        db,
        source: "api",
        body: bookingBody({ customer: { email: `x${owner.email}`, phone: "+971 50 123 4567", whatsapp: undefined } }),
      })
    ).reference;
  });

  const find = async (q: string, actor: Actor = staff) => {
    const page = await findBookings({ db: getDb(), actor, query: parseBookingListQuery({ q, pageSize: "100" }) });
    return { references: page.items.map((item) => item.reference), total: page.total, exact: page.totalIsExact };
  };

  it("finds a booking by its whole microchip, and by a part of it", async () => {
    expect(await find(chip)).toEqual({ references: [reference], total: 1, exact: true });
    expect((await find(` ${chip} `)).references).toEqual([reference]);
    expect((await find(chip.slice(0, 10))).references).toContain(reference);
    expect((await find(chip.slice(5))).references).toContain(reference);
  });

  it("finds a booking by its customer's whole email in any case, and by a part of it", async () => {
    expect(await find(owner.email)).toEqual({ references: [reference], total: 1, exact: true });
    expect((await find(owner.email.toUpperCase())).references).toEqual([reference]);
    // A part of an address (no customer has exactly this one) is searched as text: both customers match.
    const part = owner.email.replace("@example.com", "@example");
    expect((await find(part)).references.sort()).toEqual([reference, longerEmailReference].sort());
    expect((await find(owner.email.split("@")[0]!)).references.sort()).toEqual(
      [reference, longerEmailReference].sort(),
    );
  });

  it("finds a booking by its phone or WhatsApp number however it is punctuated, and by a part of it", async () => {
    const digits = owner.phone.replace(/\D/g, "");
    for (const typed of [owner.phone, `+${digits}`, digits, `+971-50-${digits.slice(5, 8)}-${digits.slice(8)}`]) {
      expect((await find(typed)).references, typed).toEqual([reference]);
    }
    expect((await find(owner.whatsapp)).references).toEqual([reference]);
    expect((await find(owner.phone.slice(-7))).references).toContain(reference);
  });

  it("finds nothing for a whole value nobody has, exactly counted", async () => {
    expect(await find(microchipNumber())).toEqual({ references: [], total: 0, exact: true });
    expect(await find(uniqueEmail("nobody"))).toEqual({ references: [], total: 0, exact: true });
  });

  it("answers the same through the API and on the /admin page", async () => {
    const cookie = await staff.sessionCookie();
    const response = await listGet(new Request(`${TEST_ORIGIN}/api/v1/bookings?q=${chip}`, { headers: { cookie } }));
    expect(await response.json()).toMatchObject({ total: 1, totalIsExact: true, items: [{ reference }] });
    const table = await findBookingsTable({
      db: getDb(),
      actor: staff,
      query: parseBookingListQuery({ q: owner.email }),
    });
    expect(table.page.items.map((item) => item.reference)).toEqual([reference]);
    expect(table.page).toMatchObject({ total: 1, totalIsExact: true });
    expect(table.statusCounts.pending).toEqual({ total: 1, exact: true });
    expect(table.statusCounts.completed).toEqual({ total: 0, exact: true });
  });
});
