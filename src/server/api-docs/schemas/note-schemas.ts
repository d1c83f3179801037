import "server-only";
import { z } from "zod";
import { MAX_NOTE_LENGTH } from "@/contracts/bookings/record-schemas";
import type { addBookingNote, BookingNoteView } from "@/server/bookings/notes";
import { namedZodSchema } from "../operation";
import { teamMemberSchema, timestampSchema, uuidSchema } from "./common";
import type { AsJson, Holds, Same } from "./type-checks";

// What the notes route answers, for the OpenAPI document; the checks fail typecheck when they drift.

const noteText = z.string().max(MAX_NOTE_LENGTH).meta({ description: "Plain text, line breaks kept" });

const listedNote = z.object({
  id: uuidSchema,
  body: noteText,
  author: teamMemberSchema.nullable().meta({ description: "null once the author's account is removed" }),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  canEdit: z.boolean().meta({ description: "Whether the signed-in person may edit or delete it" }),
});
type _ListedNote = Holds<Same<z.output<typeof listedNote>, AsJson<BookingNoteView>>>;

export const bookingNoteListSchema = namedZodSchema(
  "BookingNoteList",
  z.object({ items: z.array(listedNote).meta({ description: "Newest first" }) }),
  "output",
);

const addedNote = z.object({ id: uuidSchema, body: noteText, createdAt: timestampSchema, author: teamMemberSchema });
type _AddedNote = Holds<Same<z.output<typeof addedNote>, AsJson<Awaited<ReturnType<typeof addBookingNote>>>>>;

export const addedNoteSchema = namedZodSchema("BookingNote", addedNote, "output");
