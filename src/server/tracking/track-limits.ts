// The tracking routes' fixed rules, apart from the use case so that the API document can quote them.

/** Wrong emails one reference may be tried with per window, from any number of addresses. */
export const TRACK_WRONG_EMAIL_MAX = 5;
export const TRACK_WRONG_EMAIL_WINDOW_SECONDS = 3600;

/** The one answer for an unknown, deleted or expired booking, a wrong email and a wrong link. */
export const TRACK_NOT_FOUND_MESSAGE = "No booking matches this reference and email";

/** A tracking link's token: an HMAC-SHA256 in base64url, 43 characters. */
export const TRACK_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
