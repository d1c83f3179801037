import "server-only";
import { count, desc, eq } from "drizzle-orm";
import { devMailbox } from "@/db/schema";
import type { Executor } from "@/db/types";
import { requirePermission, type Actor } from "@/server/access/actor";
import { isUuid } from "@/lib/uuid";
import { pageOffset, parsePageParams, type ListPage, type PageSizeRules } from "@/contracts/list-page";
import type { SearchParamsInput } from "@/contracts/url-params";
import { AppError } from "../errors";

export const MAILBOX_PAGING: PageSizeRules = { defaultPageSize: 100, maxPageSize: 100 };

export type MailboxMessageLine = { id: string; toAddress: string; subject: string; receivedAt: Date };

/** The development mailbox: what the "dev" provider delivered, newest first, a page at a time. */
export async function findMailboxMessages({
  db,
  actor,
  query = {},
}: {
  db: Executor;
  actor: Actor | null;
  query?: SearchParamsInput;
}): Promise<ListPage<MailboxMessageLine>> {
  requirePermission(actor, "emails.read");
  const { page, pageSize } = parsePageParams(query, MAILBOX_PAGING);
  const [items, [total]] = await Promise.all([
    db
      .select({
        id: devMailbox.id,
        toAddress: devMailbox.toAddress,
        subject: devMailbox.subject,
        receivedAt: devMailbox.receivedAt,
      })
      .from(devMailbox)
      .orderBy(desc(devMailbox.receivedAt))
      .limit(pageSize)
      .offset(pageOffset({ page, pageSize })),
    db.select({ value: count() }).from(devMailbox),
  ]);
  return { items, total: total?.value ?? 0, totalIsExact: true, page, pageSize };
}

export async function getMailboxMessage({ db, actor, id }: { db: Executor; actor: Actor | null; id: string }) {
  requirePermission(actor, "emails.read");
  if (!isUuid(id)) throw new AppError("NOT_FOUND", "No such message");
  const [message] = await db.select().from(devMailbox).where(eq(devMailbox.id, id));
  if (!message) throw new AppError("NOT_FOUND", "No such message");
  return message;
}
