import { and, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { POST as authPost } from "@/app/api/auth/[...all]/route";
import { auditLog, sessions, twoFactors, users } from "@/db/schema";
import type { Actor } from "@/server/access/actor";
import { resetTwoFactor } from "@/server/users/reset-two-factor";
import { uniqueIp } from "../support/api-request";
import { describeEachDatabase } from "../support/each-database";
import { createTeam } from "../support/team";
import { routesUseDatabase } from "../support/route-database";

const origin = "http://localhost:3000";
const password = "staff password here";

const signIn = (email: string) =>
  authPost(
    new Request(`${origin}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin, "x-forwarded-for": uniqueIp() },
      body: JSON.stringify({ email, password }),
    }),
  );

beforeAll(() => {
  process.env.APP_URL = origin;
});

describeEachDatabase("an admin resets a lost second factor", (getDb) => {
  routesUseDatabase(getDb);

  it("removes it, ends the person's sessions, and their password alone signs in again", async () => {
    const db = getDb();
    const { admin: adminActor, staff } = await createTeam(db, {
      admin: { name: "Amira" },
      staff: { name: "Omar" },
      password,
    });
    const email = staff.email;
    expect((await signIn(email)).status).toBe(200);
    await db.update(users).set({ twoFactorEnabled: true }).where(eq(users.id, staff.id));
    await db
      .insert(twoFactors)
      .values({ userId: staff.id, secret: "encrypted-secret", backupCodes: "encrypted-codes" });
    expect(await (await signIn(email)).json()).toMatchObject({ twoFactorRedirect: true });

    const staffActor: Actor = { id: staff.id, name: "Omar", email, role: "staff" };
    await expect(resetTwoFactor({ db, actor: staffActor, userId: staff.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await resetTwoFactor({ db, actor: adminActor, userId: staff.id })).toEqual({ changed: true });

    expect(await db.$count(twoFactors, eq(twoFactors.userId, staff.id))).toBe(0);
    expect(await db.$count(sessions, eq(sessions.userId, staff.id))).toBe(0);
    const again = await signIn(email);
    expect(again.status).toBe(200);
    expect(await again.json()).not.toHaveProperty("twoFactorRedirect");
    expect(
      await db.$count(auditLog, and(eq(auditLog.action, "two_factor_reset"), eq(auditLog.targetLabel, email))),
    ).toBe(1);
    expect(await resetTwoFactor({ db, actor: adminActor, userId: staff.id })).toEqual({ changed: false });
  });
});
