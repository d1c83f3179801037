// Compile-time checks that a documented response schema and the value its route answers with agree:
// `npm run typecheck` fails when a route's answer gains, loses or changes a field the document names.

/** The JSON a value becomes in Response.json: Dates become ISO strings. */
export type AsJson<T> = T extends Date
  ? string
  : T extends readonly (infer Item)[]
    ? AsJson<Item>[]
    : T extends object
      ? { [K in keyof T]: AsJson<T[K]> }
      : T;

/** true when A and B are the same type (each assignable to the other). */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/**
 * true when every value the schema describes (Documented) is a value of the route's type (Answered)
 * with the same fields: for a route typed more loosely than it answers (`status: string` where only
 * the statuses occur), which the document states exactly.
 */
export type Narrows<Documented, Answered> = [Documented] extends [Answered]
  ? Same<keyof Documented, keyof Answered>
  : false;

/** Compiles only when given true: `type _Check = Holds<Same<A, B>>`. */
export type Holds<Check extends true> = Check;
