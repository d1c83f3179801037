import "server-only";
import { sql } from "drizzle-orm";
import { queryRows } from "../sql";
import type { Executor } from "../types";

/**
 * The first serial number for seeded email addresses: above every number written just before an "@"
 * in the customers table. Seeded addresses end their local part with their serial, so none can equal
 * an address already stored, whether from an earlier seed or from a real booking.
 */
export async function nextEmailSerial(db: Executor): Promise<bigint> {
  const [row] = await queryRows<{ highest: string | null }>(
    db,
    sql`select max((regexp_match(email, '([0-9]+)@'))[1]::numeric)::text as highest from customers`,
  );
  return BigInt(row?.highest ?? "0") + 1n;
}
