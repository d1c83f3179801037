import { API_ERROR_CODES, type ApiErrorCode, UNEXPECTED_ERROR_CODE, UNEXPECTED_ERROR_MESSAGE } from "@/server/errors";
import type { ApiHeader, ApiResponse, NamedSchema } from "./operation";

/** The body of every error answer; its codes are the ones the server declares (src/server/errors.ts). */
export const errorSchema: NamedSchema = {
  name: "Error",
  toJsonSchema: () => ({
    type: "object",
    required: ["error"],
    properties: {
      error: {
        type: "object",
        required: ["code", "message"],
        properties: {
          code: { type: "string", enum: [...API_ERROR_CODES] },
          message: { type: "string", description: "A sentence a person can read" },
          fields: {
            type: "object",
            additionalProperties: { type: "string" },
            description: 'Field path → message, such as { "pets.0.name": "Enter the pet\'s name" }',
          },
          details: {
            type: "object",
            description: "Facts for the client, such as currentVersion and changesSince after a conflict",
          },
        },
      },
    },
  }),
};

/** An error answer's `error` object, as an example shows it; its code must be one the status carries. */
export type ErrorExample = {
  code: ApiErrorCode;
  message: string;
  fields?: Record<string, string>;
  details?: Record<string, unknown>;
};

export const errorResponse = (
  description: string,
  example: ErrorExample,
  headers?: Record<string, ApiHeader>,
): ApiResponse => ({ description, json: errorSchema, example: { error: example }, ...(headers ? { headers } : {}) });

/** Retry-After on a 429 or a busy Idempotency-Key: whole seconds, as src/web/http/responses.ts writes it. */
export const retryAfterHeader: ApiHeader = {
  description: "Seconds to wait before trying again",
  schema: { type: "integer", format: "int32", minimum: 1, maximum: 2_147_483_647 },
};

/** The answers of every operation that needs the session. */
export const signedInErrors = {
  "401": errorResponse("Not signed in", { code: "UNAUTHORIZED", message: "Sign in to continue" }),
  "403": errorResponse("Your role does not allow this, or a browser request from another site", {
    code: "FORBIDDEN",
    message: "Your role does not allow this",
  }),
};

/** A booking that does not exist (or a customer's view of someone else's). */
export const bookingNotFound = errorResponse("No such booking", {
  code: "NOT_FOUND",
  message: "No booking PP-2026-00042",
});

/** src/proxy.ts refuses a path whose percent-escapes do not decode before any route runs. */
export const malformedPathError = errorResponse("A malformed percent-escape in the path (such as %E0%A4%A)", {
  code: "VALIDATION",
  message: "The path contains a malformed percent-escape (such as %E0%A4%A).",
});

/** route() (src/web/route.ts) answers every error nobody planned for this way, on every operation. */
export const unexpectedErrorResponse = errorResponse("An unexpected error, logged on the server with the request id", {
  code: UNEXPECTED_ERROR_CODE,
  message: UNEXPECTED_ERROR_MESSAGE,
});
