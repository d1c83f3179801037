import { noteBodySchema } from "@/contracts/bookings/record-schemas";
import { errorResponse, signedInErrors } from "../error-responses";
import { defineOperation, namedZodSchema, teamOnly } from "../operation";

// src/app/api/v1/bookings/[reference]/notes/route.ts

export const listBookingNotesOperation = defineOperation({
  method: "get",
  path: "/api/v1/bookings/{reference}/notes",
  operationId: "listBookingNotes",
  summary: "The team's internal notes (staff and admins)",
  security: teamOnly,
  responses: {
    "200": { description: "{ items: [{ id, body, author, createdAt, updatedAt, canEdit }] }" },
    ...signedInErrors,
    "404": errorResponse("No such booking"),
  },
});

export const addBookingNoteOperation = defineOperation({
  method: "post",
  path: "/api/v1/bookings/{reference}/notes",
  operationId: "addBookingNote",
  summary: "Add an internal note (staff and admins)",
  description: "Plain text, line breaks kept. Never shown to customers.",
  security: teamOnly,
  requestBody: namedZodSchema("NoteBody", noteBodySchema, "input"),
  responses: {
    "201": { description: "The note" },
    "400": errorResponse("An empty or too long note"),
    ...signedInErrors,
    "404": errorResponse("No such booking"),
  },
});
