import { expect, it, vi } from "vitest";
import { AppError, isAppError } from "@/server/errors";
import { errorResponse } from "@/web/http/responses";

// The production server holds several bundles, each with its own copy of src/server/errors.ts; the storage
// driver on globalThis throws the copy of the bundle that built it (the email worker's). A fresh module
// registry gives this test a second copy the same way.
async function otherCopyOfAppError(): Promise<typeof AppError> {
  vi.resetModules();
  const other = await import("@/server/errors");
  expect(other.AppError).not.toBe(AppError);
  return other.AppError;
}

it("answers another bundle's AppError with its own status, not a 500", async () => {
  const OtherAppError = await otherCopyOfAppError();
  const unexpected = vi.fn();
  const response = errorResponse(new OtherAppError("CONFLICT", "This upload has already been sent."), {}, unexpected);
  expect(response.status).toBe(409);
  expect(await response.json()).toEqual({ error: { code: "CONFLICT", message: "This upload has already been sent." } });
  expect(unexpected).not.toHaveBeenCalled();
});

it("still tells an AppError from any other error", async () => {
  const OtherAppError = await otherCopyOfAppError();
  expect(isAppError(new OtherAppError("NOT_FOUND", "Not found"))).toBe(true);
  expect(isAppError(new Error("boom"))).toBe(false);
  expect(isAppError({ code: "NOT_FOUND", message: "Not found" })).toBe(false);
  expect(isAppError(null)).toBe(false);
  expect(errorResponse(new Error("boom"), {}, () => {}).status).toBe(500);
});
