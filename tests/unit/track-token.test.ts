import { createHmac, randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { isTrackToken, trackToken, trackUrl } from "@/server/tracking/track-token";

const secret = randomBytes(32).toString("base64");
const customer = "6f1d2c3b-4a59-4e7f-9a3e-8f0f2a1c7b11";
const other = "0b8e4a52-6f1d-4c36-9d57-2a1f8c3e9b70";

beforeAll(() => {
  process.env.BETTER_AUTH_SECRET = secret;
  process.env.APP_URL = "https://bookings.pawpathsae.com";
});

describe("tracking link tokens", () => {
  it("are 43 base64url characters, the same each time, and differ per booking and per customer", () => {
    const token = trackToken("PP-2026-00042", customer);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(trackToken("PP-2026-00042", customer)).toBe(token);
    expect(trackToken("PP-2026-00043", customer)).not.toBe(token);
    expect(trackToken("PP-2026-00042", other)).not.toBe(token);
  });

  it("are signed with a key derived for tracking, never with the secret itself", () => {
    const direct = createHmac("sha256", secret).update(`PP-2026-00042\n${customer}`).digest("base64url");
    expect(trackToken("PP-2026-00042", customer)).not.toBe(direct);
  });

  it("accept only the booking's own token", () => {
    const token = trackToken("PP-2026-00042", customer);
    expect(isTrackToken(token, "PP-2026-00042", customer)).toBe(true);
    const tampered = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
    for (const wrong of [tampered, token.slice(1), `${token}A`, "", token.toLowerCase()]) {
      expect(isTrackToken(wrong, "PP-2026-00042", customer), wrong).toBe(false);
    }
    expect(isTrackToken(token, "PP-2026-00042", other)).toBe(false);
    expect(isTrackToken(token, "PP-2026-00043", customer)).toBe(false);
  });

  it("make the /track link the emails carry", () => {
    expect(trackUrl("PP-2026-00042", customer)).toBe(
      `https://bookings.pawpathsae.com/track?r=PP-2026-00042&t=${trackToken("PP-2026-00042", customer)}`,
    );
  });
});
