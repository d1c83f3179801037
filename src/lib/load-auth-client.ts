"use client";

/**
 * Better Auth's browser client (about 40 KB of script), fetched when a person first signs in or out
 * rather than with every public page: the sign-in page and the not-found page's frame only need it
 * on a click, and shipping it up front cost their first load its parse and start-up time.
 */
export async function loadAuthClient() {
  const { authClient } = await import("./auth-client");
  return authClient;
}
