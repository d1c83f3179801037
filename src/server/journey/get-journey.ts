import "server-only";
import type { Executor } from "@/db/types";
import { OWNER_DOCUMENT_KINDS, type Journey, type MissingDocument } from "@/contracts/journey/journey";
import type { BookingDocumentView } from "@/contracts/documents/views";
import { requirePermission, type Actor } from "@/server/access/actor";
import { listBookingDocuments } from "@/server/documents/list-booking-documents";
import { assertPlausibleReference } from "@/server/bookings/reference";
import { AppError } from "../errors";
import { companyContact, findJourneyBooking, firstName, loadJourneyCore, type JourneyBooking } from "./load-journey";

/** The customer's own live booking by reference; anyone else's is NOT_FOUND (it must not confirm it exists). */
export async function findOwnJourneyBooking(
  db: Executor,
  actor: Actor | null,
  reference: string,
): Promise<JourneyBooking> {
  const customer = requirePermission(actor, "ownBookings.read");
  assertPlausibleReference(reference);
  const booking = await findJourneyBooking(db, reference, customer.email);
  if (!booking) throw new AppError("NOT_FOUND", `No booking ${reference}`);
  return booking;
}

/** Per pet, the owner's usual documents that no live, checked document of that pet covers yet. */
export function missingDocuments(
  pets: { id: string; name: string }[],
  documents: readonly BookingDocumentView[],
): MissingDocument[] {
  const covered = new Set(
    documents
      .filter((document) => document.deletedAt === null && document.petId !== null)
      .map((document) => `${document.petId}:${document.kind}`),
  );
  return pets.flatMap((pet) =>
    OWNER_DOCUMENT_KINDS.filter((kind) => !covered.has(`${pet.id}:${kind}`)).map((kind) => ({
      kind,
      petId: pet.id,
      petName: pet.name,
    })),
  );
}

/** GET /api/v1/me/bookings/{reference}/journey and /portal/bookings/{reference}: the owner's journey. */
export async function getJourney({
  db,
  actor,
  reference,
  now,
}: {
  db: Executor;
  actor: Actor | null;
  reference: string;
  now?: Date;
}): Promise<Journey> {
  const booking = await findOwnJourneyBooking(db, actor, reference);
  const [core, documents] = await Promise.all([
    loadJourneyCore(db, booking, now),
    listBookingDocuments({ db, actor, reference }),
  ]);
  const live = documents.filter((document) => document.deletedAt === null);
  return {
    ...core,
    documents: live,
    missingDocuments: missingDocuments(core.pets, live),
    contact: {
      coordinator: booking.coordinator_name ? firstName(booking.coordinator_name) : null,
      company: companyContact(),
    },
  };
}
