import { and, desc, eq, sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { POST as authPost } from "@/app/api/auth/[...all]/route";
import { auditLog, users } from "@/db/schema";
import type { Actor } from "@/server/access/actor";
import { createUser } from "@/server/users/create-user";
import { listUsers } from "@/server/users/list-users";
import { MAX_FAILED_SIGN_INS } from "@/server/auth/lockout";
import { unlockUser } from "@/server/users/unlock-user";
import { describeEachDatabase } from "../support/each-database";
import { routesUseDatabase } from "../support/route-database";

const origin = "http://localhost:3000";
let ipCounter = 0;
// A fresh client address for every attempt, so the per-address rate limit (5 a minute) never answers
// first: these tests are about the per-account lockout.
function signIn(email: string, password: string) {
  ipCounter += 1;
  return authPost(
    new Request(`${origin}/api/auth/sign-in/email`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        origin,
        "x-forwarded-for": `203.0.113.${ipCounter % 250}, 198.18.${Math.floor(ipCounter / 250)}.${ipCounter % 250}`,
      },
      body: JSON.stringify({ email, password }),
    }),
  );
}
// Every wrong password costs a full scrypt hash (N=2^17); on a busy two-core machine ten of them take a while.
const SCRYPT_HEAVY = 120_000;
const answer = async (response: Response) => ({ status: response.status, body: await response.json() });

beforeAll(() => {
  process.env.APP_URL = origin;
});

describeEachDatabase("per-account lockout", (getDb) => {
  routesUseDatabase(getDb);
  const password = "correct horse battery";
  let admin: Actor;

  const newStaff = async () => {
    const email = `lock.${Date.now()}.${Math.random().toString(36).slice(2, 8)}@pawpath.test`;
    await createUser({ db: getDb(), input: { email, name: "Lena", role: "staff", password } });
    return email;
  };
  const failTimes = async (email: string, times: number) => {
    for (let i = 0; i < times; i++) expect((await signIn(email, "not the password!")).status).toBe(401);
  };
  const statusOf = async (email: string) =>
    (await listUsers({ db: getDb(), actor: admin })).items.find((u) => u.email === email)?.status;

  beforeAll(async () => {
    const email = `lock.admin.${Date.now()}@pawpath.test`;
    const { id } = await createUser({ db: getDb(), input: { email, name: "Ada", role: "admin", password } });
    admin = { id, email, name: "Ada", role: "admin" };
  });

  it(
    `locks after ${MAX_FAILED_SIGN_INS} wrong passwords; then even the right one gets the wrong-password answer, like an unknown address`,
    { timeout: SCRYPT_HEAVY },
    async () => {
      const email = await newStaff();
      await failTimes(email, MAX_FAILED_SIGN_INS - 1);
      expect(await statusOf(email)).toBe("active");
      const wrong = await answer(await signIn(email, "not the password!"));
      expect(await statusOf(email)).toBe("locked");

      const rightWhileLocked = await answer(await signIn(email, password));
      const unknown = await answer(await signIn(`nobody.${Date.now()}@pawpath.test`, password));
      expect(rightWhileLocked).toEqual(wrong);
      expect(rightWhileLocked).toEqual(unknown);
      expect(rightWhileLocked.status).toBe(401);

      const [user] = await getDb().select().from(users).where(eq(users.email, email));
      expect(user?.lockedUntil?.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
      const lines = await getDb()
        .select()
        .from(auditLog)
        .where(eq(auditLog.targetId, user!.id))
        .orderBy(desc(auditLog.id));
      expect(lines.filter((l) => l.action === "sign_in_failed")).toHaveLength(MAX_FAILED_SIGN_INS);
      expect(lines.filter((l) => l.action === "account_locked")).toHaveLength(1);
      const refused = await getDb()
        .select()
        .from(auditLog)
        .where(
          and(
            eq(auditLog.action, "sign_in_failed"),
            sql`${auditLog.details}->>'reason' = 'locked'`,
            sql`${auditLog.details}->>'email' = ${email}`,
          ),
        );
      expect(refused).toHaveLength(1);
      // The address tried is kept; the password never is.
      expect(JSON.stringify(lines)).not.toContain("not the password!");
      expect(JSON.stringify(refused)).not.toContain(password);
    },
  );

  it("an admin's unlock lifts the lock at once, and is audited", { timeout: SCRYPT_HEAVY }, async () => {
    const email = await newStaff();
    await failTimes(email, MAX_FAILED_SIGN_INS);
    expect((await signIn(email, password)).status).toBe(401);
    const [user] = await getDb().select({ id: users.id }).from(users).where(eq(users.email, email));
    expect(await unlockUser({ db: getDb(), actor: admin, userId: user!.id })).toEqual({ changed: true });
    expect(await statusOf(email)).toBe("active");
    expect((await signIn(email, password)).status).toBe(200);
    const [line] = await getDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "account_unlocked"), eq(auditLog.targetId, user!.id)));
    expect(line).toMatchObject({ actorId: admin.id, actorEmail: admin.email, targetLabel: email });
  });

  it("the lock runs out by itself after 15 minutes", { timeout: SCRYPT_HEAVY }, async () => {
    const email = await newStaff();
    await failTimes(email, MAX_FAILED_SIGN_INS);
    expect((await signIn(email, password)).status).toBe(401);
    await getDb()
      .update(users)
      .set({ lockedUntil: sql`now() - interval '1 second'` })
      .where(eq(users.email, email));
    expect(await statusOf(email)).toBe("active");
    expect((await signIn(email, password)).status).toBe(200);
  });

  it("a successful sign-in starts the count afresh", { timeout: SCRYPT_HEAVY }, async () => {
    const email = await newStaff();
    await failTimes(email, MAX_FAILED_SIGN_INS - 1);
    expect((await signIn(email, password)).status).toBe(200);
    await failTimes(email, MAX_FAILED_SIGN_INS - 1);
    expect(await statusOf(email)).toBe("active");
  });

  it("counts within 15 minutes of the first failure; older failures no longer count", async () => {
    const email = await newStaff();
    const almostLocked = (since: ReturnType<typeof sql>) =>
      getDb()
        .update(users)
        .set({ failedSignIns: MAX_FAILED_SIGN_INS - 1, failedSignInsSince: since })
        .where(eq(users.email, email));
    await almostLocked(sql`now() - interval '16 minutes'`);
    await failTimes(email, 1);
    expect(await statusOf(email)).toBe("active");
    await almostLocked(sql`now() - interval '14 minutes'`);
    await failTimes(email, 1);
    expect(await statusOf(email)).toBe("locked");
  });

  it("counts failures that arrive at the same moment (one UPDATE each)", { timeout: SCRYPT_HEAVY }, async () => {
    const email = await newStaff();
    const responses = await Promise.all(
      Array.from({ length: MAX_FAILED_SIGN_INS }, () => signIn(email, "not the password!")),
    );
    expect(responses.every((r) => r.status === 401)).toBe(true);
    expect(await statusOf(email)).toBe("locked");
  });
});
