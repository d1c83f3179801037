import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { accounts, users } from "@/db/schema";
import type { Database } from "@/db/types";
import { hashPassword, needsRehash } from "./password-hash";

/**
 * Rewrites a correct password's stored hash at the current parameters (scrypt → Argon2id). Call it only
 * after Better Auth accepted this password for this address. The write is conditional on the old hash:
 * nothing writes an outdated hash any more, so an outdated hash still in the row is the one just
 * verified, and a password changed in the meantime is never overwritten.
 */
export async function upgradePasswordHash(
  db: Database,
  { email, password }: { email: string; password: string },
): Promise<boolean> {
  const [account] = await db
    .select({ id: accounts.id, hash: accounts.password })
    .from(accounts)
    .innerJoin(users, eq(users.id, accounts.userId))
    .where(and(sql`lower(${users.email}) = lower(${email})`, eq(accounts.providerId, "credential")))
    .limit(1);
  if (!account?.hash || !needsRehash(account.hash)) return false;
  const upgraded = await db
    .update(accounts)
    .set({ password: await hashPassword(password), updatedAt: sql`now()` })
    .where(and(eq(accounts.id, account.id), eq(accounts.password, account.hash)))
    .returning({ id: accounts.id });
  return upgraded.length > 0;
}
