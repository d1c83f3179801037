// Reading list parameters from a URL the same way everywhere: the page's searchParams object and
// a route's URLSearchParams give the same record. Pure: client and server use it.
import { z } from "zod";

export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

/** The named parameters of a URL query, ignoring the others; repeated keys keep the first value. */
export function pickParams(searchParams: SearchParamsInput, keys: readonly string[]): Record<string, string> {
  const params: Record<string, string> = {};
  for (const key of keys) {
    const value = searchParams instanceof URLSearchParams ? searchParams.get(key) : searchParams[key];
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined && first !== null) params[key] = first;
  }
  return params;
}

/** Blank parameters mean "not set", as an emptied filter field in a URL does. */
export const optionalParam = <S extends z.ZodType>(schema: S) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema.optional());

/**
 * The one schema of a free-text URL parameter. PostgreSQL cannot store or compare NUL or a lone
 * surrogate, so such a value is refused here, naming the parameter, instead of failing in the
 * database as a 500; so is a value longer than the list can use.
 */
export const textParam = (label: string, { max }: { max: number }) =>
  z
    .string()
    .refine((value) => !value.includes("\u0000") && value.isWellFormed(), {
      error: `${label} contains an invalid character`,
      abort: true,
    })
    .max(max, { error: `${label} must be at most ${max} characters` });
