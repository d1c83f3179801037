import { and, desc, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { POST as authPost } from "@/app/api/auth/[...all]/route";
import { auditLog, emailOutbox, users } from "@/db/schema";
import { type Actor } from "@/server/access/actor";
import { getActor } from "@/server/auth/get-actor";
import type { AppError } from "@/server/errors";
import { changeRole } from "@/server/users/change-role";
import { createUser } from "@/server/users/create-user";
import { deactivateUser } from "@/server/users/deactivate-user";
import { inviteUser } from "@/server/users/invite-user";
import { listUsers } from "@/server/users/list-users";
import { reactivateUser } from "@/server/users/reactivate-user";
import { sendPasswordReset } from "@/server/users/send-password-reset";
import { describeEachDatabase } from "../support/each-database";
import { routesUseDatabase } from "../support/route-database";

const origin = "http://localhost:3000";
let ipCounter = 0;
const post = (path: string, body: unknown, cookie?: string) => {
  ipCounter += 1;
  return authPost(
    new Request(`${origin}/api/auth${path}`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        origin,
        "x-forwarded-for": `198.51.100.${ipCounter % 250}`,
        ...(cookie ? { cookie } : {}),
      },
      body: JSON.stringify(body),
    }),
  );
};
const cookieOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
const uniqueEmail = (who: string) => `${who}.${Date.now()}.${Math.random().toString(36).slice(2, 8)}@pawpath.test`;
const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error("expected a refusal");
    },
    (error: AppError) => error,
  );

beforeAll(() => {
  process.env.APP_URL = origin;
});

