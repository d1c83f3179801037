import { eq } from "drizzle-orm";
import { afterEach, beforeAll, expect, it, vi } from "vitest";
import { GET as getBookingRoute } from "@/app/api/v1/bookings/[reference]/route";
import { requirePagePermission } from "@/web/page-guard";
import { auditLog, users } from "@/db/schema";
import { getActor } from "@/server/auth/get-actor";
import { AppError } from "@/server/errors";
import { getSettings } from "@/server/settings/get-settings";
import { updateSettings } from "@/server/settings/update-settings";
import { createUser } from "@/server/users/create-user";
import { describeEachDatabase } from "../support/each-database";
import { createTeam, type Member } from "../support/team";
import { routesUseDatabase } from "../support/route-database";
import { signedInHeaders } from "../support/session";

// Pages read the request through next/headers; here the "request" is whatever cookie the test sets.
const pageRequest = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("next/headers", () => ({ headers: async () => pageRequest.headers }));

const origin = "http://localhost:3000";

/** Where a page sends this person: "render", or the redirect target. */
async function pageOutcome(headers: Headers, permission: Parameters<typeof requirePagePermission>[0]): Promise<string> {
  pageRequest.headers = headers;
  try {
    await requirePagePermission(permission, "/admin");
    return "render";
  } catch (error) {
    // next/navigation's redirect() throws an error whose digest carries the target.
    const digest = String((error as { digest?: unknown }).digest ?? "");
    if (digest.startsWith("NEXT_REDIRECT")) return digest.split(";")[2] ?? digest;
    throw error;
  }
}

const thrown = async (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );

beforeAll(() => {
  process.env.APP_URL = origin;
});

describeEachDatabase("settings: require two-factor for the team", (getDb) => {
  routesUseDatabase(getDb);
  const password = "a fine long password";
  let admin: Member;
  let staff: Member;
  let staffEmail = "";
  let adminEmail = "";

  beforeAll(async () => {
    ({ admin, staff } = await createTeam(getDb(), {
      admin: { name: "Layla Admin" },
      staff: { name: "Sam Staff" },
      password,
    }));
    adminEmail = admin.email;
    staffEmail = staff.email;
  });

  afterEach(async () => {
    await updateSettings({ db: getDb(), actor: admin, input: { requireTwoFactor: false } });
  });

  it("only admins read and change settings; a bad value is a field error", async () => {
    expect(await getSettings({ db: getDb(), actor: admin })).toMatchObject({
      requireTwoFactor: false,
      lastChange: null,
    });
    for (const actor of [staff, { ...staff, role: "customer" as const }]) {
      expect(await thrown(getSettings({ db: getDb(), actor }))).toMatchObject({ code: "FORBIDDEN" });
      expect(await thrown(updateSettings({ db: getDb(), actor, input: { requireTwoFactor: true } }))).toMatchObject({
        code: "FORBIDDEN",
      });
    }
    expect(await thrown(updateSettings({ db: getDb(), actor: null, input: { requireTwoFactor: true } }))).toMatchObject(
      { code: "UNAUTHORIZED" },
    );
    const invalid = await thrown(
      updateSettings({ db: getDb(), actor: admin, input: { requireTwoFactor: "yes please" } }),
    );
    expect(invalid).toBeInstanceOf(AppError);
    expect(invalid).toMatchObject({ code: "VALIDATION", fields: { requireTwoFactor: "Choose on or off" } });
    expect(await thrown(updateSettings({ db: getDb(), actor: admin, input: { somethingElse: true } }))).toMatchObject({
      code: "VALIDATION",
    });

    await updateSettings({ db: getDb(), actor: admin, input: { requireTwoFactor: true } });
    await updateSettings({ db: getDb(), actor: admin, input: { requireTwoFactor: true } });
    const settings = await getSettings({ db: getDb(), actor: admin });
    expect(settings.requireTwoFactor).toBe(true);
    expect(settings.lastChange?.byName).toBe("Layla Admin");
    // One audit line for the one real change; saving the same value again is not a change.
    const lines = await getDb().select().from(auditLog).where(eq(auditLog.action, "setting_changed"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      actorEmail: adminEmail,
      targetType: "setting",
      targetId: "requireTwoFactor",
      details: { from: false, to: true },
    });
  });

  it("when required, a team member without two-factor reaches only their account page; APIs answer 403", async () => {
    const staffHeaders = await staff.signedInHeaders();
    const adminHeaders = await admin.signedInHeaders();
    const bookingApi = () =>
      getBookingRoute(new Request(`${origin}/api/v1/bookings/PP-2026-00001`, { headers: staffHeaders }), {
        params: Promise.resolve({ reference: "PP-2026-00001" }),
      });

    // Not required: the staff member reaches bookings (404: no such booking) and pages render.
    expect((await bookingApi()).status).toBe(404);
    expect(await pageOutcome(staffHeaders, "bookings.read")).toBe("render");

    await updateSettings({ db: getDb(), actor: admin, input: { requireTwoFactor: true } });

    const refused = await bookingApi();
    expect(refused.status).toBe(403);
    expect((await refused.json()).error.message).toMatch(/requires two-factor authentication/);
    expect(await pageOutcome(staffHeaders, "bookings.read")).toBe("/admin/account");
    expect(await pageOutcome(adminHeaders, "settings.manage")).toBe("/admin/account");
    // The back office shell and the account page stay open, so they can turn it on.
    expect(await pageOutcome(staffHeaders, "admin.access")).toBe("render");
    expect(await getActor(staffHeaders)).toMatchObject({ mustEnableTwoFactor: true });

    // Once their two-factor is on, nothing stands in the way.
    await getDb().update(users).set({ twoFactorEnabled: true }).where(eq(users.email, staffEmail));
    expect((await bookingApi()).status).toBe(404);
    expect(await pageOutcome(staffHeaders, "bookings.read")).toBe("render");
  });

  it("never asks customers", async () => {
    const customerEmail = `settings.customer.${Date.now()}@pawpath.test`;
    await createUser({ db: getDb(), input: { email: customerEmail, name: "Nour", role: "customer", password } });
    await updateSettings({ db: getDb(), actor: admin, input: { requireTwoFactor: true } });
    const customer = await getActor(await signedInHeaders(customerEmail, password));
    expect(customer).toMatchObject({ role: "customer", mustEnableTwoFactor: false });
  });
});
