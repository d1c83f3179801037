import "server-only";
import { count, desc, eq, type SQL } from "drizzle-orm";
import { z } from "zod";
import { bookings, emailOutbox } from "@/db/schema";
import type { Executor } from "@/db/types";
import { requirePermission, type Actor } from "@/server/access/actor";
import { pageOffset, pageParamsShape, type PageSizeRules } from "@/contracts/list-page";
import { EMAIL_STATUSES } from "@/lib/enum-values";

export { EMAIL_STATUSES };
export type EmailStatus = (typeof EMAIL_STATUSES)[number];

export const EMAIL_LIST_PAGING: PageSizeRules = { defaultPageSize: 50, maxPageSize: 100 };

/** The Emails page's query string. A bad value shows every email, or the first page, rather than an error. */
export const emailListQuerySchema = z.object({
  status: z.enum(EMAIL_STATUSES).optional().catch(undefined),
  ...pageParamsShape(EMAIL_LIST_PAGING, "useDefault"),
});

/** A page of the outbox, newest first, optionally one status only. */
export async function findEmails({ db, actor, query }: { db: Executor; actor: Actor | null; query: unknown }) {
  requirePermission(actor, "emails.read");
  const { status, page, pageSize } = emailListQuerySchema.parse(query ?? {});
  const where: SQL | undefined = status ? eq(emailOutbox.status, status) : undefined;
  const [items, [total]] = await Promise.all([
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
      .limit(pageSize)
      .offset(pageOffset({ page, pageSize })),
    db.select({ value: count() }).from(emailOutbox).where(where),
  ]);
  return { items, total: total?.value ?? 0, totalIsExact: true, page, pageSize, status };
}
