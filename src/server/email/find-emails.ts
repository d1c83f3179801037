import "server-only";
import { count, desc, eq, type SQL } from "drizzle-orm";
import { bookings, emailOutbox } from "@/db/schema";
import type { Executor } from "@/db/types";
import { requirePermission, type Actor } from "@/server/access/actor";

import { EMAIL_STATUSES } from "@/lib/enum-values";

export { EMAIL_STATUSES };
export type EmailStatus = (typeof EMAIL_STATUSES)[number];
const PER_PAGE = 50;

/** A page of the outbox, newest first, optionally one status only. */
export async function findEmails({ db, actor, status, page = 1 }: { db: Executor; actor: Actor | null; status?: EmailStatus; page?: number }) {
  requirePermission(actor, "emails.read");
  const where: SQL | undefined = status ? eq(emailOutbox.status, status) : undefined;
  const currentPage = Math.max(1, Math.floor(page));
  const [data, [total]] = await Promise.all([
    db
      .select({
        id: emailOutbox.id,
        template: emailOutbox.template,
        toAddress: emailOutbox.toAddress,
        status: emailOutbox.status,
        attempts: emailOutbox.attempts,
        lastError: emailOutbox.lastError,
        provider: emailOutbox.provider,
        providerMessageId: emailOutbox.providerMessageId,
        createdAt: emailOutbox.createdAt,
        sentAt: emailOutbox.sentAt,
        nextAttemptAt: emailOutbox.nextAttemptAt,
        bookingReference: bookings.reference,
      })
      .from(emailOutbox)
      .leftJoin(bookings, eq(bookings.id, emailOutbox.bookingId))
      .where(where)
      .orderBy(desc(emailOutbox.createdAt))
      .limit(PER_PAGE)
      .offset((currentPage - 1) * PER_PAGE),
    db.select({ value: count() }).from(emailOutbox).where(where),
  ]);
  const totalCount = total?.value ?? 0;
  return { data, count: totalCount, currentPage, perPage: PER_PAGE, totalPages: Math.max(1, Math.ceil(totalCount / PER_PAGE)) };
}
