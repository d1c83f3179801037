import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseSignInParams } from "@/contracts/auth/sign-in-params";
import { optionalParam, textParam } from "@/contracts/url-params";
import { auditLogFiltersSchema } from "@/server/audit/find-audit-log";
import { parseBookingListQuery } from "@/server/bookings/find-bookings";
import { emailListQuerySchema } from "@/server/email/find-emails";
import type { AppError } from "@/server/errors";
import { parseInput } from "@/server/validation";

const messagesOf = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

const loneSurrogate = "abc\uD800";

describe("textParam, the one schema of a free-text URL parameter", () => {
  const schema = textParam("targetId", { max: 20 });

  it("passes ordinary text as it was sent, accents, emoji and spaces included", () => {
    for (const value of ["abc", "Zoë 🐾", "  two words ", "a".repeat(20)]) expect(schema.parse(value)).toBe(value);
  });

  it("refuses a NUL byte, naming the parameter", () => {
    expect(messagesOf(schema, "abc\u0000")).toEqual(["targetId contains an invalid character"]);
  });

  it("refuses a lone surrogate, naming the parameter", () => {
    expect(messagesOf(schema, loneSurrogate)).toEqual(["targetId contains an invalid character"]);
  });

  it("refuses an over-long value, naming the parameter and the limit", () => {
    expect(messagesOf(schema, "a".repeat(21))).toEqual(["targetId must be at most 20 characters"]);
  });

  it("keeps a blank value meaning 'not set' when optional", () => {
    expect(optionalParam(schema).parse("  ")).toBeUndefined();
  });
});

describe("every list's parser refuses an invalid character with the parameter named", () => {
  const fieldsOf = (parse: () => unknown) => {
    try {
      parse();
    } catch (error) {
      return { code: (error as AppError).code, fields: (error as AppError).fields };
    }
    return undefined;
  };

  it("the bookings list (page and API)", () => {
    expect(fieldsOf(() => parseBookingListQuery({ q: "abc\u0000" }))).toEqual({
      code: "VALIDATION",
      fields: { q: "q contains an invalid character" },
    });
    expect(fieldsOf(() => parseBookingListQuery({ q: loneSurrogate }))).toMatchObject({
      fields: { q: "q contains an invalid character" },
    });
  });

  it("the audit log, each of its text filters", () => {
    for (const key of ["action", "targetType", "targetId"]) {
      expect(fieldsOf(() => parseInput(auditLogFiltersSchema, { [key]: "user\u0000" }, "bad"))).toEqual({
        code: "VALIDATION",
        fields: { [key]: `${key} contains an invalid character` },
      });
    }
    expect(fieldsOf(() => parseInput(auditLogFiltersSchema, { targetId: "x".repeat(201) }, "bad"))).toMatchObject({
      fields: { targetId: "targetId must be at most 200 characters" },
    });
    // A well-formed but unknown action is still only a filter: dropped, not refused.
    expect(parseInput(auditLogFiltersSchema, { action: "DROP TABLE", targetId: "abc" }, "bad")).toMatchObject({
      action: undefined,
      targetId: "abc",
    });
  });

  it("the emails list", () => {
    expect(fieldsOf(() => parseInput(emailListQuerySchema, { status: "\u0000" }, "bad"))).toEqual({
      code: "VALIDATION",
      fields: { status: "status contains an invalid character" },
    });
    expect(fieldsOf(() => parseInput(emailListQuerySchema, { status: "lost" }, "bad"))).toMatchObject({
      fields: { status: expect.stringContaining("status must be one of") },
    });
    expect(parseInput(emailListQuerySchema, { status: "sent" }, "bad")).toMatchObject({ status: "sent", page: 1 });
  });
});

describe("the sign-in pages' parameters", () => {
  it("drop a refused value, so the page behaves as if it were absent, and keep good ones", () => {
    expect(
      parseSignInParams({ next: "/admin\u0000", via: "google", error: loneSurrogate, token: ["t1", "t2"] }),
    ).toEqual({
      next: undefined,
      via: "google",
      error: undefined,
      token: "t1",
    });
  });
});
