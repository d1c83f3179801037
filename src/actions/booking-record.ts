"use server";

import { revalidatePath } from "next/cache";
import { editValuesOf } from "@/contracts/bookings/edit-values";
import { assignBooking } from "@/server/bookings/assign-booking";
import { changeBookingStatus, updateBookingFlight } from "@/server/bookings/change-status";
import { deleteBooking, purgeBooking, restoreBooking } from "@/server/bookings/delete-booking";
import { getBooking } from "@/server/bookings/get-booking";
import { addBookingNote, deleteBookingNote, editBookingNote } from "@/server/bookings/notes";
import { updateBooking } from "@/server/bookings/update-booking";
import { postCustomerUpdate } from "@/server/customer-updates/post-customer-update";
import { withdrawCustomerUpdate } from "@/server/customer-updates/withdraw-customer-update";
import { action, done } from "@/web/action-client";

// The booking record page's writes. Each calls one use case (which checks the permission and
// validates) and answers with a sentence the page shows where it happened; a refusal is never thrown
// to the browser. A conflict's `details` carry what the page needs, such as the colleague's changes.

/** A change shows on the record and in the table. */
function recordChanged(reference: string, message: string) {
  revalidatePath(`/admin/bookings/${reference}`);
  revalidatePath("/admin");
  return done(message);
}

/** The booking as it is now, in the edit form's shape: what a refused save is laid over. */
export const loadBookingForEditAction = action("loadBookingForEditAction", async ({ db, actor }, reference: string) => {
  const booking = await getBooking({ db, actor, reference });
  return { data: { version: booking.version, values: editValuesOf(booking) } };
});

export const updateBookingAction = action(
  "updateBookingAction",
  async ({ db, actor }, reference: string, input: unknown) => {
    const { changes } = await updateBooking({ db, actor, reference, input });
    return recordChanged(
      reference,
      changes.length === 0
        ? "Nothing had changed, so nothing was saved."
        : `Saved ${changes.length} ${changes.length === 1 ? "change" : "changes"}.`,
    );
  },
);

export const changeStatusAction = action(
  "changeStatusAction",
  async ({ db, actor }, reference: string, input: unknown) => {
    const { emailQueued } = await changeBookingStatus({ db, actor, reference, input });
    return recordChanged(
      reference,
      emailQueued ? "Status changed; the customer is being emailed." : "Status changed; the customer was not emailed.",
    );
  },
);

export const updateFlightAction = action(
  "updateFlightAction",
  async ({ db, actor }, reference: string, input: unknown) => {
    const { emailQueued } = await updateBookingFlight({ db, actor, reference, input });
    return recordChanged(
      reference,
      emailQueued
        ? "Flight details corrected; the customer is being emailed."
        : "Flight details corrected; the customer was not emailed.",
    );
  },
);

export const addNoteAction = action("addNoteAction", async ({ db, actor }, reference: string, input: unknown) => {
  await addBookingNote({ db, actor, reference, input });
  return recordChanged(reference, "Note added.");
});

export const editNoteAction = action(
  "editNoteAction",
  async ({ db, actor }, reference: string, noteId: string, input: unknown) => {
    await editBookingNote({ db, actor, reference, noteId, input });
    return recordChanged(reference, "Note saved.");
  },
);

export const deleteNoteAction = action("deleteNoteAction", async ({ db, actor }, reference: string, noteId: string) => {
  await deleteBookingNote({ db, actor, reference, noteId });
  return recordChanged(reference, "Note deleted.");
});

export const postCustomerUpdateAction = action(
  "postCustomerUpdateAction",
  async ({ db, actor }, reference: string, input: unknown) => {
    const update = await postCustomerUpdate({ db, actor, reference, input });
    const notified = (input as { notifyCustomer?: unknown } | null)?.notifyCustomer === true;
    return recordChanged(
      reference,
      notified
        ? "Update posted; the customer sees it on their booking page and is being emailed."
        : `Update posted; the customer sees it on their booking page${update.photo ? " with the photo" : ""}.`,
    );
  },
);

export const withdrawCustomerUpdateAction = action(
  "withdrawCustomerUpdateAction",
  async ({ db, actor }, reference: string, updateId: string) => {
    await withdrawCustomerUpdate({ db, actor, reference, updateId });
    return recordChanged(reference, "Update withdrawn; the customer no longer sees it.");
  },
);

export const assignAction = action("assignAction", async ({ db, actor }, reference: string, input: unknown) => {
  const { assignee } = await assignBooking({ db, actor, reference, input });
  return recordChanged(reference, assignee ? `Assigned to ${assignee.name}.` : "Nobody is assigned now.");
});

export const deleteBookingAction = action("deleteBookingAction", async ({ db, actor }, reference: string) => {
  await deleteBooking({ db, actor, reference });
  return recordChanged(reference, `Booking ${reference} was deleted.`);
});

export const restoreBookingAction = action("restoreBookingAction", async ({ db, actor }, reference: string) => {
  await restoreBooking({ db, actor, reference });
  return recordChanged(reference, `Booking ${reference} is restored.`);
});

export const purgeBookingAction = action("purgeBookingAction", async ({ db, actor }, reference: string) => {
  const { customerRemoved } = await purgeBooking({ db, actor, reference });
  return recordChanged(
    reference,
    customerRemoved
      ? `Booking ${reference} and its customer were removed for good.`
      : `Booking ${reference} was removed for good.`,
  );
});
