import "server-only";
import { sql } from "drizzle-orm";
import { queryRows } from "@/db/sql";
import type { Executor } from "@/db/types";
import { isUuid } from "@/lib/uuid";
import type { Actor } from "@/server/access/actor";
import { lockLiveBooking, requireBookingPermission } from "@/server/bookings/booking-rows";
import { recordBookingEvent } from "@/server/bookings/record-booking-event";
import { AppError } from "../errors";

const NO_SUCH_UPDATE = "No such update for the customer, or it was already withdrawn";

/**
 * Withdraws a wrong update (admins): a `customer_update_withdrawn` event, after which no journey shows it.
 * The posted event stays in the history, as every event does. An unknown or withdrawn update is NOT_FOUND.
 */
export async function withdrawCustomerUpdate({
  db,
  actor,
  reference,
  updateId,
}: {
  db: Executor;
  actor: Actor | null;
  reference: string;
  updateId: string;
}): Promise<void> {
  const allowed = requireBookingPermission(actor, "customerUpdates.withdraw", reference);
  await db.transaction(async (tx) => {
    // The booking's lock orders two withdrawals of one update: the second finds it withdrawn.
    const { booking } = await lockLiveBooking(tx, reference);
    if (!isUuid(updateId)) throw new AppError("NOT_FOUND", NO_SUCH_UPDATE);
    const [posted] = await queryRows<{ update_id: string }>(
      tx,
      sql`select data->>'updateId' as update_id from booking_events
          where booking_id = ${booking.id} and type = 'customer_update' and data->>'updateId' = ${updateId.toLowerCase()}
            and not exists (
              select 1 from booking_events w
              where w.booking_id = ${booking.id} and w.type = 'customer_update_withdrawn'
                and w.data->>'updateId' = ${updateId.toLowerCase()})`,
    );
    if (!posted) throw new AppError("NOT_FOUND", NO_SUCH_UPDATE);
    await recordBookingEvent(tx, {
      bookingId: booking.id,
      type: "customer_update_withdrawn",
      actorId: allowed.id,
      data: { updateId: posted.update_id },
    });
  });
}
