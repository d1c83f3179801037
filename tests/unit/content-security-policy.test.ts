import { describe, expect, it } from "vitest";
import {
  contentSecurityPolicy,
  createScriptNonce,
  scriptNonceOf,
  storageOriginFrom,
} from "@/web/http/content-security-policy";

const scriptSrc = (policy: string) => policy.split("; ").find((directive) => directive.startsWith("script-src "));

describe("Content-Security-Policy", () => {
  it("allows no inline script without a nonce, and only the nonced ones with one", () => {
    expect(scriptSrc(contentSecurityPolicy({ development: false }))).toBe("script-src 'self'");
    expect(scriptSrc(contentSecurityPolicy({ nonce: "abc123==", development: false }))).toBe(
      "script-src 'self' 'nonce-abc123==' 'strict-dynamic'",
    );
    for (const policy of [
      contentSecurityPolicy({ development: false }),
      contentSecurityPolicy({ nonce: "n", development: true }),
    ]) {
      expect(scriptSrc(policy)).not.toContain("'unsafe-inline'");
      expect(policy).toContain("object-src 'none'");
      expect(policy).toContain("frame-ancestors 'none'");
    }
  });

  it("adds 'unsafe-eval' in development only", () => {
    expect(scriptSrc(contentSecurityPolicy({ development: true }))).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy({ nonce: "n", development: false })).not.toContain("'unsafe-eval'");
  });

  it("makes a different nonce each time, which reads back from the policy as Next.js reads it", () => {
    const nonces = new Set(Array.from({ length: 100 }, createScriptNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) {
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(scriptNonceOf(contentSecurityPolicy({ nonce, development: false }))).toBe(nonce);
    }
  });

  it("finds no nonce where the policy has none", () => {
    expect(scriptNonceOf(null)).toBeUndefined();
    expect(scriptNonceOf(contentSecurityPolicy({ development: false }))).toBeUndefined();
    // A nonce in another directive is not the script nonce.
    expect(scriptNonceOf("style-src 'nonce-abc'; script-src 'self'")).toBeUndefined();
  });
});

describe("the bucket's origin in the page policy", () => {
  it("names the bucket for connect-src and img-src with s3, and nothing extra with the local driver", () => {
    const local = storageOriginFrom({ STORAGE_DRIVER: "local" });
    expect(local).toBeUndefined();
    const pathStyle = storageOriginFrom({
      STORAGE_DRIVER: "s3",
      S3_BUCKET: "docs",
      S3_ENDPOINT: "http://127.0.0.1:4569",
      S3_FORCE_PATH_STYLE: "true",
    });
    expect(pathStyle).toBe("http://127.0.0.1:4569");
    expect(storageOriginFrom({ STORAGE_DRIVER: "s3", S3_BUCKET: "docs", S3_REGION: "me-central-1" })).toBe(
      "https://docs.s3.me-central-1.amazonaws.com",
    );
    const policy = contentSecurityPolicy({ development: false, storageOrigin: pathStyle });
    expect(policy).toContain("connect-src 'self' http://127.0.0.1:4569");
    expect(policy).toContain("img-src 'self' data: blob: http://127.0.0.1:4569");
    expect(contentSecurityPolicy({ development: false })).toContain("connect-src 'self';");
  });
});
