// The password rules cheap enough to check in the browser (pure zod): the forms that set a password
// check them first, with the same words. The server applies them too, and then refuses the 100,000 most
// common breached passwords (src/server/auth/new-password-problem.ts): that list stays on the server.
import { z } from "zod";

/** At least 10 and at most 128 characters. */
export const passwordSchema = z
  .string()
  .min(10, { error: "Use at least 10 characters" })
  .max(128, { error: "Use at most 128 characters" });
