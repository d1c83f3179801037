import "server-only";
import { sql } from "drizzle-orm";
import { bookings, customers } from "@/db/schema";
import { getDb } from "@/db/client";
import { seedDemoData } from "@/db/seed/seed-demo-data";
import { createUser } from "@/server/users/create-user";
import { DEMO_TEAM } from "@/testing/demo-team";

const DEMO_BOOKINGS = 300;

// Development only (SEED_DEMO_DATA): well-known credentials on a machine nobody else reaches.
const DEMO_USERS = [DEMO_TEAM.admin, DEMO_TEAM.staff];

/** First start of a development install: a few hundred realistic bookings and three people to sign in as. */
export async function seedDemoDataIfEmpty(): Promise<void> {
  const db = await getDb();
  if ((await db.$count(bookings)) === 0) {
    const started = Date.now();
    await seedDemoData(db, { bookings: DEMO_BOOKINGS });
    console.log(`Seeded ${DEMO_BOOKINGS} demo bookings in ${Date.now() - started} ms`);
    for (const user of DEMO_USERS) await createUser({ db, input: user });
    const [customer] = await db
      .select({ name: customers.fullName, email: customers.email })
      .from(customers)
      .where(sql`${customers.fullName} = 'Sara Al Mansoori'`)
      .limit(1);
    if (customer) await createUser({ db, input: { email: customer.email, name: customer.name, role: "customer" } });
    console.log(
      [
        "",
        "Demo sign-in (development data):",
        ...DEMO_USERS.map((u) => `  ${u.role.padEnd(8)} ${u.email} / ${u.password}`),
        customer ? `  customer ${customer.email} (emailed sign-in link: read it in /admin/mailbox)` : "",
        "",
      ].join("\n"),
    );
  }
}
