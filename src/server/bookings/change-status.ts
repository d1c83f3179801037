import "server-only";
import type { BookingCommand } from "@/server/bookings/booking-command";
import type { Executor } from "@/db/types";
import { enqueueEmail } from "@/server/email/enqueue-email";
import { can, type Actor } from "@/server/access/actor";
import { AppError } from "../errors";
import { parseInput } from "../validation";
import {
  assertCurrentVersion,
  bookingEmailSummary,
  lockLiveBooking,
  requireBookingPermission,
  touchBooking,
} from "./booking-rows";
import { recordBookingEvent } from "./record-booking-event";
import { changeStatusSchema, updateFlightSchema } from "@/contracts/bookings/record-schemas";
import { BOOKING_STATUS_LABELS } from "@/contracts/bookings/schemas";
import { isAdminOnlyTransition, isAllowedTransition, STATUS_EMAIL } from "@/contracts/bookings/workflow";

export type StatusChangeResult = { reference: string; status: string; version: number; emailQueued: boolean };

/**
 * Moves a booking one step along the workflow. The change, its timeline entry and (when asked)
 * the customer's email are one transaction: all of them happen or none does.
 */
export async function changeBookingStatus({
  db,
  actor,
  reference,
  input,
  expectedVersion,
}: {
  db: Executor;
  actor: Actor | null;
  reference: string;
  input: unknown;
  /** From an If-Match header: a stale version is then PRECONDITION_FAILED (412) rather than CONFLICT. */
  expectedVersion?: number;
}): Promise<StatusChangeResult> {
  const allowed = requireBookingPermission(actor, "bookings.changeStatus", reference);
  const { status, flight, notifyCustomer, version } = parseInput(
    changeStatusSchema,
    input,
    "The status change needs attention",
  );
  return db.transaction(async (tx) => {
    const { booking, customer } = await lockLiveBooking(tx, reference);
    assertCurrentVersion(booking, expectedVersion, "if-match");
    assertCurrentVersion(booking, version, "body");
    const from = booking.status;
    if (!isAllowedTransition(from, status)) {
      const message =
        from === status
          ? `Booking ${reference} is already ${BOOKING_STATUS_LABELS[from].toLowerCase()}`
          : `A booking that is ${BOOKING_STATUS_LABELS[from].toLowerCase()} cannot move to ${BOOKING_STATUS_LABELS[status].toLowerCase()}`;
      throw new AppError("CONFLICT", message, { fields: { status: message }, details: { currentStatus: from } });
    }
    if (isAdminOnlyTransition(from, status) && !can(allowed, "bookings.reopen")) {
      throw new AppError("FORBIDDEN", "Only an admin can reopen a cancelled booking");
    }
    if (status === "flight_booked" && !flight) {
      throw new AppError("VALIDATION", "Enter the flight details to mark the booking flight booked", {
        fields: { flight: "Flight details are required for flight booked" },
      });
    }
    const newVersion = await touchBooking(tx, booking, { status, ...(status === "flight_booked" ? { flight } : {}) });
    const template = notifyCustomer ? STATUS_EMAIL[status] : null;
    await recordBookingEvent(tx, {
      bookingId: booking.id,
      type: "status_changed",
      actorId: allowed.id,
      data: {
        from,
        to: status,
        version: newVersion,
        notified: template !== null,
        ...(status === "flight_booked" ? { flight } : {}),
      },
    });
    if (template) {
      const summary = await bookingEmailSummary(tx, booking, customer);
      await enqueueEmail(tx, {
        template,
        to: customer.email,
        data: template === "flight_booked" ? { booking: summary, flight: flight! } : { booking: summary },
        idempotencyKey: `status/${booking.id}/${newVersion}`,
        bookingId: booking.id,
      });
    }
    return { reference, status, version: newVersion, emailQueued: template !== null };
  });
}

/** Corrects the flight of a flight-booked booking; may email the customer the new details. */
export async function updateBookingFlight({ db, actor, reference, input }: BookingCommand) {
  const allowed = requireBookingPermission(actor, "bookings.changeStatus", reference);
  const { flight, notifyCustomer, version } = parseInput(
    updateFlightSchema,
    input,
    "The flight details need attention",
  );
  return db.transaction(async (tx) => {
    const { booking, customer } = await lockLiveBooking(tx, reference);
    assertCurrentVersion(booking, version, "body");
    if (booking.status !== "flight_booked") {
      throw new AppError("CONFLICT", "Flight details can be corrected while the booking is flight booked", {
        details: { currentStatus: booking.status },
      });
    }
    const newVersion = await touchBooking(tx, booking, { flight });
    await recordBookingEvent(tx, {
      bookingId: booking.id,
      type: "flight_changed",
      actorId: allowed.id,
      data: { from: booking.flight, to: flight, version: newVersion, notified: notifyCustomer },
    });
    if (notifyCustomer) {
      await enqueueEmail(tx, {
        template: "flight_booked",
        to: customer.email,
        data: { booking: await bookingEmailSummary(tx, booking, customer), flight, correction: true },
        idempotencyKey: `flight/${booking.id}/${newVersion}`,
        bookingId: booking.id,
      });
    }
    return { reference, version: newVersion, emailQueued: notifyCustomer };
  });
}
