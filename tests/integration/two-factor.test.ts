import { and, eq, inArray } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { POST as authPost } from "@/app/api/auth/[...all]/route";
import { auditLog, twoFactors, users } from "@/db/schema";
import { getActor } from "@/server/auth/get-actor";
import { createUser } from "@/server/users/create-user";
import { uniqueIp } from "../support/api-request";
import { describeEachDatabase } from "../support/each-database";
import { routesUseDatabase } from "../support/route-database";
import { secretOf, totpCode } from "../support/totp";

const origin = "http://localhost:3000";
// Any other 6 digits: off by one from the current code.
const wrongCode = (secret: string) => String((Number(totpCode(secret)) + 1) % 1_000_000).padStart(6, "0");

/** One browser's cookies: what the responses set, minus what they expire. */
class Browser {
  private cookies = new Map<string, string>();

  get cookie() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  async post(path: string, body: unknown) {
    const response = await authPost(
      new Request(`${origin}/api/auth${path}`, {
        method: "POST",
        // A fresh client address per call: the two-factor endpoints allow 3 tries per 10 s per address.
        headers: { "content-type": "application/json", origin, "x-forwarded-for": uniqueIp(), cookie: this.cookie },
        body: JSON.stringify(body),
      }),
    );
    for (const line of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = line.split(";");
      const name = pair.slice(0, pair.indexOf("="));
      const expired = attributes.some((a) => /^\s*max-age=0$/i.test(a)) || pair.endsWith("=");
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, pair.slice(pair.indexOf("=") + 1));
    }
    return response;
  }

  actor() {
    return getActor(new Headers({ cookie: this.cookie }));
  }
}

beforeAll(() => {
  process.env.APP_URL = origin;
});

