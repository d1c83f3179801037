import "server-only";
import { z } from "zod";
import { commonPasswords } from "./common-passwords";

/** At least 10 and at most 128 characters, and not one of the passwords attackers try first. */
export const passwordSchema = z
  .string()
  .min(10, { error: "Use at least 10 characters" })
  .max(128, { error: "Use at most 128 characters" })
  .refine((password) => !commonPasswords.has(password.toLowerCase()), {
    error: "That password is too common; choose another",
  });
