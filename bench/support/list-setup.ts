import type pg from "pg";
import type { Database } from "@/db/types";
import type { Actor } from "@/server/access/actor";
import { createUser } from "@/server/users/create-user";

const STAFF_EMAIL = "bench.list@pawpath.test";
const PASSWORD = "bench table password 2026";

export type ListBench = {
  actor: Actor;
  exportParams: Record<string, string>;
  signIn: (baseUrl: string) => Promise<string>;
};

/**
 * A staff member to sign in as, and assignees on about 30% of the bookings (the "me" and
 * "unassigned" filters mean little on a table where nobody is assigned), once per database.
 */
export async function prepareListBench(db: Database, pool: pg.Pool): Promise<ListBench> {
  let staffId = (await pool.query("select id from users where email = $1", [STAFF_EMAIL])).rows[0]?.id as
    string | undefined;
  if (!staffId)
    staffId = (
      await createUser({ db, input: { email: STAFF_EMAIL, name: "Bench Staff", role: "staff", password: PASSWORD } })
    ).id;
  const assigned = (await pool.query("select 1 from bookings where assignee_id = $1 limit 1", [staffId])).rowCount;
  if (!assigned) {
    for (let i = 1; i <= 4; i++) {
      await pool.query(
        "insert into users (name, email, role, email_verified) values ($1, $2, 'staff', true) on conflict do nothing",
        [`Bench Colleague ${i}`, `bench.colleague${i}@pawpath.test`],
      );
    }
    const started = Date.now();
    // One in five assigned to the signed-in staff member, the rest of the 30% spread over colleagues.
    await pool.query(
      `update bookings set assignee_id = case when get_byte(decode(md5(id::text), 'hex'), 0) % 5 = 0 then $1::uuid
         else (select id from users where email = 'bench.colleague' || (1 + get_byte(decode(md5(bookings.id::text), 'hex'), 0) % 4) || '@pawpath.test') end
       where get_byte(decode(md5(id::text), 'hex'), 1) < 77`,
      [staffId],
    );
    await pool.query("vacuum analyze bookings");
    console.log(`Assigned about 30% of the bookings in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  // The newest 100,000 live bookings: the export the issue measures.
  const boundary = (
    await pool.query(
      "select created_at from bookings where deleted_at is null order by created_at desc limit 1 offset 99999",
    )
  ).rows[0]?.created_at as Date | undefined;
  const exportParams: Record<string, string> = boundary
    ? { createdFrom: new Date(boundary.getTime() + 4 * 3600_000).toISOString().slice(0, 10) }
    : {};
  return {
    actor: { id: staffId, name: "Bench Staff", email: STAFF_EMAIL, role: "staff" },
    exportParams,
    signIn: async (baseUrl) => {
      const response = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: baseUrl },
        body: JSON.stringify({ email: STAFF_EMAIL, password: PASSWORD }),
      });
      if (!response.ok) throw new Error(`bench sign-in failed: HTTP ${response.status} ${await response.text()}`);
      return response.headers
        .getSetCookie()
        .map((cookie) => cookie.split(";")[0])
        .join("; ");
    },
  };
}
