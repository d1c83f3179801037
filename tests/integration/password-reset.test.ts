import { desc, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { POST as authPost } from "@/app/api/auth/[...all]/route";
import { emailOutbox } from "@/db/schema";
import { getActor } from "@/server/auth/get-actor";
import { createUser } from "@/server/users/create-user";
import { describeEachDatabase } from "../support/each-database";
import { routesUseDatabase } from "../support/route-database";

const origin = "http://localhost:3000";
const post = (path: string, body: unknown) =>
  authPost(
    new Request(`${origin}/api/auth${path}`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        origin,
        "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 250)}`,
      },
      body: JSON.stringify(body),
    }),
  );
const cookieOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");

beforeAll(() => {
  process.env.APP_URL = origin;
});

describeEachDatabase("password reset by emailed link", (getDb) => {
  routesUseDatabase(getDb);

  it("emails a one-time link through the outbox; the new password works, other sessions end, common passwords are refused", async () => {
    const email = `reset.${Date.now()}@pawpath.test`;
    await createUser({ db: getDb(), input: { email, name: "Sara", role: "staff", password: "the old password" } });
    const oldSession = cookieOf(await post("/sign-in/email", { email, password: "the old password" }));
    expect(await getActor(new Headers({ cookie: oldSession }))).not.toBeNull();

    const unknown = await post("/request-password-reset", {
      email: `nobody.${Date.now()}@pawpath.test`,
      redirectTo: "/reset-password",
    });
    const known = await post("/request-password-reset", { email, redirectTo: "/reset-password" });
    expect(known.status).toBe(unknown.status);
    expect(await known.json()).toEqual(await unknown.json());

    const [queued] = await getDb()
      .select()
      .from(emailOutbox)
      .where(eq(emailOutbox.toAddress, email))
      .orderBy(desc(emailOutbox.createdAt));
    expect(queued?.template).toBe("password_reset");
    const url = String((queued?.data as { url: string }).url);
    const token = /reset-password\/([^?]+)/.exec(url)?.[1];
    expect(token).toBeTruthy();

    const common = await post("/reset-password", { newPassword: "password123", token });
    expect(common.status).toBe(400);

    const reset = await post("/reset-password", { newPassword: "a brand new passphrase", token });
    expect(reset.status).toBe(200);
    expect(await getActor(new Headers({ cookie: oldSession }))).toBeNull();
    expect((await post("/sign-in/email", { email, password: "a brand new passphrase" })).status).toBe(200);
    expect((await post("/reset-password", { newPassword: "yet another passphrase", token })).status).toBe(400);
  });
});
