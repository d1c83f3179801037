import { errorResponse } from "./error-responses";
import type { ApiHeader, ApiResponse } from "./operation";

// The documents routes' shared answers, with the sentences their use cases write (src/server/documents).

/** A file refused by its size or its bytes: `fields.file` names it and says why, for the form to show beside it. */
export const fileRefused = (description: string, message: string, headers?: Record<string, ApiHeader>): ApiResponse =>
  errorResponse(description, { code: "VALIDATION", message, fields: { file: message } }, headers);

/** A document id that is not one of this booking's live documents (or not a uuid at all). */
export const documentNotFound = errorResponse("No such booking, or no such document on it", {
  code: "NOT_FOUND",
  message: "No such document",
});

/** The answers every signed link of the local driver can give. */
export const signedLinkRefusals = (headers?: Record<string, ApiHeader>) => ({
  "404": errorResponse(
    "The token was altered, is for another file or upload, or STORAGE_DRIVER is s3",
    {
      code: "NOT_FOUND",
      message: "Not found",
    },
    headers,
  ),
  "410": errorResponse(
    "A genuine token past its expiry",
    {
      code: "GONE",
      message: "This link has expired. Start again from the page you came from.",
    },
    headers,
  ),
});
