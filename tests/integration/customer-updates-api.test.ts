import { beforeAll, expect, it } from "vitest";
import { POST } from "@/app/api/v1/bookings/[reference]/updates/route";
import { DELETE } from "@/app/api/v1/bookings/[reference]/updates/[id]/route";
import { createBooking } from "@/server/bookings/create-booking";
import { bookingBody } from "@/testing/factories/booking-body";
import { jsonRequest } from "../support/api-request";
import { describeEachDatabase } from "../support/each-database";
import { routesUseDatabase } from "../support/route-database";
import { createMember, createTeam } from "../support/team";

// The routes' answers (status codes, bodies, same-origin); the rules themselves are in customer-updates.test.ts.

const origin = "http://localhost:3000";

const post = (reference: string, body: unknown, cookie: string, headers: Record<string, string> = { origin }) =>
  POST(jsonRequest(`/api/v1/bookings/${reference}/updates`, body, { headers: { cookie, ...headers } }), {
    params: Promise.resolve({ reference }),
  });

const withdraw = (reference: string, id: string, cookie: string) =>
  DELETE(
    new Request(`${origin}/api/v1/bookings/${reference}/updates/${id}`, {
      method: "DELETE",
      headers: { cookie, origin },
    }),
    { params: Promise.resolve({ reference, id }) },
  );

beforeAll(() => {
  process.env.APP_URL = origin;
});

describeEachDatabase("POST and DELETE /api/v1/bookings/{reference}/updates", (getDb) => {
  routesUseDatabase(getDb);
  const cookies = { staff: "", admin: "", customer: "" };
  let reference = "";

  beforeAll(async () => {
    const db = getDb();
    const { staff, admin } = await createTeam(db);
    const body = bookingBody();
    const customer = await createMember(db, "customer", { email: body.customer.email });
    reference = (await createBooking({ db, body, source: "api" })).reference;
    cookies.staff = await staff.sessionCookie();
    cookies.admin = await admin.sessionCookie();
    cookies.customer = await customer.sessionCookie();
  });

  it("posts (201), refuses bad input with field errors (400), and withdraws for admins only (204, then 404)", async () => {
    const created = await post(reference, { text: "Luna is ready", notifyCustomer: false }, cookies.staff);
    expect(created.status).toBe(201);
    const update = (await created.json()) as { id: string; at: string; text: string };
    expect(update).toEqual({ id: expect.any(String), at: expect.any(String), text: "Luna is ready" });

    const tooLong = await post(reference, { text: "x".repeat(1001), notifyCustomer: false }, cookies.staff);
    expect(tooLong.status).toBe(400);
    expect((await tooLong.json()) as unknown).toMatchObject({
      error: { code: "VALIDATION", fields: { text: "An update is at most 1,000 characters" } },
    });
    const noFlag = await post(reference, { text: "Hello" }, cookies.staff);
    expect(noFlag.status).toBe(400);
    expect(Object.keys(((await noFlag.json()) as { error: { fields: object } }).error.fields)).toEqual([
      "notifyCustomer",
    ]);

    expect((await post(reference, { text: "Hi", notifyCustomer: false }, cookies.customer)).status).toBe(404);
    expect(
      (await post(reference, { text: "Hi", notifyCustomer: false }, cookies.staff, { origin: "https://evil.example" }))
        .status,
    ).toBe(403);

    expect((await withdraw(reference, update.id, cookies.customer)).status).toBe(404);
    expect((await withdraw(reference, update.id, cookies.staff)).status).toBe(403);
    expect((await withdraw(reference, update.id, cookies.admin)).status).toBe(204);
    expect((await withdraw(reference, update.id, cookies.admin)).status).toBe(404);
  });
});
