import { beforeAll, expect, it, vi } from "vitest";
import {
  addNoteAction,
  changeStatusAction,
  deleteBookingAction,
  loadBookingForEditAction,
  updateBookingAction,
} from "@/actions/booking-record";
import { bulkChangeStatusAction } from "@/actions/bulk-bookings";
import { createBooking } from "@/server/bookings/create-booking";
import { bookingBody } from "@/testing/factories/booking-body";
import { describeEachDatabase } from "../support/each-database";
import { createTeam } from "../support/team";
import { routesUseDatabase } from "../support/route-database";

// The record page's server actions, as the browser calls them: the session comes from the request's
// cookie (next/headers), and every refusal comes back as a result to show, never as a thrown error.
const request = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("next/headers", () => ({ headers: async () => request.headers }));
// Outside a Next.js request there is no page cache to clear.
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const origin = "http://localhost:3000";

beforeAll(() => {
  process.env.APP_URL = origin;
});

describeEachDatabase("booking record server actions", (getDb) => {
  routesUseDatabase(getDb);
  let admin = new Headers();
  let staff = new Headers();
  let adminId = "";

  beforeAll(async () => {
    const team = await createTeam(getDb(), { admin: { name: "Layla Admin" }, staff: { name: "Sam Staff" } });
    adminId = team.admin.id;
    admin = await team.admin.signedInHeaders();
    staff = await team.staff.signedInHeaders();
  });

  const newBooking = async () => (await createBooking({ db: getDb(), body: bookingBody(), source: "api" })).reference;
  const as = (headers: Headers) => {
    request.headers = headers;
  };

  it("a save from an older version is refused with the colleague's changes, and nothing is overwritten", async () => {
    const reference = await newBooking();
    as(admin);
    const opened = await loadBookingForEditAction(reference);
    if (!opened.ok) throw new Error(opened.message);
    const pets = opened.data.values.pets;

    const first = await updateBookingAction(reference, {
      version: opened.data.version,
      pets: [{ ...pets[0], weightKg: 5.1 }],
    });
    expect(first).toEqual({ ok: true, message: "Saved 1 change." });

    const second = await updateBookingAction(reference, {
      version: opened.data.version,
      specialRequests: "Collect from the office",
    });
    expect(second).toMatchObject({ ok: false, message: expect.stringContaining("Someone else saved booking") });
    const changes = second.ok
      ? []
      : (second.details?.changesSince as { type: string; actorId: string; data: { changes: unknown[] } }[]);
    expect(changes).toEqual([
      expect.objectContaining({
        type: "details_changed",
        actorId: adminId,
        data: expect.objectContaining({
          changes: [expect.objectContaining({ label: "Luna's weight (kg)", from: "4.2", to: "5.1" })],
        }),
      }),
    ]);

    const now = await loadBookingForEditAction(reference);
    expect(now).toMatchObject({
      ok: true,
      data: {
        version: opened.data.version + 1,
        values: { specialRequests: "Please call before 10am", pets: [{ weightKg: 5.1 }] },
      },
    });
  });

  it("bad input comes back as field errors; staff and signed-out people are refused with a message", async () => {
    const reference = await newBooking();
    as(admin);
    expect(await changeStatusAction(reference, { status: "flight_booked", notifyCustomer: false })).toMatchObject({
      ok: false,
      fields: { status: expect.any(String) },
    });
    expect(await addNoteAction(reference, { body: "   " })).toMatchObject({
      ok: false,
      fields: { body: "Write the note" },
    });

    as(staff);
    expect(await updateBookingAction(reference, { version: 1, specialRequests: "x" })).toEqual({
      ok: false,
      message: "Your role does not allow this",
      fields: undefined,
      details: undefined,
    });
    expect(await deleteBookingAction(reference)).toMatchObject({ ok: false, message: "Your role does not allow this" });
    expect(
      await changeStatusAction(reference, { status: "confirmed", notifyCustomer: false, version: 1 }),
    ).toMatchObject({ ok: true });

    as(new Headers());
    expect(await addNoteAction(reference, { body: "Hello" })).toMatchObject({
      ok: false,
      message: "Sign in to continue",
    });
  });

  it("a bulk status change reports each booking: moved, or why not", async () => {
    const [movable, done] = [await newBooking(), await newBooking()];
    as(admin);
    await changeStatusAction(done, { status: "cancelled", notifyCustomer: false });
    const result = await bulkChangeStatusAction([movable, done], { status: "confirmed", notifyCustomer: false });
    expect(result).toEqual({
      ok: true,
      data: [
        { reference: movable, ok: true },
        { reference: done, ok: false, reason: "A booking that is cancelled cannot move to confirmed" },
      ],
    });
    expect(await bulkChangeStatusAction([], { status: "confirmed" })).toEqual({
      ok: false,
      message: "Choose at least one booking",
    });
  });
});