describeEachDatabase("user management", (getDb) => {
  routesUseDatabase(getDb);
  const password = "correct horse battery";
  let admin: Actor;

  const makeUser = async (role: "staff" | "admin") => {
    const email = uniqueEmail(role);
    const { id } = await createUser({ db: getDb(), input: { email, name: `Test ${role}`, role, password } });
    return { id, email, name: `Test ${role}`, role } satisfies Actor;
  };
  const latestEmailTo = async (to: string) =>
    (
      await getDb().select().from(emailOutbox).where(eq(emailOutbox.toAddress, to)).orderBy(desc(emailOutbox.createdAt))
    )[0];
  const tokenIn = (data: unknown) => /reset-password\/([^?]+)/.exec(String((data as { url: string }).url))?.[1];
  const auditFor = (userId: string, action: string) =>
    getDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, userId), eq(auditLog.action, action)));

  beforeAll(async () => {
    admin = await makeUser("admin");
  });

  it("invites a colleague: the emailed link sets their password, and they sign in with the role they were given", async () => {
    const email = uniqueEmail("Invitee");
    const { id } = await inviteUser({
      db: getDb(),
      actor: admin,
      input: { email: `  ${email} `, name: "Noor", role: "admin" },
    });
    const listed = (await listUsers({ db: getDb(), actor: admin })).items.find((u) => u.id === id);
    expect(listed).toMatchObject({
      email: email.toLowerCase(),
      name: "Noor",
      role: "admin",
      status: "invited",
      lastSignInAt: null,
    });

    const invitation = await latestEmailTo(email.toLowerCase());
    expect(invitation?.template).toBe("invitation");
    expect(invitation?.data).toMatchObject({
      name: "Noor",
      role: "admin",
      invitedBy: admin.name,
      expiresInMinutes: 7 * 24 * 60,
    });
    const token = tokenIn(invitation?.data);
    expect(token).toBeTruthy();

    // No password yet: nothing to sign in with.
    expect((await post("/sign-in/email", { email, password: "a chosen passphrase" })).status).toBe(401);
    expect((await post("/reset-password", { newPassword: "password123", token })).status).toBe(400);
    expect((await post("/reset-password", { newPassword: "a chosen passphrase", token })).status).toBe(200);
    expect((await post("/reset-password", { newPassword: "another passphrase", token })).status).toBe(400);

    const signIn = await post("/sign-in/email", { email, password: "a chosen passphrase" });
    expect(signIn.status).toBe(200);
    expect(await getActor(new Headers({ cookie: cookieOf(signIn) }))).toMatchObject({ id, role: "admin" });
    const after = (await listUsers({ db: getDb(), actor: admin })).items.find((u) => u.id === id);
    expect(after?.status).toBe("active");
    expect(after?.lastSignInAt).toBeInstanceOf(Date);
    expect(await auditFor(id, "user_invited")).toMatchObject([
      { actorId: admin.id, actorEmail: admin.email, targetLabel: email.toLowerCase(), details: { role: "admin" } },
    ]);
    expect(await auditFor(id, "sign_in")).toMatchObject([{ actorId: id, details: { method: "password" } }]);
  });

  it("re-inviting a pending invitee sends a fresh link; inviting any other existing address is a field error", async () => {
    const email = uniqueEmail("again");
    const first = await inviteUser({ db: getDb(), actor: admin, input: { email, name: "Omar", role: "staff" } });
    const again = await inviteUser({
      db: getDb(),
      actor: admin,
      input: { email: email.toUpperCase(), name: "Omar K", role: "staff" },
    });
    expect(again).toEqual({ id: first.id, email, resent: true });
    const invitations = await getDb().select().from(emailOutbox).where(eq(emailOutbox.toAddress, email));
    expect(invitations).toHaveLength(2);

    const existing = await makeUser("staff");
    const refused = await rejection(
      inviteUser({ db: getDb(), actor: admin, input: { email: existing.email, name: "Dup", role: "staff" } }),
    );
    expect(refused).toMatchObject({
      code: "CONFLICT",
      fields: { email: expect.stringContaining("already has an account") },
    });

    const invalid = await rejection(
      inviteUser({ db: getDb(), actor: admin, input: { email: "not-an-email", name: "", role: "customer" } }),
    );
    expect(invalid).toMatchObject({
      code: "VALIDATION",
      fields: { email: "Enter a valid email address", name: "Enter the person's name", role: "Choose staff or admin" },
    });
  });

  it("only admins manage users", async () => {
    const staff = await makeUser("staff");
    const invite = { email: uniqueEmail("x"), name: "X", role: "admin" };
    expect(await rejection(inviteUser({ db: getDb(), actor: staff, input: invite }))).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(
      await rejection(changeRole({ db: getDb(), actor: staff, input: { userId: staff.id, role: "admin" } })),
    ).toMatchObject({ code: "FORBIDDEN" });
    expect(await rejection(deactivateUser({ db: getDb(), actor: null, userId: admin.id }))).toMatchObject({
      code: "UNAUTHORIZED",
    });
    expect(await rejection(listUsers({ db: getDb(), actor: staff }))).toMatchObject({ code: "FORBIDDEN" });
  });

  it("changes a role, effective on the person's next request, and audits from → to", async () => {
    const staff = await makeUser("staff");
    const cookie = cookieOf(await post("/sign-in/email", { email: staff.email, password }));
    expect((await getActor(new Headers({ cookie })))?.role).toBe("staff");
    expect(await changeRole({ db: getDb(), actor: admin, input: { userId: staff.id, role: "admin" } })).toEqual({
      changed: true,
    });
    expect((await getActor(new Headers({ cookie })))?.role).toBe("admin");
    expect(await changeRole({ db: getDb(), actor: admin, input: { userId: staff.id, role: "admin" } })).toEqual({
      changed: false,
    });
    expect(await auditFor(staff.id, "role_changed")).toMatchObject([
      { actorId: admin.id, details: { from: "staff", to: "admin" } },
    ]);
    expect(
      await rejection(changeRole({ db: getDb(), actor: admin, input: { userId: staff.id, role: "customer" } })),
    ).toMatchObject({ code: "VALIDATION" });
    expect(
      await rejection(changeRole({ db: getDb(), actor: admin, input: { userId: "not-a-uuid", role: "staff" } })),
    ).toMatchObject({ code: "VALIDATION" });
  });

  it("deactivation ends a live session on its next request and refuses sign-in; reactivation lets them back", async () => {
    const staff = await makeUser("staff");
    const cookie = cookieOf(await post("/sign-in/email", { email: staff.email, password }));
    expect(await getActor(new Headers({ cookie }))).not.toBeNull();

    expect(await deactivateUser({ db: getDb(), actor: admin, userId: staff.id })).toEqual({ changed: true });
    expect(await getActor(new Headers({ cookie }))).toBeNull();
    expect((await post("/sign-in/email", { email: staff.email, password })).status).toBe(403);
    expect((await listUsers({ db: getDb(), actor: admin })).items.find((u) => u.id === staff.id)?.status).toBe(
      "deactivated",
    );
    expect(await auditFor(staff.id, "user_deactivated")).toMatchObject([
      { actorId: admin.id, details: { sessionsEnded: 1 } },
    ]);
    expect(await rejection(sendPasswordReset({ db: getDb(), actor: admin, userId: staff.id }))).toMatchObject({
      code: "CONFLICT",
    });

    expect(await reactivateUser({ db: getDb(), actor: admin, userId: staff.id })).toEqual({ changed: true });
    expect(await getActor(new Headers({ cookie }))).toBeNull();
    expect((await post("/sign-in/email", { email: staff.email, password })).status).toBe(200);
    expect(await auditFor(staff.id, "user_reactivated")).toHaveLength(1);
  });

  it("a deactivated invitee's link no longer works", async () => {
    const email = uniqueEmail("gone");
    const { id } = await inviteUser({ db: getDb(), actor: admin, input: { email, name: "Gone", role: "staff" } });
    const token = tokenIn((await latestEmailTo(email))?.data);
    await deactivateUser({ db: getDb(), actor: admin, userId: id });
    expect((await post("/reset-password", { newPassword: "a chosen passphrase", token })).status).toBe(400);
  });

  it("an admin sends a password-reset link: the reset email, audited", async () => {
    const staff = await makeUser("staff");
    await sendPasswordReset({ db: getDb(), actor: admin, userId: staff.id });
    const email = await latestEmailTo(staff.email);
    expect(email?.template).toBe("password_reset");
    expect(email?.data).toMatchObject({ expiresInMinutes: 60 });
    expect(
      (await post("/reset-password", { newPassword: "a fresh passphrase", token: tokenIn(email?.data) })).status,
    ).toBe(200);
    expect((await post("/sign-in/email", { email: staff.email, password: "a fresh passphrase" })).status).toBe(200);
    expect(await auditFor(staff.id, "password_reset_sent")).toMatchObject([{ actorId: admin.id }]);
  });

  it("nobody sets a role themselves: not through update-user, not through sign-up", async () => {
    const staff = await makeUser("staff");
    const cookie = cookieOf(await post("/sign-in/email", { email: staff.email, password }));
    const update = await post("/update-user", { name: "Still staff", role: "admin" }, cookie);
    expect(update.status).toBe(400);
    const [row] = await getDb().select({ role: users.role }).from(users).where(eq(users.id, staff.id));
    expect(row?.role).toBe("staff");
    expect((await getActor(new Headers({ cookie })))?.role).toBe("staff");

    const signUpEmail = uniqueEmail("signup");
    expect(
      (
        await post("/sign-up/email", {
          email: signUpEmail,
          password: "a long enough password",
          name: "X",
          role: "admin",
        })
      ).status,
    ).toBeGreaterThanOrEqual(400);
    expect(await getDb().select().from(users).where(eq(users.email, signUpEmail))).toHaveLength(0);
  });

  it("Better Auth's own admin endpoints are closed to HTTP, even for an admin (no way around the last-admin rule or the audit)", async () => {
    const cookie = cookieOf(await post("/sign-in/email", { email: admin.email, password }));
    const response = await post("/admin/set-role", { userId: admin.id, role: "staff" }, cookie);
    expect(response.status).toBe(404);
    expect((await getActor(new Headers({ cookie })))?.role).toBe("admin");
  });
});

