import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { beforeAll, expect, it, vi } from "vitest";
import * as bookAction from "@/actions/intake";
import * as tableActions from "@/actions/bookings-table";
import * as bulkActions from "@/actions/bulk-bookings";
import * as recordActions from "@/actions/booking-record";
import * as emailActions from "@/actions/emails";
import * as portalActions from "@/actions/portal";
import * as settingsActions from "@/actions/settings";
import * as signInActions from "@/actions/sign-in";
import * as userActions from "@/actions/users";
import { queryRows } from "@/db/sql";
import { addBookingNote } from "@/server/bookings/notes";
import { createBooking } from "@/server/bookings/create-booking";
import { postCustomerUpdate } from "@/server/customer-updates/post-customer-update";
import { createUser } from "@/server/users/create-user";
import { bookingBody } from "@/testing/factories/booking-body";
import { uniqueIp } from "../support/api-request";
import { describeEachDatabase } from "../support/each-database";
import { routesUseDatabase } from "../support/route-database";
import { signedInHeaders } from "../support/session";

// The access matrix for server actions: {anonymous, customer, staff, admin} × every exported server
// action. The registry below must name every action in the app (checked against the source), and
// only the allowed cells may get past the permission check.

const request = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("next/headers", () => ({ headers: async () => request.headers }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const origin = "http://localhost:3000";
type Role = "anonymous" | "customer" | "staff" | "admin";
const ROLES: Role[] = ["anonymous", "customer", "staff", "admin"];
const team: Role[] = ["staff", "admin"];
const adminOnly: Role[] = ["admin"];
const customerOnly: Role[] = ["customer"];

/** What each action needs; a fresh booking or user per call, so no cell depends on another. */
type Fixtures = {
  booking: () => Promise<string>;
  deletedBooking: () => Promise<string>;
  staffUserId: () => Promise<string>;
  noteOn: (reference: string) => Promise<string>;
  customerUpdateOn: (reference: string) => Promise<string>;
  emailId: () => Promise<string>;
};

type ActionEntry = { name: string; allowed: Role[]; call: (f: Fixtures) => Promise<unknown> };

const ACTIONS: ActionEntry[] = [
  {
    name: "submitBooking",
    allowed: ROLES,
    call: async () =>
      bookAction.submitBooking({ values: bookingBody(), idempotencyKey: crypto.randomUUID(), honeypot: "" }),
  },
  {
    name: "saveViewAction",
    allowed: team,
    call: async () =>
      tableActions.saveViewAction({ name: `View ${crypto.randomUUID()}`, shared: false, query: "status=pending" }),
  },
  { name: "deleteViewAction", allowed: team, call: async () => tableActions.deleteViewAction(crypto.randomUUID()) },
  {
    name: "setTableColumnsAction",
    allowed: team,
    call: async () => tableActions.setTableColumnsAction(["reference", "status"]),
  },
  {
    name: "bulkChangeStatusAction",
    allowed: team,
    call: async (f) =>
      bulkActions.bulkChangeStatusAction([await f.booking()], { status: "confirmed", notifyCustomer: false }),
  },
  {
    name: "bulkAssignAction",
    allowed: team,
    call: async (f) => bulkActions.bulkAssignAction([await f.booking()], { assigneeId: null }),
  },
  { name: "assignableTeamAction", allowed: team, call: async () => bulkActions.assignableTeamAction() },
  {
    name: "loadBookingForEditAction",
    allowed: team,
    call: async (f) => recordActions.loadBookingForEditAction(await f.booking()),
  },
  {
    name: "updateBookingAction",
    allowed: adminOnly,
    call: async (f) =>
      recordActions.updateBookingAction(await f.booking(), { version: 1, specialRequests: "From the matrix" }),
  },
  {
    name: "changeStatusAction",
    allowed: team,
    call: async (f) =>
      recordActions.changeStatusAction(await f.booking(), { status: "confirmed", notifyCustomer: false }),
  },
  {
    name: "updateFlightAction",
    allowed: team,
    call: async (f) =>
      recordActions.updateFlightAction(await f.booking(), {
        flight: {
          airline: "Emirates",
          flightNumber: "EK 1",
          departureAirport: "DXB",
          departureTime: "2027-03-14T02:35:00+04:00",
          arrivalAirport: "LHR",
          arrivalTime: "2027-03-14T06:40:00Z",
        },
      }),
  },
  {
    name: "addNoteAction",
    allowed: team,
    call: async (f) => recordActions.addNoteAction(await f.booking(), { body: "From the matrix" }),
  },
  {
    name: "editNoteAction",
    allowed: adminOnly,
    call: async (f) => {
      const reference = await f.booking();
      return recordActions.editNoteAction(reference, await f.noteOn(reference), { body: "Edited" });
    },
  },
  {
    name: "deleteNoteAction",
    allowed: adminOnly,
    call: async (f) => {
      const reference = await f.booking();
      return recordActions.deleteNoteAction(reference, await f.noteOn(reference));
    },
  },
  {
    name: "postCustomerUpdateAction",
    allowed: team,
    call: async (f) =>
      recordActions.postCustomerUpdateAction(await f.booking(), { text: "From the matrix", notifyCustomer: false }),
  },
  {
    name: "withdrawCustomerUpdateAction",
    allowed: adminOnly,
    call: async (f) => {
      const reference = await f.booking();
      return recordActions.withdrawCustomerUpdateAction(reference, await f.customerUpdateOn(reference));
    },
  },
  {
    name: "assignAction",
    allowed: team,
    call: async (f) => recordActions.assignAction(await f.booking(), { assigneeId: null }),
  },
  {
    name: "deleteBookingAction",
    allowed: adminOnly,
    call: async (f) => recordActions.deleteBookingAction(await f.booking()),
  },
  {
    name: "restoreBookingAction",
    allowed: adminOnly,
    call: async (f) => recordActions.restoreBookingAction(await f.deletedBooking()),
  },
  {
    name: "purgeBookingAction",
    allowed: adminOnly,
    call: async (f) => recordActions.purgeBookingAction(await f.deletedBooking()),
  },
  { name: "retryEmailAction", allowed: adminOnly, call: async (f) => emailActions.retryEmailAction(await f.emailId()) },
  {
    name: "updateContact",
    allowed: customerOnly,
    call: async () => portalActions.updateContact({ phone: "+971 55 765 4321", preferredContact: "phone" }),
  },
  // Anyone may ask for a new sign-in link; this id names no link, so nothing is sent.
  {
    name: "renewSignInLinkAction",
    allowed: ROLES,
    call: async () => signInActions.renewSignInLinkAction("0".repeat(32)),
  },
  {
    name: "updateSettingsAction",
    allowed: adminOnly,
    call: async () => settingsActions.updateSettingsAction({ requireTwoFactor: false }),
  },
  {
    name: "inviteUserAction",
    allowed: adminOnly,
    call: async () =>
      userActions.inviteUserAction({
        email: `invitee.${crypto.randomUUID()}@pawpath.test`,
        name: "New Colleague",
        role: "staff",
      }),
  },
  {
    name: "changeRoleAction",
    allowed: adminOnly,
    call: async (f) => userActions.changeRoleAction(await f.staffUserId(), "staff"),
  },
  {
    name: "deactivateUserAction",
    allowed: adminOnly,
    call: async (f) => userActions.deactivateUserAction(await f.staffUserId()),
  },
  {
    name: "reactivateUserAction",
    allowed: adminOnly,
    call: async (f) => userActions.reactivateUserAction(await f.staffUserId()),
  },
  {
    name: "sendPasswordResetAction",
    allowed: adminOnly,
    call: async (f) => userActions.sendPasswordResetAction(await f.staffUserId()),
  },
  {
    name: "resetTwoFactorAction",
    allowed: adminOnly,
    call: async (f) => userActions.resetTwoFactorAction(await f.staffUserId()),
  },
  {
    name: "unlockUserAction",
    allowed: adminOnly,
    call: async (f) => userActions.unlockUserAction(await f.staffUserId()),
  },
];

/**
 * Every server action in the source: every export of a "use server" file is one, whether written with the
 * action client (`export const name = action(`) or by hand (`export async function name`), and wherever
 * the file lives (src/actions, or a route folder under src/app should one appear there again).
 */
function serverActionsInSource(): string[] {
  const names: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name)) {
        const source = fs.readFileSync(full, "utf8");
        if (/^["']use server["']/.test(source.trimStart())) {
          names.push(
            ...[...source.matchAll(/^export (?:async function|function|const|let) (\w+)/gm)].map((m) => m[1]!),
          );
        }
      }
    }
  };
  walk(path.resolve(import.meta.dirname, "../../src"));
  return names.sort();
}

