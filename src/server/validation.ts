import "server-only";
import type { z } from "zod";
import { AppError } from "./errors";

/** Field path → first message, with paths written the way clients address them: "pets.0.name". */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".") || "body";
    fields[path] ??= issue.message;
  }
  return fields;
}

/** Parses input with a schema or throws a VALIDATION AppError naming every bad field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, message: string): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new AppError("VALIDATION", message, { fields: fieldErrors(result.error) });
  return result.data;
}