describeEachDatabase("the last active admin", (getDb) => {
  routesUseDatabase(getDb);

  const makeAdmin = async () => {
    const email = uniqueEmail("boss");
    const { id } = await createUser({
      db: getDb(),
      input: { email, name: "Boss", role: "admin", password: "correct horse battery" },
    });
    return { id, email, name: "Boss", role: "admin" } satisfies Actor;
  };

  it("cannot demote or deactivate themselves while nobody else is an active admin", async () => {
    const only = await makeAdmin();
    expect(
      await rejection(changeRole({ db: getDb(), actor: only, input: { userId: only.id, role: "staff" } })),
    ).toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("last active admin"),
    });
    expect(await rejection(deactivateUser({ db: getDb(), actor: only, userId: only.id }))).toMatchObject({
      code: "CONFLICT",
    });

    // An invited admin who has not set a password yet does not count as another admin.
    await inviteUser({
      db: getDb(),
      actor: only,
      input: { email: uniqueEmail("pending"), name: "Pending", role: "admin" },
    });
    expect(
      await rejection(changeRole({ db: getDb(), actor: only, input: { userId: only.id, role: "staff" } })),
    ).toMatchObject({ code: "CONFLICT" });

    const second = await makeAdmin();
    expect(await changeRole({ db: getDb(), actor: only, input: { userId: only.id, role: "staff" } })).toEqual({
      changed: true,
    });
    expect(await rejection(deactivateUser({ db: getDb(), actor: second, userId: second.id }))).toMatchObject({
      code: "CONFLICT",
    });
  });

  it("two admins demoting (or deactivating) each other at the same moment: exactly one succeeds", async () => {
    for (const attempt of ["demote", "deactivate"] as const) {
      const db = getDb();
      await db.update(users).set({ role: "staff" }).where(eq(users.role, "admin"));
      const [a, b] = [await makeAdmin(), await makeAdmin()];
      const act = (actor: Actor, target: Actor) =>
        attempt === "demote"
          ? changeRole({ db, actor, input: { userId: target.id, role: "staff" } })
          : deactivateUser({ db, actor, userId: target.id });
      const results = await Promise.allSettled([act(a, b), act(b, a)]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
      const activeAdmins = await db
        .select()
        .from(users)
        .where(and(eq(users.role, "admin"), eq(users.banned, false)));
      expect(activeAdmins).toHaveLength(1);
    }
  });
});
