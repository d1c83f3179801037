import "server-only";
import { and, asc, eq, inArray, ne, sql } from "drizzle-orm";
import {
  bookingEvents,
  bookingImports,
  bookings,
  customers,
  pets,
  type Booking,
  type Customer,
  type Pet,
} from "@/db/schema";
import type { Executor } from "@/db/types";
import { bookingSearchText } from "@/lib/search-text";
import type { Actor } from "@/server/access/actor";
import { AppError } from "../errors";
import { parseInput } from "../validation";
import { lockLiveBooking, requireBookingPermission, touchBooking } from "./booking-rows";
import { recordBookingEvent } from "./record-booking-event";
import { z } from "zod";
import { isoDateSchema } from "@/lib/iso-date-schema";
import { bookingPatchSchema, updateBookingSchema } from "@/contracts/bookings/record-schemas";
import { customerInputSchema, petInputSchema, routeInputSchema } from "@/contracts/bookings/schemas";
import { routeOf } from "@/contracts/bookings/booking-route";
import type { FieldChange } from "@/contracts/bookings/timeline-words";

/** One changed field, in the words the timeline shows: "Phone changed from … to …". */

type EditedPet = NonNullable<ReturnType<typeof updateBookingSchema.parse>["pets"]>[number];

const text = (value: unknown): string | null =>
  value === null || value === undefined || value === "" ? null : String(value);

function diff(changes: FieldChange[], field: string, label: string, from: unknown, to: unknown) {
  const before = text(from);
  const after = text(to);
  if (before !== after) changes.push({ field, label, from: before, to: after });
}

const PET_FIELDS: { key: keyof EditedPet & keyof Pet; label: string }[] = [
  { key: "name", label: "name" },
  { key: "species", label: "species" },
  { key: "breed", label: "breed" },
  { key: "sex", label: "sex" },
  { key: "dateOfBirth", label: "date of birth" },
  { key: "weightKg", label: "weight (kg)" },
  { key: "microchip", label: "microchip" },
  { key: "notes", label: "notes" },
];

/** Weights are numeric(5,2) in the database ("4.20"); compare them as numbers. */
function petValue(key: string, value: unknown): unknown {
  if (key === "weightKg" && value !== null && value !== undefined) return Number(value).toString();
  return value;
}

/**
 * The field changes made by others since a version: what a person whose save was refused needs to
 * see before they apply their edit again.
 */
export async function changesSince(db: Executor, bookingId: string, version: number) {
  return db
    .select({
      type: bookingEvents.type,
      actorId: bookingEvents.actorId,
      data: bookingEvents.data,
      createdAt: bookingEvents.createdAt,
    })
    .from(bookingEvents)
    .where(and(eq(bookingEvents.bookingId, bookingId), sql`(${bookingEvents.data}->>'version')::int > ${version}`))
    .orderBy(asc(bookingEvents.createdAt));
}

/**
 * Rewrites the search text of these bookings (all of one customer's) from the customer as now saved:
 * every edit of a customer's words keeps their bookings findable by them (also the portal's contact edit).
 */
export async function refreshSearchText(tx: Executor, customer: Customer, bookingIds: string[]) {
  if (bookingIds.length === 0) return;
  const rows = await tx
    .select({
      id: bookings.id,
      reference: bookings.reference,
      importedId: bookingImports.sourceId,
      pet: { name: pets.name, microchip: pets.microchip },
    })
    .from(bookings)
    .leftJoin(pets, eq(pets.bookingId, bookings.id))
    // An imported booking stays findable by its old id after an edit.
    .leftJoin(bookingImports, eq(bookingImports.bookingId, bookings.id))
    .where(inArray(bookings.id, bookingIds))
    .orderBy(asc(pets.position));
  type Entry = { reference: string; importedId: string | null; pets: { name: string; microchip: string | null }[] };
  const byBooking = new Map<string, Entry>();
  for (const row of rows) {
    const entry = byBooking.get(row.id) ?? { reference: row.reference, importedId: row.importedId, pets: [] };
    if (row.pet) entry.pets.push(row.pet);
    byBooking.set(row.id, entry);
  }
  for (const [id, entry] of byBooking) {
    const searchText = bookingSearchText({
      reference: entry.reference,
      customerName: customer.fullName,
      email: customer.email,
      phone: customer.phone,
      whatsapp: customer.whatsapp,
      pets: entry.pets,
      importedId: entry.importedId,
    });
    await tx.update(bookings).set({ searchText }).where(eq(bookings.id, id));
  }
}

/**
 * Edits a booking's details (admins). Refused when the booking changed since the version the editor
 * started from, so nobody's work is silently overwritten. One timeline entry lists every field
 * that changed with its old and new value.
 */
