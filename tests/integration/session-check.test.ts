import { eq, sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { sessions } from "@/db/schema";
import { getActor } from "@/server/auth/get-actor";
import { changeRole } from "@/server/users/change-role";
import { deactivateUser } from "@/server/users/deactivate-user";
import { describeEachDatabase } from "../support/each-database";
import { routesUseDatabase } from "../support/route-database";
import { TEST_ORIGIN } from "../support/session";
import { createMember, createTeam, type Member } from "../support/team";

// getActor reads session, user and settings in one statement once Better Auth has checked the cookie's
// signature; every change to the account still shows on the very next request, and sessions Better Auth
// must end or extend still go through it.

const DAY_MS = 86_400_000;

beforeAll(() => {
  process.env.APP_URL = TEST_ORIGIN;
});

describeEachDatabase("the session check", (getDb) => {
  routesUseDatabase(getDb);
  let admin: Member;

  beforeAll(async () => {
    ({ admin } = await createTeam(getDb()));
  });

  const signedIn = async () => {
    const member = await createMember(getDb(), "staff");
    const cookie = await member.sessionCookie();
    const token = decodeURIComponent(/session_token=([^;]+)/.exec(cookie)![1]!).split(".")[0]!;
    return { member, cookie, token, actor: () => getActor(new Headers({ cookie })) };
  };
  const expiresAt = async (token: string) =>
    (await getDb().select({ at: sessions.expiresAt }).from(sessions).where(eq(sessions.token, token)))[0]?.at;

  it("knows the person behind a signed cookie, and nobody behind a forged or unsigned one", async () => {
    const { member, cookie, token, actor } = await signedIn();
    expect(await actor()).toMatchObject({ id: member.id, role: "staff", mustEnableTwoFactor: false });
    const forged = cookie.replace(
      /session_token=[^;]+/,
      `session_token=${encodeURIComponent(`${token}.${"A".repeat(43)}=`)}`,
    );
    expect(await getActor(new Headers({ cookie: forged }))).toBeNull();
    expect(await getActor(new Headers({ cookie: `better-auth.session_token=${token}` }))).toBeNull();
    expect(await getActor(new Headers())).toBeNull();
  });

  it("ends a session on the request after deactivation, and shows a new role on the next one", async () => {
    const { member, actor } = await signedIn();
    await changeRole({ db: getDb(), actor: admin, input: { userId: member.id, role: "admin" } });
    expect(await actor()).toMatchObject({ role: "admin" });
    await deactivateUser({ db: getDb(), actor: admin, userId: member.id });
    expect(await actor()).toBeNull();
  });

  it("refuses an expired session and Better Auth removes it", async () => {
    const { token, actor } = await signedIn();
    await getDb()
      .update(sessions)
      .set({ expiresAt: sql`now() - interval '1 minute'` })
      .where(eq(sessions.token, token));
    expect(await actor()).toBeNull();
    expect(await expiresAt(token)).toBeUndefined();
  });

  it("lets Better Auth extend a session due for it, as before", async () => {
    const { member, token, actor } = await signedIn();
    // Sessions last 7 days and are extended once a day: 5 days left means the last extension is 2 days old.
    await getDb()
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() + 5 * DAY_MS) })
      .where(eq(sessions.token, token));
    expect(await actor()).toMatchObject({ id: member.id });
    expect((await expiresAt(token))!.getTime()).toBeGreaterThan(Date.now() + 6.9 * DAY_MS);
  });
});
