import "server-only";
import type { BookingCommand } from "@/server/bookings/booking-command";
import { randomUUID } from "node:crypto";
import { and, eq, isNull, sql } from "drizzle-orm";
import { bookingDocuments } from "@/db/schema";
import { queryRows } from "@/db/sql";
import type { Executor } from "@/db/types";
import {
  CUSTOMER_UPDATE_PHOTO_TYPES,
  customerUpdateSchema,
  type PostedCustomerUpdate,
} from "@/contracts/journey/customer-update";
import { lockLiveBooking, requireBookingPermission } from "@/server/bookings/booking-rows";
import { recordBookingEvent } from "@/server/bookings/record-booking-event";
import { enqueueEmail } from "@/server/email/enqueue-email";
import { AppError } from "../errors";
import { parseInput } from "../validation";

const PHOTO_REFUSED = "Choose a checked photo (JPEG, PNG, WebP or HEIC) of this booking";

/** The photo of an update: a checked, live image among this booking's own documents, or a 400 naming it. */
async function findPhoto(tx: Executor, bookingId: string, documentId: string) {
  const [document] = await tx
    .select({ id: bookingDocuments.id, name: bookingDocuments.displayName, contentType: bookingDocuments.contentType })
    .from(bookingDocuments)
    .where(
      and(
        eq(bookingDocuments.id, documentId),
        eq(bookingDocuments.bookingId, bookingId),
        eq(bookingDocuments.status, "ready"),
        isNull(bookingDocuments.deletedAt),
      ),
    );
  // Only a ready document's content type is the checked one (before the check it is the browser's claim).
  if (!document || !CUSTOMER_UPDATE_PHOTO_TYPES.includes(document.contentType))
    throw new AppError("VALIDATION", "The photo cannot be used", { fields: { photoDocumentId: PHOTO_REFUSED } });
  return document;
}

/**
 * Posts an update for the customer (staff and admins): a `customer_update` event, which their journey and
 * the public tracking page show, and, when asked, the `journey_update` email queued in the same transaction.
 * The photo is never attached: the email says it is on the booking's page.
 */
export async function postCustomerUpdate({
  db,
  actor,
  reference,
  input,
}: BookingCommand): Promise<PostedCustomerUpdate> {
  const allowed = requireBookingPermission(actor, "customerUpdates.write", reference);
  const { text, photoDocumentId, notifyCustomer } = parseInput(
    customerUpdateSchema,
    input,
    "The update for the customer needs attention",
  );
  return db.transaction(async (tx) => {
    const { booking, customer } = await lockLiveBooking(tx, reference);
    const photo = photoDocumentId ? await findPhoto(tx, booking.id, photoDocumentId) : undefined;
    const updateId = randomUUID();
    await recordBookingEvent(tx, {
      bookingId: booking.id,
      type: "customer_update",
      actorId: allowed.id,
      data: { updateId, text, ...(photo ? { photoDocumentId: photo.id } : {}), notified: notifyCustomer },
    });
    if (notifyCustomer) {
      await enqueueEmail(tx, {
        template: "journey_update",
        to: customer.email,
        data: {
          booking: { reference: booking.reference, customerName: customer.fullName },
          text,
          hasPhoto: photo !== undefined,
        },
        idempotencyKey: `journey-update/${updateId}`,
        bookingId: booking.id,
      });
    }
    // The event's created_at is the transaction's now(): the time the journey will show.
    const [clock] = await queryRows<{ at: Date | string }>(tx, sql`select now() as at`);
    return {
      id: updateId,
      at: new Date(clock!.at).toISOString(),
      text,
      ...(photo ? { photo: { documentId: photo.id, name: photo.name } } : {}),
    };
  });
}