describeEachDatabase("two-factor sign-in (authenticator app)", (getDb) => {
  routesUseDatabase(getDb);
  const password = "staff password here";
  let email = "";
  let secret = "";
  let backupCodes: string[] = [];

  beforeAll(async () => {
    email = `two.factor.${Date.now()}@pawpath.test`;
    await createUser({ db: getDb(), input: { email, name: "Omar", role: "staff", password } });
  });

  it("turns on only after a correct code from the app: wrong password and wrong code are refused", async () => {
    const browser = new Browser();
    expect((await browser.post("/sign-in/email", { email, password })).status).toBe(200);

    expect((await browser.post("/two-factor/enable", { password: "not my password" })).status).toBe(400);
    const enabled = await browser.post("/two-factor/enable", { password });
    expect(enabled.status).toBe(200);
    const { totpURI, backupCodes: codes } = (await enabled.json()) as { totpURI: string; backupCodes: string[] };
    expect(totpURI).toMatch(/^otpauth:\/\/totp\/PawPath%20Bookings:/);
    expect(new URL(totpURI).searchParams.get("issuer")).toBe("PawPath Bookings");
    expect(codes).toHaveLength(10);
    secret = secretOf(totpURI);
    backupCodes = codes;
    // Set up but not verified: not on yet, and the secret is stored encrypted.
    const [stored] = await getDb()
      .select()
      .from(twoFactors)
      .innerJoin(users, eq(users.id, twoFactors.userId))
      .where(eq(users.email, email));
    expect(stored?.users.twoFactorEnabled).toBe(false);
    expect(stored?.two_factors.secret).not.toContain(secret);

    expect((await browser.post("/two-factor/verify-totp", { code: wrongCode(secret) })).status).toBe(401);
    expect((await browser.post("/two-factor/verify-totp", { code: totpCode(secret) })).status).toBe(200);
    const [user] = await getDb().select().from(users).where(eq(users.email, email));
    expect(user?.twoFactorEnabled).toBe(true);
    expect(await browser.actor()).toMatchObject({ email, mustEnableTwoFactor: false });
  });

  it("asks for the code after a correct password: no session until then, a wrong code is refused", async () => {
    const browser = new Browser();
    const signIn = await browser.post("/sign-in/email", { email, password });
    expect(signIn.status).toBe(200);
    expect(await signIn.json()).toMatchObject({ twoFactorRedirect: true, twoFactorMethods: ["totp"] });
    expect(await browser.actor()).toBeNull();

    const wrong = await browser.post("/two-factor/verify-totp", { code: wrongCode(secret) });
    expect(wrong.status).toBe(401);
    expect(await browser.actor()).toBeNull();

    expect((await browser.post("/two-factor/verify-totp", { code: totpCode(secret), trustDevice: true })).status).toBe(
      200,
    );
    expect(await browser.actor()).toMatchObject({ email, role: "staff" });
  });

  it("a trusted device skips the code for the next sign-in", async () => {
    const browser = new Browser();
    await browser.post("/sign-in/email", { email, password });
    await browser.post("/two-factor/verify-totp", { code: totpCode(secret), trustDevice: true });
    await browser.post("/sign-out", {});
    expect(await browser.actor()).toBeNull();
    const again = await browser.post("/sign-in/email", { email, password });
    expect(await again.json()).not.toHaveProperty("twoFactorRedirect");
    expect(await browser.actor()).toMatchObject({ email });
  });

  it("a backup code signs in once, never twice", async () => {
    const first = new Browser();
    await first.post("/sign-in/email", { email, password });
    expect((await first.post("/two-factor/verify-backup-code", { code: backupCodes[0] })).status).toBe(200);
    expect(await first.actor()).toMatchObject({ email });

    const second = new Browser();
    await second.post("/sign-in/email", { email, password });
    expect((await second.post("/two-factor/verify-backup-code", { code: backupCodes[0] })).status).toBe(401);
    expect(await second.actor()).toBeNull();
  });

  it("turns off with the password; then the password alone signs in", async () => {
    const browser = new Browser();
    await browser.post("/sign-in/email", { email, password });
    await browser.post("/two-factor/verify-totp", { code: totpCode(secret) });
    expect((await browser.post("/two-factor/disable", { password: "wrong password!" })).status).toBe(400);
    expect((await browser.post("/two-factor/disable", { password })).status).toBe(200);

    const next = new Browser();
    const signIn = await next.post("/sign-in/email", { email, password });
    expect(await signIn.json()).not.toHaveProperty("twoFactorRedirect");
    expect(await next.actor()).toMatchObject({ email });

    const changes = await getDb()
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(
        and(eq(auditLog.targetLabel, email), inArray(auditLog.action, ["two_factor_enabled", "two_factor_disabled"])),
      )
      .orderBy(auditLog.id);
    expect(changes.map((line) => line.action)).toEqual(["two_factor_enabled", "two_factor_disabled"]);
  });
});

describeEachDatabase("own account: change password (the account page's form)", (getDb) => {
  routesUseDatabase(getDb);

  it("needs the current password, applies our password policy and signs out the other sessions", async () => {
    const email = `change.password.${Date.now()}@pawpath.test`;
    await createUser({ db: getDb(), input: { email, name: "Huda", role: "staff", password: "the first passphrase" } });
    const laptop = new Browser();
    const phone = new Browser();
    await laptop.post("/sign-in/email", { email, password: "the first passphrase" });
    await phone.post("/sign-in/email", { email, password: "the first passphrase" });

    const change = (currentPassword: string, newPassword: string) =>
      laptop.post("/change-password", { currentPassword, newPassword, revokeOtherSessions: true });
    const wrong = await change("not the passphrase", "a second passphrase");
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toMatchObject({ code: "INVALID_PASSWORD" });
    expect((await change("the first passphrase", "password123")).status).toBe(400);
    expect((await change("the first passphrase", "a second passphrase")).status).toBe(200);

    expect(await laptop.actor()).toMatchObject({ email });
    expect(await phone.actor()).toBeNull();
    expect((await new Browser().post("/sign-in/email", { email, password: "a second passphrase" })).status).toBe(200);
  });
});
