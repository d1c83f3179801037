import "server-only";
import { isBookingReference } from "@/contracts/bookings/booking-reference";
import { AppError } from "../errors";

// Anything that could not be a reference (a NUL, a 10 kB string) is simply not found, before it reaches
// the database (which cannot even compare text holding a NUL).
export function assertPlausibleReference(reference: string): void {
  if (!isBookingReference(reference)) throw new AppError("NOT_FOUND", "No such booking");
}