export async function updateBooking({
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
  /** From an If-Match header: a stale version is then PRECONDITION_FAILED (412) rather than CONFLICT (409). */
  expectedVersion?: number;
}): Promise<{ reference: string; version: number; changes: FieldChange[] }> {
  const allowed = requireBookingPermission(actor, "bookings.edit", reference);
  const patch = parseInput(bookingPatchSchema, input, "Some details need attention");
  const baseVersion = expectedVersion ?? patch.version;
  if (baseVersion === undefined) {
    throw new AppError(
      "PRECONDITION_REQUIRED",
      "Send the version you edited, in an If-Match header or a version field",
      {
        fields: { version: "Required: the version of the booking you edited" },
      },
    );
  }
  return db.transaction(async (tx) => {
    const { booking, customer } = await lockLiveBooking(tx, reference);
    if (booking.version !== baseVersion) {
      const since = await changesSince(tx, booking.id, baseVersion);
      throw new AppError(
        expectedVersion !== undefined ? "PRECONDITION_FAILED" : "CONFLICT",
        `Someone else saved booking ${reference} after you opened it. Nothing was saved: review their changes, then apply yours again.`,
        {
          fields: { version: `The booking is now at version ${booking.version}` },
          details: { currentVersion: booking.version, changesSince: since },
        },
      );
    }
    const edit = await completeEdit(tx, booking, customer, patch);
    const changes: FieldChange[] = [];
    const customerChanged = edit.customer ? await applyCustomer(tx, customer, edit.customer, changes) : customer;
    const bookingChanges = bookingFieldChanges(booking, edit, changes);
    const petsChanged = edit.pets ? await applyPets(tx, booking, edit.pets, changes) : false;
    if (changes.length === 0) return { reference, version: booking.version, changes };

    const version = await touchBooking(tx, booking, bookingChanges);
    await recordBookingEvent(tx, {
      bookingId: booking.id,
      type: "details_changed",
      actorId: allowed.id,
      data: { version, changes },
    });
    if (customerChanged !== customer || petsChanged) {
      // The search text holds the customer's and pets' words: this booking's, and the customer's other bookings'.
      const ids =
        customerChanged !== customer
          ? (await tx.select({ id: bookings.id }).from(bookings).where(eq(bookings.customerId, customer.id))).map(
              (row) => row.id,
            )
          : [booking.id];
      await refreshSearchText(tx, customerChanged, ids);
    }
    return { reference, version, changes };
  });
}

const MESSAGE = "Some details need attention";

/**
 * Lays the patch's parts over the booking as it is, then validates each whole part with the booking
 * form's rules (field paths as the client wrote them: "customer.phone", "pets.1.weightKg"). The travel
 * date must not be in the past only when it changes: an old booking stays editable.
 */
async function completeEdit(
  tx: Executor,
  booking: Booking,
  customer: Customer,
  patch: z.output<typeof bookingPatchSchema>,
) {
  const edit: z.output<typeof updateBookingSchema> = { version: patch.version, specialRequests: patch.specialRequests };
  if (patch.customer) {
    const current = {
      name: customer.fullName,
      email: customer.email,
      phone: customer.phone,
      whatsapp: customer.whatsapp,
      preferredContact: customer.preferredContact,
    };
    edit.customer = parseInput(
      z.object({ customer: customerInputSchema }),
      { customer: { ...current, ...patch.customer } },
      MESSAGE,
    ).customer;
  }
  if (patch.route) {
    const current = routeOf(booking);
    const merged = { ...current, ...patch.route };
    const dateChanges = merged.travelDate !== booking.travelDate;
    const schema = dateChanges
      ? routeInputSchema
      : routeInputSchema.extend({ travelDate: isoDateSchema("Travel date") });
    edit.route = parseInput(z.object({ route: schema }), { route: merged }, MESSAGE).route;
  }
  if (patch.pets) {
    const current = await tx.select().from(pets).where(eq(pets.bookingId, booking.id));
    const byId = new Map(current.map((pet) => [pet.id, pet]));
    const merged = patch.pets.map((pet) => {
      const existing = pet.id ? byId.get(pet.id) : undefined;
      if (!existing) return pet;
      const { id, bookingId: _booking, position: _position, createdAt: _created, weightKg, ...fields } = existing;
      return { ...fields, id, weightKg: weightKg === null ? null : Number(weightKg), ...pet };
    });
    const petSchema = petInputSchema.extend({ id: z.string().optional() });
    edit.pets = parseInput(z.object({ pets: z.array(petSchema) }), { pets: merged }, MESSAGE).pets;
  }
  return edit;
}

