import { expect } from "vitest";
import { POST as authPost } from "@/app/api/auth/[...all]/route";
import { uniqueIp } from "./api-request";

/** The origin the tests' requests come from (APP_URL is set to it). */
export const TEST_ORIGIN = "http://localhost:3000";

/** Signs in through Better Auth's real endpoint, from a fresh client address, and returns the session cookie. */
export async function sessionCookie(email: string, password: string): Promise<string> {
  const response = await authPost(
    new Request(`${TEST_ORIGIN}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: TEST_ORIGIN, "x-forwarded-for": uniqueIp() },
      body: JSON.stringify({ email, password }),
    }),
  );
  expect(response.status, `sign-in of ${email}`).toBe(200);
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
}

/** The headers of a signed-in browser on our origin, as server actions read them (next/headers). */
export async function signedInHeaders(email: string, password: string): Promise<Headers> {
  return new Headers({ cookie: await sessionCookie(email, password), origin: TEST_ORIGIN });
}
