/**
 * What every server action answers (src/web/action-client.ts). A refusal is a value, never a thrown
 * error: `fields` are inline form errors by field path, `details` the facts a conflict needs (such as a
 * colleague's changes). Client-safe.
 */
export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | { ok: false; message: string; fields?: Record<string, string>; details?: Record<string, unknown> };

export type ActionFailure = Extract<ActionResult<unknown>, { ok: false }>;
