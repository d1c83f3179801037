import "server-only";
import { AppError } from "../errors";

// References look like PP-2026-00042; anything that could not be one (a NUL, a 10 kB string) is simply
// not found, before it reaches the database (which cannot even compare text holding a NUL).
const PLAUSIBLE_REFERENCE = /^[A-Za-z0-9-]{1,40}$/;

export function assertPlausibleReference(reference: string): void {
  if (!PLAUSIBLE_REFERENCE.test(reference)) throw new AppError("NOT_FOUND", "No such booking");
}
