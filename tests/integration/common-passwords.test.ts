import { desc, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { POST as authPost } from "@/app/api/auth/[...all]/route";
import { emailOutbox } from "@/db/schema";
import type { Actor } from "@/server/access/actor";
import { COMMON_PASSWORD_MESSAGE } from "@/server/auth/common-passwords";
import type { AppError } from "@/server/errors";
import { createUser } from "@/server/users/create-user";
import { inviteUser } from "@/server/users/invite-user";
import { uniqueIp } from "../support/api-request";
import { describeEachDatabase } from "../support/each-database";
import { routesUseDatabase } from "../support/route-database";

const origin = "http://localhost:3000";
const post = (path: string, body: unknown, cookie = "") =>
  authPost(
    new Request(`${origin}/api/auth${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin, "x-forwarded-for": uniqueIp(), cookie },
      body: JSON.stringify(body),
    }),
  );
const cookieOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
const uniqueEmail = (who: string) => `${who}.${Date.now()}.${Math.random().toString(36).slice(2, 8)}@pawpath.test`;
const tokenIn = (data: unknown) => /reset-password\/([^?]+)/.exec(String((data as { url: string }).url))?.[1];

// Ranks 90,411 and 90,868 of the breached-password list: deep in it, and long enough for the length rule.
const DEEP_IN_THE_LIST = ["whiterabbit", "Thunderbolt"];
const STRONG = "quiet lantern orbit 47";
const password = "correct horse battery";

beforeAll(() => {
  process.env.APP_URL = origin;
});

describeEachDatabase("the 100,000 most common passwords are refused wherever a password is set", (getDb) => {
  routesUseDatabase(getDb);
  let admin: Actor;
  const latestLinkTo = async (to: string) =>
    tokenIn(
      (
        await getDb()
          .select()
          .from(emailOutbox)
          .where(eq(emailOutbox.toAddress, to))
          .orderBy(desc(emailOutbox.createdAt))
      )[0]?.data,
    );
  const expectRefusedWithReason = async (response: Response) => {
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ message: COMMON_PASSWORD_MESSAGE });
  };

  beforeAll(async () => {
    const email = uniqueEmail("admin");
    const { id } = await createUser({ db: getDb(), input: { email, name: "Ada", role: "admin", password } });
    admin = { id, email, name: "Ada", role: "admin" };
  });

  it("creating an account (the first admin, from the command line)", async () => {
    for (const common of DEEP_IN_THE_LIST) {
      const error = await createUser({
        db: getDb(),
        input: { email: uniqueEmail("cli"), name: "Cli", role: "admin", password: common },
      }).then(
        () => {
          throw new Error("expected a refusal");
        },
        (refusal: AppError) => refusal,
      );
      expect(error).toMatchObject({ code: "VALIDATION", fields: { password: COMMON_PASSWORD_MESSAGE } });
    }
    await expect(
      createUser({ db: getDb(), input: { email: uniqueEmail("cli"), name: "Cli", role: "admin", password: STRONG } }),
    ).resolves.toMatchObject({ role: "admin" });
  });

  it("accepting an invitation", async () => {
    const email = uniqueEmail("invitee");
    await inviteUser({ db: getDb(), actor: admin, input: { email, name: "Noor", role: "staff" } });
    const token = await latestLinkTo(email);
    for (const common of DEEP_IN_THE_LIST)
      await expectRefusedWithReason(await post("/reset-password", { newPassword: common, token }));
    expect((await post("/reset-password", { newPassword: STRONG, token })).status).toBe(200);
    expect((await post("/sign-in/email", { email, password: STRONG })).status).toBe(200);
  });

  it("resetting a forgotten password", async () => {
    const email = uniqueEmail("forgot");
    await createUser({ db: getDb(), input: { email, name: "Sara", role: "staff", password } });
    expect((await post("/request-password-reset", { email, redirectTo: "/reset-password" })).status).toBe(200);
    const token = await latestLinkTo(email);
    for (const common of DEEP_IN_THE_LIST)
      await expectRefusedWithReason(await post("/reset-password", { newPassword: common, token }));
    expect((await post("/reset-password", { newPassword: STRONG, token })).status).toBe(200);
  });

  it("changing one's own password", async () => {
    const email = uniqueEmail("change");
    await createUser({ db: getDb(), input: { email, name: "Huda", role: "staff", password } });
    const cookie = cookieOf(await post("/sign-in/email", { email, password }));
    for (const common of DEEP_IN_THE_LIST) {
      await expectRefusedWithReason(
        await post("/change-password", { currentPassword: password, newPassword: common }, cookie),
      );
    }
    expect((await post("/change-password", { currentPassword: password, newPassword: STRONG }, cookie)).status).toBe(
      200,
    );
    expect((await post("/sign-in/email", { email, password: STRONG })).status).toBe(200);
  });
});
