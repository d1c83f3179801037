"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { editValuesOf, type EditValues } from "@/contracts/bookings/edit-values";
import { getDb } from "@/db/client";
import type { Database } from "@/db/types";
import { type Actor } from "@/server/access/actor";
import { getActor } from "@/server/auth/get-actor";
import { assignBooking } from "@/server/bookings/assign-booking";
import { changeBookingStatus, updateBookingFlight } from "@/server/bookings/change-status";
import { deleteBooking, purgeBooking, restoreBooking } from "@/server/bookings/delete-booking";
import { getBooking } from "@/server/bookings/get-booking";
import { addBookingNote, deleteBookingNote, editBookingNote } from "@/server/bookings/notes";
import { updateBooking } from "@/server/bookings/update-booking";
import { isAppError } from "@/server/errors";

// The booking record page's writes. Each reads the session, calls one use case (which checks the
// permission and validates) and answers with a result the page shows where it happened; a refusal is
// never thrown to the browser. `details` carries what a conflict needs, such as the colleague's changes.

export type RecordActionResult =
  | { ok: true; message: string }
  | { ok: false; message: string; fields?: Record<string, string>; details?: Record<string, unknown> };

type Context = { db: Database; actor: Actor | null };

async function run(reference: string, action: (context: Context) => Promise<string>): Promise<RecordActionResult> {
  try {
    const message = await action({ db: await getDb(), actor: await getActor(await headers()) });
    revalidatePath(`/admin/bookings/${reference}`);
    revalidatePath("/admin");
    return { ok: true, message };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message, fields: error.fields, details: error.details };
    console.error("Booking record action failed", error);
    return { ok: false, message: "Something went wrong on our side. Nothing was lost; please try again." };
  }
}

/** The booking as it is now, in the edit form's shape: what a refused save is laid over. */
export async function loadBookingForEditAction(reference: string): Promise<{ ok: true; version: number; values: EditValues } | { ok: false; message: string }> {
  try {
    const booking = await getBooking({ db: await getDb(), actor: await getActor(await headers()), reference });
    return { ok: true, version: booking.version, values: editValuesOf(booking) };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message };
    console.error("Loading a booking for editing failed", error);
    return { ok: false, message: "Something went wrong on our side. Your edits are still here; please try again." };
  }
}

export async function updateBookingAction(reference: string, input: unknown): Promise<RecordActionResult> {
  return run(reference, async (context) => {
    const { changes } = await updateBooking({ ...context, reference, input });
    return changes.length === 0 ? "Nothing had changed, so nothing was saved." : `Saved ${changes.length} ${changes.length === 1 ? "change" : "changes"}.`;
  });
}

export async function changeStatusAction(reference: string, input: unknown): Promise<RecordActionResult> {
  return run(reference, async (context) => {
    const { emailQueued } = await changeBookingStatus({ ...context, reference, input });
    return emailQueued ? "Status changed; the customer is being emailed." : "Status changed; the customer was not emailed.";
  });
}

export async function updateFlightAction(reference: string, input: unknown): Promise<RecordActionResult> {
  return run(reference, async (context) => {
    const { emailQueued } = await updateBookingFlight({ ...context, reference, input });
    return emailQueued ? "Flight details corrected; the customer is being emailed." : "Flight details corrected; the customer was not emailed.";
  });
}

export async function addNoteAction(reference: string, input: unknown): Promise<RecordActionResult> {
  return run(reference, async (context) => {
    await addBookingNote({ ...context, reference, input });
    return "Note added.";
  });
}

export async function editNoteAction(reference: string, noteId: string, input: unknown): Promise<RecordActionResult> {
  return run(reference, async (context) => {
    await editBookingNote({ ...context, reference, noteId, input });
    return "Note saved.";
  });
}

export async function deleteNoteAction(reference: string, noteId: string): Promise<RecordActionResult> {
  return run(reference, async (context) => {
    await deleteBookingNote({ ...context, reference, noteId });
    return "Note deleted.";
  });
}

export async function assignAction(reference: string, input: unknown): Promise<RecordActionResult> {
  return run(reference, async (context) => {
    const { assignee } = await assignBooking({ ...context, reference, input });
    return assignee ? `Assigned to ${assignee.name}.` : "Nobody is assigned now.";
  });
}

export async function deleteBookingAction(reference: string): Promise<RecordActionResult> {
  return run(reference, async (context) => {
    await deleteBooking({ ...context, reference });
    return `Booking ${reference} was deleted.`;
  });
}

export async function restoreBookingAction(reference: string): Promise<RecordActionResult> {
  return run(reference, async (context) => {
    await restoreBooking({ ...context, reference });
    return `Booking ${reference} is restored.`;
  });
}

export async function purgeBookingAction(reference: string): Promise<RecordActionResult> {
  return run(reference, async (context) => {
    const { customerRemoved } = await purgeBooking({ ...context, reference });
    return customerRemoved ? `Booking ${reference} and its customer were removed for good.` : `Booking ${reference} was removed for good.`;
  });
}
