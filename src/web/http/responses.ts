import "server-only";
import {
  AppError,
  type ApiErrorCode,
  type AppErrorCode,
  UNEXPECTED_ERROR_CODE,
  UNEXPECTED_ERROR_MESSAGE,
} from "@/server/errors";

const statusByCode: Record<AppErrorCode, number> = {
  VALIDATION: 400,
  INVALID_JSON: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  GONE: 410,
  CONFLICT: 409,
  PRECONDITION_FAILED: 412,
  PRECONDITION_REQUIRED: 428,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  IDEMPOTENCY_KEY_REUSED: 422,
  IDEMPOTENCY_KEY_IN_USE: 409,
};

export type ErrorBody = {
  error: { code: ApiErrorCode; message: string; fields?: Record<string, string>; details?: Record<string, unknown> };
};

/** The one mapping from errors to API responses: `{ error: { code, message, fields? } }`. */
export function errorResponse(
  error: unknown,
  headers: HeadersInit = {},
  logUnexpected: (error: unknown) => void = (unexpected) => console.error("Unhandled API error", unexpected),
): Response {
  const responseHeaders = new Headers(headers);
  if (error instanceof AppError) {
    if (error.retryAfterSeconds) responseHeaders.set("Retry-After", String(error.retryAfterSeconds));
    const body: ErrorBody = {
      error: {
        code: error.code,
        message: error.message,
        ...(error.fields ? { fields: error.fields } : {}),
        ...(error.details ? { details: error.details } : {}),
      },
    };
    return Response.json(body, { status: statusByCode[error.code], headers: responseHeaders });
  }
  logUnexpected(error);
  const body: ErrorBody = {
    error: { code: UNEXPECTED_ERROR_CODE, message: UNEXPECTED_ERROR_MESSAGE },
  };
  return Response.json(body, { status: 500, headers: responseHeaders });
}
