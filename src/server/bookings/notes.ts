import "server-only";
import type { BookingCommand } from "@/server/bookings/booking-command";
import { and, desc, eq, isNull } from "drizzle-orm";
import { bookingNotes, bookings, users } from "@/db/schema";
import type { Executor } from "@/db/types";
import { isUuid } from "@/lib/uuid";
import { can, type Actor } from "@/server/access/actor";
import { AppError } from "../errors";
import { assertPlausibleReference } from "./reference";
import { parseInput } from "../validation";
import { lockLiveBooking, requireBookingPermission } from "./booking-rows";
import { recordBookingEvent } from "./record-booking-event";
import { noteBodySchema } from "@/contracts/bookings/record-schemas";

// Internal notes are for the team only. Their text lives in booking_notes alone: timeline events
// carry the note's id, never its words, so nothing that customers see can ever include them.

export type BookingNoteView = {
  id: string;
  body: string;
  author: { id: string; name: string } | null;
  createdAt: Date;
  updatedAt: Date;
  canEdit: boolean;
};

async function liveBookingId(db: Executor, reference: string): Promise<string> {
  assertPlausibleReference(reference);
  const [row] = await db
    .select({ id: bookings.id })
    .from(bookings)
    .where(and(eq(bookings.reference, reference), isNull(bookings.deletedAt)));
  if (!row) throw new AppError("NOT_FOUND", `No booking ${reference}`);
  return row.id;
}

/** A booking's notes, newest first, with whether this person may edit each. */
export async function listBookingNotes({
  db,
  actor,
  reference,
}: {
  db: Executor;
  actor: Actor | null;
  reference: string;
}): Promise<BookingNoteView[]> {
  const allowed = requireBookingPermission(actor, "bookings.read", reference);
  const bookingId = await liveBookingId(db, reference);
  const rows = await db
    .select({ note: bookingNotes, authorName: users.name })
    .from(bookingNotes)
    .leftJoin(users, eq(users.id, bookingNotes.authorId))
    .where(eq(bookingNotes.bookingId, bookingId))
    .orderBy(desc(bookingNotes.createdAt), desc(bookingNotes.id));
  return rows.map(({ note, authorName }) => ({
    id: note.id,
    body: note.body,
    author: note.authorId ? { id: note.authorId, name: authorName ?? "" } : null,
    createdAt: note.createdAt,
    updatedAt: note.updatedAt,
    canEdit: mayChangeNote(allowed, note.authorId),
  }));
}

function mayChangeNote(actor: Actor, authorId: string | null): boolean {
  return can(actor, "notes.write") && (authorId === actor.id || can(actor, "notes.moderate"));
}

export async function addBookingNote({ db, actor, reference, input }: BookingCommand) {
  const allowed = requireBookingPermission(actor, "notes.write", reference);
  const { body } = parseInput(noteBodySchema, input, "The note needs attention");
  return db.transaction(async (tx) => {
    const { booking } = await lockLiveBooking(tx, reference);
    const [note] = await tx
      .insert(bookingNotes)
      .values({ bookingId: booking.id, authorId: allowed.id, body })
      .returning();
    await recordBookingEvent(tx, {
      bookingId: booking.id,
      type: "note_added",
      actorId: allowed.id,
      data: { noteId: note!.id },
    });
    return {
      id: note!.id,
      body: note!.body,
      createdAt: note!.createdAt,
      author: { id: allowed.id, name: allowed.name },
    };
  });
}

async function lockNote(tx: Executor, reference: string, noteId: string) {
  if (!isUuid(noteId)) throw new AppError("NOT_FOUND", "No such note");
  const { booking } = await lockLiveBooking(tx, reference);
  const [note] = await tx
    .select()
    .from(bookingNotes)
    .where(and(eq(bookingNotes.id, noteId), eq(bookingNotes.bookingId, booking.id)));
  if (!note) throw new AppError("NOT_FOUND", "No such note");
  return { booking, note };
}

export async function editBookingNote({
  db,
  actor,
  reference,
  noteId,
  input,
}: {
  db: Executor;
  actor: Actor | null;
  reference: string;
  noteId: string;
  input: unknown;
}) {
  const allowed = requireBookingPermission(actor, "notes.write", reference);
  const { body } = parseInput(noteBodySchema, input, "The note needs attention");
  return db.transaction(async (tx) => {
    const { booking, note } = await lockNote(tx, reference, noteId);
    if (!mayChangeNote(allowed, note.authorId))
      throw new AppError("FORBIDDEN", "Only its author or an admin can edit this note");
    await tx.update(bookingNotes).set({ body, updatedAt: new Date() }).where(eq(bookingNotes.id, note.id));
    await recordBookingEvent(tx, {
      bookingId: booking.id,
      type: "note_edited",
      actorId: allowed.id,
      data: { noteId: note.id },
    });
  });
}

export async function deleteBookingNote({
  db,
  actor,
  reference,
  noteId,
}: {
  db: Executor;
  actor: Actor | null;
  reference: string;
  noteId: string;
}) {
  const allowed = requireBookingPermission(actor, "notes.write", reference);
  return db.transaction(async (tx) => {
    const { booking, note } = await lockNote(tx, reference, noteId);
    if (!mayChangeNote(allowed, note.authorId))
      throw new AppError("FORBIDDEN", "Only its author or an admin can delete this note");
    await tx.delete(bookingNotes).where(eq(bookingNotes.id, note.id));
    await recordBookingEvent(tx, {
      bookingId: booking.id,
      type: "note_deleted",
      actorId: allowed.id,
      data: { noteId: note.id },
    });
  });
}
