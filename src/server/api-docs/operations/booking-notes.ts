import { noteBodySchema } from "@/contracts/bookings/record-schemas";
import { bookingNotFound, errorResponse, malformedPathError, signedInErrors } from "../error-responses";
import { addedNoteExample, noteBodyExample, noteListExample } from "../examples/booking-examples";
import { defineOperation, namedZodSchema, teamOnly } from "../operation";
import { addedNoteSchema, bookingNoteListSchema } from "../schemas/note-schemas";

// src/app/api/v1/bookings/[reference]/notes/route.ts

export const listBookingNotesOperation = defineOperation({
  method: "get",
  path: "/api/v1/bookings/{reference}/notes",
  operationId: "listBookingNotes",
  tag: "Notes",
  summary: "The team's internal notes (staff and admins)",
  description: "Newest first, with whether the signed-in person may edit each. Never shown to customers.",
  security: teamOnly,
  responses: {
    "200": { description: "{ items }, newest first", json: bookingNoteListSchema, example: noteListExample },
    "400": malformedPathError,
    ...signedInErrors,
    "404": bookingNotFound,
  },
});

export const addBookingNoteOperation = defineOperation({
  method: "post",
  path: "/api/v1/bookings/{reference}/notes",
  operationId: "addBookingNote",
  tag: "Notes",
  summary: "Add an internal note (staff and admins)",
  description: "Plain text, line breaks kept. Never shown to customers.",
  security: teamOnly,
  requestBody: { schema: namedZodSchema("NoteBody", noteBodySchema, "input"), example: noteBodyExample },
  responses: {
    "201": { description: "The note", json: addedNoteSchema, example: addedNoteExample },
    "400": errorResponse("An empty or too long note", {
      code: "VALIDATION",
      message: "The note needs attention",
      fields: { body: "Write the note" },
    }),
    ...signedInErrors,
    "404": bookingNotFound,
  },
});
