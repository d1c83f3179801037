import "server-only";

/** The one sentence a person sees when something failed on our side; the details go to the log. */
export const UNEXPECTED_ERROR_MESSAGE = "Something went wrong on our side. Nothing was lost; please try again.";

/** Logs an error nobody planned for, once, under the request's id. */
export function logUnexpected(where: string, requestId: string, error: unknown): void {
  console.error(`[request ${requestId}] ${where} failed`, error);
}
