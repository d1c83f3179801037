import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "@/config/env";
import { googleSignInRefusal, type GoogleSignInCandidate } from "@/server/auth/google-sign-in";

const domain = "pawpathsae.com";
const invitedStaff: GoogleSignInCandidate = {
  email: "Layla@PawPathSAE.com",
  emailVerified: true,
  hostedDomain: domain,
  account: { role: "staff", banned: false, twoFactorEnabled: false },
};

describe("Google sign-in rule", () => {
  it("lets an invited staff member or admin of the Workspace domain in", () => {
    expect(googleSignInRefusal(invitedStaff, domain)).toBeNull();
    expect(
      googleSignInRefusal({ ...invitedStaff, account: { ...invitedStaff.account!, role: "admin" } }, "PawPathSAE.com"),
    ).toBeNull();
  });

  it("refuses another domain, a personal Gmail account and a Workspace without our hd claim", () => {
    expect(
      googleSignInRefusal({ ...invitedStaff, email: "layla@gmail.com", hostedDomain: undefined }, domain)?.error,
    ).toBe("google_wrong_domain");
    expect(
      googleSignInRefusal({ ...invitedStaff, email: "layla@other.com", hostedDomain: "other.com" }, domain)?.error,
    ).toBe("google_wrong_domain");
    // Our address but no hd claim (a consumer Google account made with a company address).
    expect(googleSignInRefusal({ ...invitedStaff, hostedDomain: undefined }, domain)?.error).toBe(
      "google_wrong_domain",
    );
    // A secondary domain of our Workspace is still not our address.
    expect(googleSignInRefusal({ ...invitedStaff, email: "layla@pawpath-old.com" }, domain)?.error).toBe(
      "google_wrong_domain",
    );
    expect(googleSignInRefusal({ ...invitedStaff, email: "layla@evil.pawpathsae.com.example" }, domain)?.error).toBe(
      "google_wrong_domain",
    );
  });

  it("refuses an unverified address", () => {
    expect(googleSignInRefusal({ ...invitedStaff, emailVerified: false }, domain)?.error).toBe(
      "google_email_unverified",
    );
  });

  it("never signs up: no account, a customer and a deactivated account get the same answer", () => {
    const answers = [
      googleSignInRefusal({ ...invitedStaff, account: null }, domain),
      googleSignInRefusal({ ...invitedStaff, account: { ...invitedStaff.account!, role: "customer" } }, domain),
      googleSignInRefusal({ ...invitedStaff, account: { ...invitedStaff.account!, banned: true } }, domain),
    ];
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    expect(answers[0]?.error).toBe("google_not_invited");
  });

  it("sends people with two-factor on to their password and code", () => {
    expect(
      googleSignInRefusal({ ...invitedStaff, account: { ...invitedStaff.account!, twoFactorEnabled: true } }, domain)
        ?.error,
    ).toBe("google_two_factor");
  });
});

describe("Google sign-in settings", () => {
  const errorOf = (env: Record<string, string>) => {
    try {
      parseConfig(env);
      return null;
    } catch (error) {
      return error as ConfigError;
    }
  };

  it("is off unless the client id, secret and Workspace domain are all set", () => {
    expect(parseConfig({}).GOOGLE_SIGN_IN).toBe(false);
    const on = parseConfig({
      GOOGLE_CLIENT_ID: "id.apps.googleusercontent.com",
      GOOGLE_CLIENT_SECRET: "secret",
      GOOGLE_WORKSPACE_DOMAIN: "PawPathSAE.com",
    });
    expect(on).toMatchObject({ GOOGLE_SIGN_IN: true, GOOGLE_WORKSPACE_DOMAIN: "pawpathsae.com" });
  });

  it("names what is missing or wrong", () => {
    expect(errorOf({ GOOGLE_CLIENT_ID: "id" })?.message).toMatch(/GOOGLE_CLIENT_SECRET/);
    expect(errorOf({ GOOGLE_CLIENT_SECRET: "secret" })?.message).toMatch(/GOOGLE_CLIENT_ID/);
    expect(errorOf({ GOOGLE_CLIENT_ID: "id", GOOGLE_CLIENT_SECRET: "secret" })?.message).toMatch(
      /GOOGLE_WORKSPACE_DOMAIN: is required/,
    );
    expect(errorOf({ GOOGLE_WORKSPACE_DOMAIN: "https://pawpathsae.com" })?.message).toMatch(
      /GOOGLE_WORKSPACE_DOMAIN: must be a domain/,
    );
  });
});
