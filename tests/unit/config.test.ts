import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "@/config/env";

describe("configuration", () => {
  it("runs with nothing set: embedded database in ./.data on port 3000", () => {
    const config = parseConfig({});
    expect(config).toMatchObject({ PORT: 3000, DATA_DIR: "./.data", APP_URL: "http://localhost:3000" });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.PUBLIC_FORM_ORIGINS).toEqual([]);
  });

  it("names every bad setting in one error", () => {
    const error = (() => {
      try {
        parseConfig({
          PORT: "eighty",
          DATABASE_URL: "mysql://x",
          PUBLIC_FORM_ORIGINS: "https://ok.example, not a url",
        });
      } catch (e) {
        return e;
      }
    })() as ConfigError;
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toMatch(/PORT/);
    expect(error.message).toMatch(/DATABASE_URL/);
    expect(error.message).toMatch(/PUBLIC_FORM_ORIGINS/);
  });

  it("normalises allowed origins and treats empty values as unset", () => {
    const config = parseConfig({
      PUBLIC_FORM_ORIGINS: "https://www.pawpathsae.com/, http://localhost:8080",
      DATABASE_URL: "",
    });
    expect(config.PUBLIC_FORM_ORIGINS).toEqual(["https://www.pawpathsae.com", "http://localhost:8080"]);
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it("refuses to start in production without a strong BETTER_AUTH_SECRET", () => {
    const production = { NODE_ENV: "production", APP_URL: "https://bookings.pawpathsae.com" };
    expect(() => parseConfig(production)).toThrow(/BETTER_AUTH_SECRET/);
    expect(() => parseConfig({ ...production, BETTER_AUTH_SECRET: "short" })).toThrow(/at least 32/);
    expect(() => parseConfig({ ...production, BETTER_AUTH_SECRET: "changeme".repeat(5) })).toThrow(/guessable/);
    expect(
      parseConfig({ ...production, BETTER_AUTH_SECRET: "k3Jx9Qv2Lm8Tz4Rw7Ya1Hc6Nb0Pd5Fs+Ge/Ui=" }).BETTER_AUTH_SECRET,
    ).toBeDefined();
  });
});
