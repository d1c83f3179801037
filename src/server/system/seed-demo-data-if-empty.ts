import { bookings } from "@/db/schema";
import { getDb } from "@/db/client";
import { seedDemoData } from "@/db/seed/seed-demo-data";

const DEMO_BOOKINGS = 300;

/** First start of a development install: a few hundred realistic bookings to look at. */
export async function seedDemoDataIfEmpty(): Promise<void> {
  const db = await getDb();
  if ((await db.$count(bookings)) > 0) return;
  const started = Date.now();
  await seedDemoData(db, { bookings: DEMO_BOOKINGS });
  console.log(`Seeded ${DEMO_BOOKINGS} demo bookings in ${Date.now() - started} ms`);
}