const PERMISSION_REFUSAL =
  /^(Sign in to continue|Your role does not allow this|No booking |Only an admin|Only its author)/;

/** Whether an action's answer is a refusal for who the person is (rather than about the input). */
function refused(result: unknown, thrown: unknown): boolean {
  if (thrown) {
    const digest = String((thrown as { digest?: string }).digest ?? "");
    if (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK")) return true;
    throw thrown;
  }
  if (Array.isArray(result)) return result.length === 0;
  const answer = result as { ok?: boolean; message?: string } | undefined;
  return answer?.ok === false && PERMISSION_REFUSAL.test(answer.message ?? "");
}

beforeAll(() => {
  process.env.APP_URL = origin;
});

it("the registry names every server action in the app", () => {
  expect(ACTIONS.map((entry) => entry.name).sort()).toEqual(serverActionsInSource());
});

describeEachDatabase("server actions × roles", (getDb) => {
  routesUseDatabase(getDb);
  const headersOf = {} as Record<Role, Headers>;
  let fixtures: Fixtures;

  beforeAll(async () => {
    const db = getDb();
    const stamp = `${Date.now()}.${Math.random().toString(36).slice(2, 8)}`;
    const password = "a perfectly fine password";
    // A second admin, so that the last-admin rule never decides a cell.
    await createUser({
      db,
      input: { email: `matrix.admin2.${stamp}@pawpath.test`, name: "Second Admin", role: "admin", password },
    });
    for (const role of ["customer", "staff", "admin"] as const) {
      await createUser({
        db,
        input: { email: `matrix.${role}.${stamp}@pawpath.test`, name: `Matrix ${role}`, role, password },
      });
      headersOf[role] = await signedInHeaders(`matrix.${role}.${stamp}@pawpath.test`, password);
    }
    headersOf.anonymous = new Headers({ origin, "x-forwarded-for": uniqueIp() });
    // The customer has booked, so their contact details exist to correct.
    await createBooking({
      db,
      body: bookingBody({ customer: { email: `matrix.customer.${stamp}@pawpath.test` } }),
      source: "api",
    });
    const adminId = (
      await queryRows<{ id: string }>(
        db,
        sql`select id from users where email = ${`matrix.admin.${stamp}@pawpath.test`}`,
      )
    )[0]!.id;
    const booking = async () => (await createBooking({ db, body: bookingBody(), source: "api" })).reference;
    fixtures = {
      booking,
      deletedBooking: async () => {
        const reference = await booking();
        await db.execute(sql`update bookings set deleted_at = now() where reference = ${reference}`);
        return reference;
      },
      staffUserId: async () =>
        (
          await createUser({
            db,
            input: {
              email: `matrix.target.${crypto.randomUUID()}@pawpath.test`,
              name: "Target",
              role: "staff",
              password,
            },
          })
        ).id,
      noteOn: async (reference) =>
        (
          await addBookingNote({
            db,
            actor: { id: adminId, name: "Matrix admin", email: "x", role: "admin" },
            reference,
            input: { body: "A note" },
          })
        ).id,
      customerUpdateOn: async (reference) =>
        (
          await postCustomerUpdate({
            db,
            actor: { id: adminId, name: "Matrix admin", email: "x", role: "admin" },
            reference,
            input: { text: "An update", notifyCustomer: false },
          })
        ).id,
      emailId: async () => {
        const reference = await booking();
        return (
          await queryRows<{ id: string }>(
            db,
            sql`select o.id from email_outbox o join bookings b on b.id = o.booking_id where b.reference = ${reference} limit 1`,
          )
        )[0]!.id;
      },
    };
  });

  it("lets only the allowed roles past the permission check of each action", async () => {
    const cells: string[] = [];
    for (const entry of ACTIONS) {
      for (const role of ROLES) {
        request.headers = headersOf[role];
        let result: unknown;
        let thrown: unknown;
        try {
          result = await entry.call(fixtures);
        } catch (error) {
          thrown = error;
        }
        const wasRefused = refused(result, thrown);
        if (wasRefused === entry.allowed.includes(role))
          cells.push(
            `${role} × ${entry.name}: ${wasRefused ? "refused" : "allowed"} ${JSON.stringify(result ?? String(thrown)).slice(0, 160)}`,
          );
      }
    }
    expect(cells).toEqual([]);
  }, 180_000);
});
