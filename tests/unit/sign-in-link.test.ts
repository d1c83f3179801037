import { expect, it } from "vitest";
import { maskedAddress, signInLinkId, withFailedLinkReturn } from "@/server/auth/sign-in-link";

it("sends a failed link back to /login with the link's id only, keeping everything Better Auth put in it", () => {
  const url = "http://localhost:3000/api/auth/magic-link/verify?token=abcDEF123&callbackURL=%2Fportal";
  const link = new URL(withFailedLinkReturn(url, "abcDEF123"));
  expect(link.pathname).toBe("/api/auth/magic-link/verify");
  expect(link.searchParams.get("token")).toBe("abcDEF123");
  expect(link.searchParams.get("callbackURL")).toBe("/portal");
  expect(link.searchParams.get("errorCallbackURL")).toBe(`/login?link=${signInLinkId("abcDEF123")}`);
  expect(signInLinkId("abcDEF123")).toMatch(/^[0-9a-f]{32}$/);
  expect(link.toString()).not.toContain("@");
});

it("masks an address enough to recognise it: at most its first two characters before the @", () => {
  expect(maskedAddress("sara.almansoori12@example.com")).toBe("sa•••@example.com");
  expect(maskedAddress("ab@example.com")).toBe("a•••@example.com");
  expect(maskedAddress("a@example.com")).toBe("a•••@example.com");
});
