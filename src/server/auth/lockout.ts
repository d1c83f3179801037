import "server-only";
import { and, eq, gt, isNull, lte, or, sql } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Database } from "@/db/types";
import { recordAudit } from "../audit/record-audit";

export const MAX_FAILED_SIGN_INS = 10;
/** Both the window the failures are counted in (from the first one) and how long the lock lasts. */
export const LOCKOUT_MINUTES = 15;

// A constant, never input: written into the SQL so both drivers see a plain interval.
const lockoutInterval = sql.raw(`interval '${LOCKOUT_MINUTES} minutes'`);
const sameEmail = (email: string) => sql`lower(${users.email}) = lower(${email})`;
const notLocked = or(isNull(users.lockedUntil), lte(users.lockedUntil, sql`now()`));

/** Whether password sign-in to this address is refused for now. Unknown addresses are never locked. */
export async function isSignInLocked(db: Database, email: string): Promise<boolean> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(sameEmail(email), gt(users.lockedUntil, sql`now()`)))
    .limit(1);
  return row !== undefined;
}

/**
 * Counts a wrong password (or an unknown address, which has nothing to count) and locks the account
 * on the tenth failure within the window. One UPDATE per failure, so concurrent attempts from several
 * app servers all count. The attempt is audited with the address tried, never the password.
 */
export async function recordFailedSignIn(
  db: Database,
  { email, ipAddress }: { email: string; ipAddress: string | null },
): Promise<void> {
  const emailTried = email.slice(0, 254);
  await db.transaction(async (tx) => {
    const withinWindow = sql`${users.failedSignInsSince} > now() - ${lockoutInterval}`;
    const [user] = await tx
      .update(users)
      .set({
        failedSignIns: sql`case when ${withinWindow} then ${users.failedSignIns} + 1 else 1 end`,
        failedSignInsSince: sql`case when ${withinWindow} then ${users.failedSignInsSince} else now() end`,
      })
      .where(and(sameEmail(emailTried), notLocked))
      .returning({ id: users.id, email: users.email, failedSignIns: users.failedSignIns });
    const target = user ? { type: "user" as const, id: user.id, label: user.email } : null;
    await recordAudit(tx, {
      action: "sign_in_failed",
      target,
      ipAddress,
      details: { email: emailTried, method: "password" },
    });
    if (!user || user.failedSignIns < MAX_FAILED_SIGN_INS) return;
    await tx
      .update(users)
      .set({ lockedUntil: sql`now() + ${lockoutInterval}`, failedSignIns: 0, failedSignInsSince: null })
      .where(eq(users.id, user.id));
    await recordAudit(tx, {
      action: "account_locked",
      target,
      ipAddress,
      details: { failedSignIns: user.failedSignIns, minutes: LOCKOUT_MINUTES },
    });
  });
}

/** A correct password starts the count afresh. */
export async function clearFailedSignIns(db: Database, email: string): Promise<void> {
  await db
    .update(users)
    .set({ failedSignIns: 0, failedSignInsSince: null })
    .where(and(sameEmail(email), gt(users.failedSignIns, 0)));
}
