import "server-only";
import { count, desc, eq, type SQL } from "drizzle-orm";
import { z } from "zod";
import { bookings, emailOutbox } from "@/db/schema";
import type { Executor } from "@/db/types";
import { requirePermission, type Actor } from "@/server/access/actor";
import { PAGE_PARAMS, pageOffset, pageParamsShape, type PageSizeRules } from "@/contracts/list-page";
import { optionalParam, pickParams, textParam, type SearchParamsInput } from "@/contracts/url-params";
import { parseInput } from "../validation";
import { EMAIL_STATUSES } from "@/lib/enum-values";

export { EMAIL_STATUSES };
export type EmailStatus = (typeof EMAIL_STATUSES)[number];

export const EMAIL_LIST_PAGING: PageSizeRules = { defaultPageSize: 50, maxPageSize: 100 };

const EMAIL_LIST_PARAMS = ["status", ...PAGE_PARAMS] as const;

/**
 * The Emails page's query string. A status outside the list is refused, naming it, so the page can say
 * why it shows every email; a bad page number still shows the first page.
 */
export const emailListQuerySchema = z.object({
  status: optionalParam(
    textParam("status", { max: 32 }).pipe(
      z.enum(EMAIL_STATUSES, { error: `status must be one of: ${EMAIL_STATUSES.join(", ")}` }),
    ),
  ),
  ...pageParamsShape(EMAIL_LIST_PAGING, "useDefault"),
});

/** A page of the outbox, newest first, optionally one status only. */
export async function findEmails({
  db,
  actor,
  query = {},
}: {
  db: Executor;
  actor: Actor | null;
  query?: SearchParamsInput;
}) {
  requirePermission(actor, "emails.read");
  const { status, page, pageSize } = parseInput(
    emailListQuerySchema,
    pickParams(query, EMAIL_LIST_PARAMS),
    "Some email list filters are not valid",
  );
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
