import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { GET as authGet, POST as authPost } from "@/app/api/auth/[...all]/route";
import { users } from "@/db/schema";
import { getActor } from "@/server/auth/get-actor";
import { createUser } from "@/server/users/create-user";
import { describeEachDatabase } from "../support/each-database";
import { routesUseDatabase } from "../support/route-database";

const origin = "http://localhost:3000";

function signIn(email: string, password: string, ip = "192.0.2.10") {
  return authPost(
    new Request(`${origin}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin, "x-forwarded-for": ip },
      body: JSON.stringify({ email, password }),
    }),
  );
}

const cookieOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");

beforeAll(() => {
  process.env.APP_URL = origin;
});

describeEachDatabase("sign-in with Better Auth", (getDb) => {
  routesUseDatabase(getDb);
  const password = "correct horse battery";
  let email = "";

  beforeAll(async () => {
    email = `aisha.${Date.now()}@pawpath.test`;
    await createUser({ db: getDb(), input: { email, name: "Aisha", role: "admin", password } });
  });

  it("signs an admin in with email and password, into an HttpOnly session cookie", async () => {
    const response = await signIn(email, password);
    expect(response.status).toBe(200);
    const setCookie = response.headers.getSetCookie().join("\n");
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const actor = await getActor(new Headers({ cookie: cookieOf(response) }));
    expect(actor).toMatchObject({ email, role: "admin" });
    const session = await authGet(
      new Request(`${origin}/api/auth/get-session`, { headers: { cookie: cookieOf(response) } }),
    );
    expect((await session.json()).user.email).toBe(email);
  });

  it("answers a wrong password and an unknown email alike", async () => {
    const wrong = await signIn(email, "not the password!", "192.0.2.11");
    const unknown = await signIn(`nobody.${Date.now()}@pawpath.test`, "not the password!", "192.0.2.12");
    expect(wrong.status).toBe(unknown.status);
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual(await unknown.json());
  });

  it("refuses a deactivated account, even with a live session", async () => {
    const response = await signIn(email, password, "192.0.2.13");
    const cookie = cookieOf(response);
    await getDb().update(users).set({ banned: true }).where(eq(users.email, email));
    expect(await getActor(new Headers({ cookie }))).toBeNull();
    await getDb().update(users).set({ banned: false }).where(eq(users.email, email));
  });

  it("refuses public sign-up", async () => {
    const response = await authPost(
      new Request(`${origin}/api/auth/sign-up/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin },
        body: JSON.stringify({
          email: `new.${Date.now()}@pawpath.test`,
          password: "a long enough password",
          name: "X",
          role: "admin",
        }),
      }),
    );
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await getDb().$count(users, eq(users.role, "admin"))).toBe(1);
  });
});

describeEachDatabase("sign-in rate limit", (getDb) => {
  routesUseDatabase(getDb);

  it("allows 5 sign-in attempts a minute per client address, then 429, and a forged left-most entry does not reset it", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      statuses.push(
        (await signIn(`nobody${i}@pawpath.test`, "not the password!", `203.0.113.5, 198.51.100.${i}`)).status,
      );
    }
    // Each request above came through a different proxy address: six distinct clients, no limit hit.
    expect(statuses).toEqual([401, 401, 401, 401, 401, 401]);
    const limited: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 6; i++) {
      const response = await signIn(`nobody${i}@pawpath.test`, "not the password!", `10.0.0.${i}, 198.51.100.200`);
      limited.push(response.status);
      retryAfter = response.headers.get("retry-after");
    }
    expect(limited.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(limited[5]).toBe(429);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    // Twelve scrypt-paced sign-ins: slow on a busy machine, and a timed-out run would keep signing in
    // against the next suite's database.
  }, 120_000);
});
