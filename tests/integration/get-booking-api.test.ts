import { beforeAll, expect, it } from "vitest";
import { GET, PATCH } from "@/app/api/v1/bookings/[reference]/route";
import { GET as getMyBookings } from "@/app/api/v1/me/bookings/route";
import { createBooking } from "@/server/bookings/create-booking";
import { createUser } from "@/server/users/create-user";
import { bookingBody } from "@/testing/factories/booking-body";
import { describeEachDatabase } from "../support/each-database";
import { routesUseDatabase } from "../support/route-database";
import { sessionCookie } from "../support/session";

const origin = "http://localhost:3000";
const password = "a perfectly fine password";

const get = (reference: string, cookie?: string) =>
  GET(new Request(`${origin}/api/v1/bookings/${reference}`, { headers: cookie ? { cookie } : {} }), {
    params: Promise.resolve({ reference }),
  });

const patch = (reference: string, cookie: string, body: unknown, version: number) =>
  PATCH(
    new Request(`${origin}/api/v1/bookings/${reference}`, {
      method: "PATCH",
      headers: { cookie, origin, "content-type": "application/json", "if-match": `"${version}"` },
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve({ reference }) },
  );

beforeAll(() => {
  process.env.APP_URL = origin;
});

describeEachDatabase("GET /api/v1/bookings/{reference}", (getDb) => {
  routesUseDatabase(getDb);
  let mine = "";
  let theirs = "";
  let staffCookie = "";
  let customerCookie = "";
  let adminCookie = "";

  beforeAll(async () => {
    const db = getDb();
    const unique = Date.now();
    const customerEmail = `own.${unique}@example.com`;
    const mineBody = bookingBody();
    mineBody.customer.email = customerEmail;
    mine = (await createBooking({ db, body: mineBody, source: "api" })).reference;
    theirs = (await createBooking({ db, body: bookingBody(), source: "api" })).reference;
    await createUser({ db, input: { email: `staff.${unique}@pawpath.test`, name: "Omar", role: "staff", password } });
    await createUser({ db, input: { email: customerEmail, name: "Owner", role: "customer", password } });
    await createUser({ db, input: { email: `admin.${unique}@pawpath.test`, name: "Aisha", role: "admin", password } });
    staffCookie = await sessionCookie(`staff.${unique}@pawpath.test`, password);
    adminCookie = await sessionCookie(`admin.${unique}@pawpath.test`, password);
    customerCookie = await sessionCookie(customerEmail, password);
  });

  it("asks a visitor to sign in", async () => {
    const response = await get(mine);
    expect(response.status).toBe(401);
  });

  it("shows staff any booking in the create body's shape", async () => {
    const response = await get(theirs, staffCookie);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ reference: theirs, status: "pending", version: 1, route: { originCountry: "AE" } });
    expect(body.pets[0]).toMatchObject({ name: "Luna", weightKg: 4.2, microchip: "784098100123456" });
    expect(body).not.toHaveProperty("searchText");
  });

  it("names each pet by id, and PATCH with that list edits the pet in place instead of replacing it", async () => {
    const before = await (await get(theirs, adminCookie)).json();
    const pet = before.pets[0];
    expect(pet.id).toMatch(/^[0-9a-f-]{36}$/);
    const response = await patch(
      theirs,
      adminCookie,
      { pets: [{ ...pet, notes: "Nervous at the vet" }] },
      before.version,
    );
    expect(response.status).toBe(200);
    const after = await response.json();
    expect(after.pets).toEqual([{ ...pet, notes: "Nervous at the vet" }]);
  });

  it("shows a customer their own booking and answers 404 for anyone else's", async () => {
    expect((await get(mine, customerCookie)).status).toBe(200);
    const other = await get(theirs, customerCookie);
    expect(other.status).toBe(404);
    expect((await get("PP-1999-99999", customerCookie)).status).toBe(404);
  });

  it("lists a customer's own bookings at /api/v1/me/bookings, and refuses the team and visitors", async () => {
    const mineList = await getMyBookings(
      new Request(`${origin}/api/v1/me/bookings`, { headers: { cookie: customerCookie } }),
    );
    expect(mineList.status).toBe(200);
    const { items } = (await mineList.json()) as { items: { reference: string }[] };
    expect(items.map((item) => item.reference)).toEqual([mine]);
    expect((await getMyBookings(new Request(`${origin}/api/v1/me/bookings`))).status).toBe(401);
    expect(
      (await getMyBookings(new Request(`${origin}/api/v1/me/bookings`, { headers: { cookie: staffCookie } }))).status,
    ).toBe(403);
  });
});
