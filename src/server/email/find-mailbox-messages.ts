import "server-only";
import { desc, eq } from "drizzle-orm";
import { devMailbox } from "@/db/schema";
import type { Executor } from "@/db/types";
import { requirePermission, type Actor } from "@/server/access/actor";
import { isUuid } from "@/lib/uuid";
import { AppError } from "../errors";

/** The development mailbox: what the "dev" provider delivered, newest first. */
export async function findMailboxMessages({ db, actor, limit = 100 }: { db: Executor; actor: Actor | null; limit?: number }) {
  requirePermission(actor, "emails.read");
  return db
    .select({ id: devMailbox.id, toAddress: devMailbox.toAddress, subject: devMailbox.subject, receivedAt: devMailbox.receivedAt })
    .from(devMailbox)
    .orderBy(desc(devMailbox.receivedAt))
    .limit(limit);
}

export async function getMailboxMessage({ db, actor, id }: { db: Executor; actor: Actor | null; id: string }) {
  requirePermission(actor, "emails.read");
  if (!isUuid(id)) throw new AppError("NOT_FOUND", "No such message");
  const [message] = await db.select().from(devMailbox).where(eq(devMailbox.id, id));
  if (!message) throw new AppError("NOT_FOUND", "No such message");
  return message;
}
