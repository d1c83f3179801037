import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { emailOutbox } from "@/db/schema";
import type { Executor } from "@/db/types";
import { requirePermission, type Actor } from "@/server/access/actor";
import { isUuid } from "@/lib/uuid";
import { AppError } from "../errors";

/** Puts a dead (or failed) message back in the queue with a fresh set of attempts. */
export async function retryEmail({ db, actor, id }: { db: Executor; actor: Actor | null; id: string }): Promise<void> {
  requirePermission(actor, "emails.retry");
  if (!isUuid(id)) throw new AppError("NOT_FOUND", "No such email");
  const updated = await db
    .update(emailOutbox)
    .set({ status: "queued", attempts: 0, nextAttemptAt: sql`now()`, updatedAt: sql`now()` })
    .where(and(eq(emailOutbox.id, id), inArray(emailOutbox.status, ["dead", "failed"])))
    .returning({ id: emailOutbox.id });
  if (updated.length === 0) throw new AppError("CONFLICT", "Only a failed or dead email can be retried");
}
