/** Every code an AppError can carry, declared once: the HTTP mapping and the OpenAPI enum derive from it. */
export const APP_ERROR_CODES = [
  "VALIDATION",
  "INVALID_JSON",
  "UNSUPPORTED_MEDIA_TYPE",
  "PAYLOAD_TOO_LARGE",
  "UNAUTHORIZED",
  "FORBIDDEN",
  "NOT_FOUND",
  // A link that was genuine but has expired (signed file links).
  "GONE",
  "CONFLICT",
  "PRECONDITION_FAILED",
  "PRECONDITION_REQUIRED",
  "RATE_LIMITED",
  // The IETF Idempotency-Key draft: the key was used with another body (422), or its first request still runs (409).
  "IDEMPOTENCY_KEY_REUSED",
  "IDEMPOTENCY_KEY_IN_USE",
] as const;

export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

/** The code of the 500 answered for an error nobody planned for (never an AppError's code). */
export const UNEXPECTED_ERROR_CODE = "INTERNAL";

/** What that 500 says (the error itself is logged with the request id, never shown). */
export const UNEXPECTED_ERROR_MESSAGE = "Something went wrong on our side. Please try again.";

/** Every code an API error body can carry. */
export const API_ERROR_CODES = [...APP_ERROR_CODES, UNEXPECTED_ERROR_CODE] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** Marks an AppError whichever copy of this module built it (Symbol.for is shared by the whole process). */
const APP_ERROR_BRAND = Symbol.for("pawpath.AppError");

/** The one error type use cases throw; routes and forms map it to HTTP and messages in one place. */
export class AppError extends Error {
  /**
   * `instanceof AppError` asks for the brand, not the prototype chain: the production server holds several
   * bundles (the instrumentation's worker, the routes), each with its own copy of this class, and an object
   * that lives on globalThis (the storage driver) throws the copy of the bundle that built it. Checked by
   * the prototype, a 409 from there became a 500.
   */
  static [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === "object" && value !== null && APP_ERROR_BRAND in value;
  }

  readonly [APP_ERROR_BRAND] = true;
  readonly code: AppErrorCode;
  readonly fields?: Record<string, string>;
  readonly retryAfterSeconds?: number;
  // Extra machine-readable facts for the client, such as the current version after a conflict.
  readonly details?: Record<string, unknown>;

  constructor(
    code: AppErrorCode,
    message: string,
    options: { fields?: Record<string, string>; retryAfterSeconds?: number; details?: Record<string, unknown> } = {},
  ) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.fields = options.fields;
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.details = options.details;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
