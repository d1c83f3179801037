import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "@/config/env";

/** The ConfigError parseConfig throws for these settings. */
function configErrorOf(env: Record<string, string>): ConfigError {
  try {
    parseConfig(env);
  } catch (error) {
    return error as ConfigError;
  }
  throw new Error("parseConfig accepted settings it should refuse");
}

describe("configuration", () => {
  it("runs with nothing set: embedded database in ./.data on port 3000", () => {
    const config = parseConfig({});
    expect(config).toMatchObject({ PORT: 3000, DATA_DIR: "./.data", APP_URL: "http://localhost:3000" });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.PUBLIC_FORM_ORIGINS).toEqual([]);
  });

  it("names every bad setting in one error", () => {
    const error = configErrorOf({
      PORT: "eighty",
      DATABASE_URL: "mysql://x",
      PUBLIC_FORM_ORIGINS: "https://ok.example, not a url",
    });
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toMatch(/PORT/);
    expect(error.message).toMatch(/DATABASE_URL/);
    expect(error.message).toMatch(/PUBLIC_FORM_ORIGINS/);
  });

  it("says what a bad number or choice must be, in the settings table's words", () => {
    const error = configErrorOf({
      INTAKE_RATE_LIMIT_MAX: "lots",
      SIGN_IN_RATE_LIMIT_MAX: "2.5",
      PASSWORD_HASH_CONCURRENCY: "0",
      EMAIL_PROVIDER: "postfix",
    });
    expect(error.problems).toEqual([
      "INTAKE_RATE_LIMIT_MAX: must be a number",
      "SIGN_IN_RATE_LIMIT_MAX: must be a whole number",
      "PASSWORD_HASH_CONCURRENCY: must be at least 1",
      "EMAIL_PROVIDER: must be one of dev, smtp, resend, sendgrid",
    ]);
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

  it("stores documents on local disk by default, and on S3 only with a bucket and a region", () => {
    expect(parseConfig({})).toMatchObject({
      STORAGE_DRIVER: "local",
      S3_FORCE_PATH_STYLE: false,
      UPLOAD_MAX_BYTES: 10 * 1024 * 1024,
      UPLOAD_MAX_FILES_PER_BOOKING: 20,
      UPLOAD_RATE_LIMIT_MAX: 60,
      UPLOAD_RATE_LIMIT_WINDOW_SECONDS: 600,
    });
    const error = configErrorOf({ STORAGE_DRIVER: "s3" });
    expect(error.problems).toEqual([
      "S3_BUCKET: is required when STORAGE_DRIVER=s3",
      "S3_REGION: is required when STORAGE_DRIVER=s3",
    ]);
    expect(() => parseConfig({ STORAGE_DRIVER: "s3", S3_BUCKET: "Bad_Bucket", S3_REGION: "eu-central-1" })).toThrow(
      /S3_BUCKET: must be an S3 bucket name/,
    );
    expect(
      parseConfig({
        STORAGE_DRIVER: "s3",
        S3_BUCKET: "pawpath-documents",
        S3_REGION: "eu-central-1",
        S3_ENDPOINT: "http://127.0.0.1:4568",
        S3_FORCE_PATH_STYLE: "true",
      }),
    ).toMatchObject({ STORAGE_DRIVER: "s3", S3_FORCE_PATH_STYLE: true, S3_ENDPOINT: "http://127.0.0.1:4568" });
    expect(() => parseConfig({ STORAGE_DRIVER: "gcs" })).toThrow(/STORAGE_DRIVER/);
  });
});
