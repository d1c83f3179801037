import { beforeAll, expect, it, vi } from "vitest";
import { POST as authPost } from "@/app/api/auth/[...all]/route";
import { validateGoogleUserInfo } from "@/server/auth/google-sign-in";
import { createUser } from "@/server/users/create-user";
import { uniqueIp } from "../support/api-request";
import { describeEachDatabase } from "../support/each-database";
import { routesUseDatabase } from "../support/route-database";

// Settings are read once per process: Google must be configured before anything reads them.
const origin = vi.hoisted(() => {
  const origin = "http://localhost:3000";
  Object.assign(process.env, {
    APP_URL: origin,
    GOOGLE_CLIENT_ID: "pawpath-test.apps.googleusercontent.com",
    GOOGLE_CLIENT_SECRET: "test-secret",
    GOOGLE_WORKSPACE_DOMAIN: "pawpathsae.com",
  });
  return origin;
});

// Offline: what is proven here is our side of the round trip (the URL we send people to, and the gate
// their Google identity passes on the way back), not Google's token exchange.
describeEachDatabase("Google sign-in (configured)", (getDb) => {
  routesUseDatabase(getDb);
  let staffId = "";
  let customerId = "";

  beforeAll(async () => {
    const stamp = Date.now();
    staffId = (
      await createUser({ db: getDb(), input: { email: `layla.${stamp}@pawpathsae.com`, name: "Layla", role: "staff" } })
    ).id;
    customerId = (
      await createUser({
        db: getDb(),
        input: { email: `nour.${stamp}@pawpathsae.com`, name: "Nour", role: "customer" },
      })
    ).id;
  });

  it("sends the browser to Google with our Workspace domain as the hd hint", async () => {
    const response = await authPost(
      new Request(`${origin}/api/auth/sign-in/social`, {
        method: "POST",
        headers: { "content-type": "application/json", origin, "x-forwarded-for": uniqueIp() },
        body: JSON.stringify({ provider: "google", callbackURL: "/admin", errorCallbackURL: "/login?via=google" }),
      }),
    );
    expect(response.status).toBe(200);
    const url = new URL(((await response.json()) as { url: string }).url);
    expect(url.origin).toBe("https://accounts.google.com");
    expect(url.searchParams.get("hd")).toBe("pawpathsae.com");
    expect(url.searchParams.get("client_id")).toBe("pawpath-test.apps.googleusercontent.com");
    expect(url.searchParams.get("redirect_uri")).toBe(`${origin}/api/auth/callback/google`);
  });

  it("on the way back, lets an invited staff member in and nobody else", async () => {
    const gate = validateGoogleUserInfo(getDb(), "pawpathsae.com");
    const google = (action: string) => ({
      method: "oauth",
      action,
      oauth: { providerId: "google", profile: { hd: "pawpathsae.com" } },
    });
    const person = (id: string) => ({ id, email: "layla@pawpathsae.com", emailVerified: true });

    expect(await gate({ user: person(staffId), source: google("sign-in") })).toBeUndefined();
    expect(await gate({ user: person(staffId), source: google("link-account") })).toBeUndefined();
    expect((await gate({ user: person(customerId), source: google("sign-in") }))?.error).toBe("google_not_invited");
    expect(
      (await gate({ user: { email: "new@pawpathsae.com", emailVerified: true }, source: google("create-user") }))
        ?.error,
    ).toBe("google_not_invited");
    // Other ways in are not this gate's business.
    expect(
      await gate({ user: person(customerId), source: { method: "magic-link", action: "create-user" } }),
    ).toBeUndefined();
  });
});
