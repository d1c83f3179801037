import "server-only";
import { eq } from "drizzle-orm";
import { bookings, emailOutbox } from "@/db/schema";
import type { Executor } from "@/db/types";
import { requirePermission, type Actor } from "@/server/access/actor";
import { AppError } from "../errors";
import { isUuid } from "@/lib/uuid";
import { renderEmail } from "./render-email";
import { CUSTOMER_BOOKING_TEMPLATES, withTrackUrl } from "./track-links";
import { trackUrl } from "@/server/tracking/track-token";

/** One outbox message with its rendered preview; NOT_FOUND when there is none. */
export async function getEmail({ db, actor, id }: { db: Executor; actor: Actor | null; id: string }) {
  requirePermission(actor, "emails.read");
  if (!isUuid(id)) throw new AppError("NOT_FOUND", "No such email");
  const [row] = await db
    .select({ email: emailOutbox, bookingReference: bookings.reference, customerId: bookings.customerId })
    .from(emailOutbox)
    .leftJoin(bookings, eq(bookings.id, emailOutbox.bookingId))
    .where(eq(emailOutbox.id, id));
  if (!row) throw new AppError("NOT_FOUND", "No such email");
  const { customerId, ...found } = row;
  // Shown as the customer received it: with their "Follow your booking" link.
  const link =
    found.bookingReference && customerId && CUSTOMER_BOOKING_TEMPLATES.has(found.email.template)
      ? trackUrl(found.bookingReference, customerId)
      : undefined;
  return {
    ...found.email,
    bookingReference: found.bookingReference,
    rendered: await renderEmail(found.email.template, withTrackUrl(found.email.data, link)),
  };
}
