import { z } from "zod";
import { BOOKING_REFERENCE_MAX_LENGTH, BOOKING_REFERENCE_PATTERN } from "@/contracts/bookings/booking-reference";

// The pieces the response schemas share. Response strings carry formats and patterns where a value has
// one; their lengths are the server's to keep (see .spectral.yaml), so free text is plain text here.

export const referenceSchema = z
  .string()
  .max(BOOKING_REFERENCE_MAX_LENGTH)
  .regex(BOOKING_REFERENCE_PATTERN)
  .meta({ examples: ["PP-2026-00042"] });

/** A booking's version: PostgreSQL's integer, from 1. */
export const versionNumberSchema = z.number().int().min(1).max(2_147_483_647).meta({ format: "int32" });

/** Date.prototype.toISOString, as Response.json writes a Date. */
export const timestampSchema = z.iso.datetime();

/** YYYY-MM-DD, as PostgreSQL's date columns are read. */
export const dayStringSchema = z.iso.date();

export const uuidSchema = z.uuid();

export const teamMemberSchema = z.object({ id: uuidSchema, name: z.string() });
