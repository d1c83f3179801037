import { and, desc, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { GET as authGet, POST as authPost } from "@/app/api/auth/[...all]/route";
import { auditLog, customers, emailOutbox, users } from "@/db/schema";
import type { Actor } from "@/server/access/actor";
import { pageCount } from "@/contracts/list-page";
import { findAuditLog } from "@/server/audit/find-audit-log";
import { recordAudit } from "@/server/audit/record-audit";
import type { AppError } from "@/server/errors";
import { createUser } from "@/server/users/create-user";
import { describeEachDatabase } from "../support/each-database";
import { createTeam } from "../support/team";
import { routesUseDatabase } from "../support/route-database";

const origin = "http://localhost:3000";
let ipCounter = 0;
const post = (path: string, body: unknown, ip?: string) => {
  ipCounter += 1;
  return authPost(
    new Request(`${origin}/api/auth${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin, "x-forwarded-for": ip ?? `192.0.2.${ipCounter % 250}` },
      body: JSON.stringify(body),
    }),
  );
};
const uniqueEmail = (who: string) => `${who}.${Date.now()}.${Math.random().toString(36).slice(2, 8)}@pawpath.test`;

beforeAll(() => {
  process.env.APP_URL = origin;
});

describeEachDatabase("audit log", (getDb) => {
  routesUseDatabase(getDb);
  const password = "correct horse battery";
  let admin: Actor;
  let staff: Actor;

  beforeAll(async () => {
    ({ admin, staff } = await createTeam(getDb(), { admin: { name: "Ana" }, staff: { name: "Cal" }, password }));
  });

  it("records a password sign-in with who, from where and how", async () => {
    expect((await post("/sign-in/email", { email: staff.email, password }, "203.0.113.77")).status).toBe(200);
    const { items: data } = await findAuditLog({
      db: getDb(),
      actor: admin,
      filters: { action: "sign_in", targetType: "user", targetId: staff.id },
    });
    expect(data).toMatchObject([
      {
        actorId: staff.id,
        actorEmail: staff.email,
        targetLabel: staff.email,
        ipAddress: "203.0.113.77",
        details: { method: "password" },
      },
    ]);
  });

  it("records a failed sign-in with the address tried and never the password, for unknown addresses too", async () => {
    const unknown = uniqueEmail("stranger");
    expect((await post("/sign-in/email", { email: unknown, password: "guess number one" })).status).toBe(401);
    expect((await post("/sign-in/email", { email: staff.email, password: "guess number two" })).status).toBe(401);
    const { items: data } = await findAuditLog({ db: getDb(), actor: admin, filters: { action: "sign_in_failed" } });
    expect(data.find((line) => line.details.email === unknown)).toMatchObject({ targetId: null, actorId: null });
    expect(data.find((line) => line.details.email === staff.email)).toMatchObject({ targetId: staff.id });
    expect(JSON.stringify(data)).not.toMatch(/guess number/);
  });

  it("a correct password that still owes a two-factor code is not yet a sign-in", async () => {
    const email = uniqueEmail("twofactor");
    const { id } = await createUser({ db: getDb(), input: { email, name: "Tara", role: "staff", password } });
    await getDb().update(users).set({ twoFactorEnabled: true }).where(eq(users.id, id));
    const response = await post("/sign-in/email", { email, password });
    expect(await response.json()).toMatchObject({ twoFactorRedirect: true });
    expect(
      await getDb()
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, "sign_in"), eq(auditLog.targetId, id))),
    ).toHaveLength(0);
  });

  it("records a sign-in by emailed link", async () => {
    const email = uniqueEmail("owner");
    await getDb().insert(customers).values({ fullName: "Olive Owner", email, phone: "+971500000000" });
    expect((await post("/sign-in/magic-link", { email, callbackURL: "/portal" })).status).toBe(200);
    const [message] = await getDb().select().from(emailOutbox).where(eq(emailOutbox.toAddress, email));
    const link = new URL(String((message?.data as { url: string }).url));
    const verified = await authGet(new Request(link, { headers: { "x-forwarded-for": "198.51.100.9" } }));
    expect(verified.status).toBe(302);
    const [line] = await getDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "sign_in"), eq(auditLog.actorEmail, email)));
    expect(line).toMatchObject({ details: { method: "email_link" }, ipAddress: "198.51.100.9" });
  });

  it("is for admins only", async () => {
    const refused = await findAuditLog({ db: getDb(), actor: staff, filters: {} }).catch((error: AppError) => error);
    expect(refused).toMatchObject({ code: "FORBIDDEN" });
  });

  it("pages newest first, filters by action and target, and ignores a malformed filter instead of failing", async () => {
    const target = { type: "user" as const, id: crypto.randomUUID(), label: "paged@pawpath.test" };
    for (let i = 0; i < 55; i++)
      await recordAudit(getDb(), { action: "role_changed", actor: admin, target, details: { step: i } });
    const first = await findAuditLog({
      db: getDb(),
      actor: admin,
      filters: { action: "role_changed", targetType: "user", targetId: target.id },
    });
    expect({ count: first.total, totalPages: pageCount(first), currentPage: first.page }).toMatchObject({
      count: 55,
      totalPages: 2,
      currentPage: 1,
    });
    expect(first.items).toHaveLength(50);
    expect(first.items[0]?.details).toEqual({ step: 54 });
    const second = await findAuditLog({
      db: getDb(),
      actor: admin,
      filters: { action: "role_changed", targetType: "user", targetId: target.id, page: "2" },
    });
    expect(second.items.map((line) => line.details.step)).toEqual([4, 3, 2, 1, 0]);

    const loose = await findAuditLog({ db: getDb(), actor: admin, filters: { action: "DROP TABLE", page: "-3" } });
    expect(loose.page).toBe(1);
    expect(loose.filters.action).toBeUndefined();
    const newestFirst = await getDb()
      .select()
      .from(auditLog)
      .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
      .limit(1);
    expect(loose.items[0]?.id).toBe(newestFirst[0]?.id);
  });
  it("refuses a NUL byte or a lone surrogate in a filter as VALIDATION naming it, before the database sees it", async () => {
    for (const targetId of ["abc\u0000", "abc\uD800"]) {
      const refused = await findAuditLog({
        db: getDb(),
        actor: admin,
        filters: { targetType: "user", targetId },
      }).catch((error: AppError) => error);
      expect(refused).toMatchObject({
        name: "AppError",
        code: "VALIDATION",
        fields: { targetId: "targetId contains an invalid character" },
      });
    }
  });
});
