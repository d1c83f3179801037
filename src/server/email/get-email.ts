import "server-only";
import { eq } from "drizzle-orm";
import { bookings, emailOutbox } from "@/db/schema";
import type { Executor } from "@/db/types";
import { requirePermission, type Actor } from "@/server/access/actor";
import { AppError } from "../errors";
import { isUuid } from "@/lib/uuid";
import { renderEmail } from "./render-email";

/** One outbox message with its rendered preview; NOT_FOUND when there is none. */
export async function getEmail({ db, actor, id }: { db: Executor; actor: Actor | null; id: string }) {
  requirePermission(actor, "emails.read");
  if (!isUuid(id)) throw new AppError("NOT_FOUND", "No such email");
  const [row] = await db
    .select({ email: emailOutbox, bookingReference: bookings.reference })
    .from(emailOutbox)
    .leftJoin(bookings, eq(bookings.id, emailOutbox.bookingId))
    .where(eq(emailOutbox.id, id));
  if (!row) throw new AppError("NOT_FOUND", "No such email");
  return {
    ...row.email,
    bookingReference: row.bookingReference,
    rendered: await renderEmail(row.email.template, row.email.data),
  };
}
