import "server-only";
import { AppError } from "@/server/errors";

/** The booking version an If-Match header names ("3", W/"3" or 3); undefined when absent. */
export function versionFromIfMatch(headers: Headers): number | undefined {
  const value = headers.get("if-match");
  if (value === null) return undefined;
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(value);
  if (!match)
    throw new AppError("VALIDATION", 'If-Match must name the booking\'s version, such as "3" (from its ETag)', {
      fields: { "If-Match": "Not a version" },
    });
  return Number(match[1]);
}

export const etagOf = (version: number) => `"${version}"`;
