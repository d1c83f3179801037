import { eq, sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { POST as authPost } from "@/app/api/auth/[...all]/route";
import { accounts, users } from "@/db/schema";
import { createUser } from "@/server/users/create-user";
import { uniqueIp } from "../support/api-request";
import { describeEachDatabase } from "../support/each-database";
import { legacyScryptHash } from "../support/legacy-scrypt-hash";
import { routesUseDatabase } from "../support/route-database";

const origin = "http://localhost:3000";
const signIn = (email: string, password: string) =>
  authPost(
    new Request(`${origin}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin, "x-forwarded-for": uniqueIp() },
      body: JSON.stringify({ email, password }),
    }),
  );
const ARGON2ID = /^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/;
// A legacy hash costs a real scrypt (128 MiB, N=2^17) to make and to check: slow on a busy 2-core machine.
const SCRYPT_HEAVY = { timeout: 120_000 };

beforeAll(() => {
  process.env.APP_URL = origin;
});

describeEachDatabase("password hashes: Argon2id, and scrypt upgraded at sign-in", (getDb) => {
  routesUseDatabase(getDb);
  const password = "a legacy passphrase";

  const storedHash = async (userId: string) =>
    (await getDb().select({ hash: accounts.password }).from(accounts).where(eq(accounts.userId, userId)))[0]?.hash;
  /** A team member whose password was set before Argon2id: their row holds the old scrypt hash. */
  const legacyUser = async () => {
    const email = `legacy.${Date.now()}.${Math.random().toString(36).slice(2, 8)}@pawpath.test`;
    const { id } = await createUser({ db: getDb(), input: { email, name: "Layla", role: "staff", password } });
    await getDb()
      .update(accounts)
      .set({ password: await legacyScryptHash(password) })
      .where(eq(accounts.userId, id));
    return { id, email };
  };

  it("stores a new password as Argon2id at OWASP's parameters", async () => {
    const { id } = await createUser({
      db: getDb(),
      input: { email: `argon.${Date.now()}@pawpath.test`, name: "Omar", role: "staff", password },
    });
    expect(await storedHash(id)).toMatch(ARGON2ID);
  });

  it("signs in a user with a legacy scrypt hash and then stores their password as Argon2id", SCRYPT_HEAVY, async () => {
    const { id, email } = await legacyUser();
    expect(await storedHash(id)).toMatch(/^scrypt\$131072\$8\$1\$/);

    expect((await signIn(email, password)).status).toBe(200);
    expect(await storedHash(id)).toMatch(ARGON2ID);
    // The upgraded hash is the same password.
    expect((await signIn(email, password)).status).toBe(200);
    expect((await signIn(email, "not the passphrase")).status).toBe(401);
  });

  it(
    "refuses a wrong password against a legacy hash, counts it toward lockout and keeps the hash",
    SCRYPT_HEAVY,
    async () => {
      const { id, email } = await legacyUser();
      const before = await storedHash(id);
      expect((await signIn(email, "not the passphrase")).status).toBe(401);
      const [row] = await getDb().select({ failedSignIns: users.failedSignIns }).from(users).where(eq(users.id, id));
      expect(row?.failedSignIns).toBe(1);
      expect(await storedHash(id)).toBe(before);
    },
  );

  it("does not upgrade (or sign in) a locked account, even with the right password", SCRYPT_HEAVY, async () => {
    const { id, email } = await legacyUser();
    const before = await storedHash(id);
    await getDb()
      .update(users)
      .set({ lockedUntil: sql`now() + interval '15 minutes'` })
      .where(eq(users.id, id));
    expect((await signIn(email, password)).status).toBe(401);
    expect(await storedHash(id)).toBe(before);
  });
});
