import "server-only";
import type { Executor } from "@/db/types";
import type { PublicJourney } from "@/contracts/journey/journey";
import { companyContact, firstName, loadJourneyCore, type JourneyBooking } from "./load-journey";

/**
 * The journey anyone holding the reference and the email (or an emailed link) sees: no email, phone,
 * surname, documents, notes or coordinator. Callers have already matched the booking (tracking).
 */
export async function publicJourney(db: Executor, booking: JourneyBooking, now?: Date): Promise<PublicJourney> {
  const core = await loadJourneyCore(db, booking, now);
  return {
    ...core,
    customerFirstName: firstName(booking.customer_name),
    pets: core.pets.map(({ name, species }) => ({ name, species })),
    contact: { company: companyContact() },
  };
}