async function applyCustomer(
  tx: Executor,
  customer: Customer,
  input: NonNullable<ReturnType<typeof updateBookingSchema.parse>["customer"]>,
  changes: FieldChange[],
): Promise<Customer> {
  const before = changes.length;
  diff(changes, "customer.name", "Customer name", customer.fullName, input.name);
  diff(changes, "customer.email", "Email", customer.email, input.email);
  diff(changes, "customer.phone", "Phone", customer.phone, input.phone);
  diff(changes, "customer.whatsapp", "WhatsApp", customer.whatsapp, input.whatsapp);
  diff(changes, "customer.preferredContact", "Preferred contact", customer.preferredContact, input.preferredContact);
  if (changes.length === before) return customer;
  if (input.email.toLowerCase() !== customer.email.toLowerCase()) {
    const [other] = await tx
      .select({ id: customers.id })
      .from(customers)
      .where(and(sql`lower(${customers.email}) = lower(${input.email})`, ne(customers.id, customer.id)));
    if (other)
      throw new AppError("VALIDATION", "Another customer already uses this email", {
        fields: { "customer.email": "Another customer already uses this email" },
      });
  }
  const [updated] = await tx
    .update(customers)
    .set({
      fullName: input.name,
      email: input.email,
      phone: input.phone,
      whatsapp: input.whatsapp ?? null,
      preferredContact: input.preferredContact,
      updatedAt: new Date(),
    })
    .where(eq(customers.id, customer.id))
    .returning();
  return updated!;
}

function bookingFieldChanges(
  booking: Booking,
  edit: ReturnType<typeof updateBookingSchema.parse>,
  changes: FieldChange[],
): Partial<Booking> {
  const set: Partial<Booking> = {};
  if (edit.route) {
    const route = edit.route;
    diff(changes, "route.originCountry", "Origin country", booking.originCountry, route.originCountry);
    diff(changes, "route.originCity", "Origin city", booking.originCity, route.originCity);
    diff(
      changes,
      "route.destinationCountry",
      "Destination country",
      booking.destinationCountry,
      route.destinationCountry,
    );
    diff(changes, "route.destinationCity", "Destination city", booking.destinationCity, route.destinationCity);
    diff(changes, "route.travelDate", "Travel date", booking.travelDate, route.travelDate);
    diff(changes, "route.serviceType", "Service", booking.serviceType, route.serviceType);
    Object.assign(set, {
      originCountry: route.originCountry,
      originCity: route.originCity,
      destinationCountry: route.destinationCountry,
      destinationCity: route.destinationCity,
      travelDate: route.travelDate,
      serviceType: route.serviceType,
    });
  }
  if (edit.specialRequests !== undefined) {
    diff(changes, "specialRequests", "Special requests", booking.specialRequests, edit.specialRequests);
    set.specialRequests = edit.specialRequests;
  }
  return set;
}

async function applyPets(
  tx: Executor,
  booking: Booking,
  edited: EditedPet[],
  changes: FieldChange[],
): Promise<boolean> {
  const current = await tx.select().from(pets).where(eq(pets.bookingId, booking.id)).orderBy(asc(pets.position));
  const byId = new Map(current.map((pet) => [pet.id, pet]));
  const before = changes.length;
  for (const [index, pet] of edited.entries()) {
    if (pet.id && !byId.has(pet.id))
      throw new AppError("VALIDATION", "A pet in this edit does not belong to the booking", {
        fields: { [`pets.${index}.id`]: "Unknown pet" },
      });
  }
  const keptIds = new Set(edited.map((pet) => pet.id).filter(Boolean));
  for (const pet of current) {
    if (keptIds.has(pet.id)) continue;
    changes.push({ field: `pets.${pet.id}`, label: `Pet ${pet.name}`, from: `${pet.name} (${pet.species})`, to: null });
    await tx.delete(pets).where(eq(pets.id, pet.id));
  }
  for (const [position, pet] of edited.entries()) {
    const values = {
      position,
      name: pet.name,
      species: pet.species,
      breed: pet.breed ?? null,
      sex: pet.sex ?? null,
      dateOfBirth: pet.dateOfBirth ?? null,
      weightKg: pet.weightKg === undefined ? null : String(pet.weightKg),
      microchip: pet.microchip ?? null,
      notes: pet.notes ?? null,
    };
    const existing = pet.id ? byId.get(pet.id) : undefined;
    if (!existing) {
      await tx.insert(pets).values({ ...values, bookingId: booking.id });
      changes.push({ field: "pets.new", label: "Pet added", from: null, to: `${pet.name} (${pet.species})` });
      continue;
    }
    for (const { key, label } of PET_FIELDS) {
      diff(
        changes,
        `pets.${existing.id}.${key}`,
        `${existing.name}'s ${label}`,
        petValue(key, existing[key]),
        petValue(key, pet[key]),
      );
    }
    await tx.update(pets).set(values).where(eq(pets.id, existing.id));
  }
  return changes.length > before;
}
