import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { contentDisposition } from "@/server/storage/file-check";
import { S3StorageDriver } from "@/server/storage/s3-driver";
import { QUARANTINE_PREFIX, quarantineKey } from "@/server/storage/storage-keys";
import { S3RVER_CREDENTIALS, TestS3Server } from "../support/s3-server";
import { uploadThroughTarget } from "../support/storage-upload";

const s3 = new TestS3Server({ allowedOrigins: ["http://localhost:3000"] });
let storage: S3StorageDriver;

beforeAll(async () => {
  for (const [name, value] of Object.entries(S3RVER_CREDENTIALS)) vi.stubEnv(name, value);
  await s3.start();
  storage = new S3StorageDriver({
    bucket: s3.bucket,
    region: "us-east-1",
    endpoint: s3.endpoint,
    forcePathStyle: true,
  });
});

afterAll(async () => {
  await s3.stop();
  vi.unstubAllEnvs();
});

describe("the S3 driver against s3rver", () => {
  it("signs a POST policy that fixes the key, the type and the size range, and expires", async () => {
    const key = quarantineKey(randomUUID());
    const before = Date.now();
    const target = await storage.createUploadTarget({
      key,
      contentType: "image/jpeg",
      maxBytes: 10 * 1024 * 1024,
      expiresInSeconds: 600,
    });
    expect(target.method).toBe("POST");
    if (target.method !== "POST") return;
    expect(target.url).toBe(`${s3.endpoint}/${s3.bucket}`);
    expect(target.fields).toMatchObject({ key, "Content-Type": "image/jpeg", "X-Amz-Algorithm": "AWS4-HMAC-SHA256" });
    const policy = JSON.parse(Buffer.from(target.fields.Policy!, "base64").toString()) as {
      expiration: string;
      conditions: unknown[];
    };
    expect(policy.conditions).toEqual(
      expect.arrayContaining([
        { bucket: s3.bucket },
        { key },
        ["eq", "$Content-Type", "image/jpeg"],
        ["content-length-range", 1, 10 * 1024 * 1024],
      ]),
    );
    const expires = Date.parse(policy.expiration);
    expect(expires).toBeGreaterThanOrEqual(before + 599_000);
    expect(expires).toBeLessThanOrEqual(Date.now() + 601_000);
    expect(target.expiresAt.getTime()).toBeCloseTo(expires, -4);
  });

  it("answers a browser's CORS preflight for the form POST from the app's origin only", async () => {
    const preflight = (origin: string) =>
      fetch(`${s3.endpoint}/${s3.bucket}`, {
        method: "OPTIONS",
        headers: { Origin: origin, "Access-Control-Request-Method": "POST" },
      });
    const allowed = await preflight("http://localhost:3000");
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get("access-control-allow-methods")).toContain("POST");
    expect((await preflight("https://elsewhere.example")).status).toBe(403);
  });

  it("keeps an object larger than the policy allows (s3rver ignores it), so complete must check the size", async () => {
    const key = quarantineKey(randomUUID());
    const oversize = new Uint8Array(2048 + 1);
    expect(await uploadThroughTarget(storage, key, oversize, { maxBytes: 2048 })).toBe(204);
    expect(await storage.head(key)).toBe(2049);
    await storage.delete(key);
    expect((await storage.list(QUARANTINE_PREFIX)).map((object) => object.key)).not.toContain(key);
  });

  it("stores an empty object with size 0, which complete refuses before reading any bytes", async () => {
    // Real S3 answers 416 to a range of an empty object (the driver reads that as no bytes); s3rver
    // answers a Content-Length of 1 with no body, so the order head → refuse → readStart matters.
    const key = quarantineKey(randomUUID());
    expect(await uploadThroughTarget(storage, key, new Uint8Array())).toBe(204);
    expect(await storage.head(key)).toBe(0);
    await storage.delete(key);
    expect(await storage.head(key)).toBeNull();
  });

  it("gives a download link that works, then fails once it has expired", async () => {
    const key = quarantineKey(randomUUID());
    await uploadThroughTarget(storage, key, Buffer.from("%PDF-1.7\n%%EOF\n"));
    const url = await storage.createDownloadUrl({
      key,
      contentType: "application/pdf",
      disposition: contentDisposition("passport.pdf"),
      expiresInSeconds: 1,
    });
    expect(url).toContain("X-Amz-Expires=1");
    const first = await fetch(url);
    expect(first.status).toBe(200);
    expect(await first.text()).toBe("%PDF-1.7\n%%EOF\n");
    // X-Amz-Date has whole seconds: the link dies within two seconds of signing; poll for it, no fixed sleep.
    await expect
      .poll(
        async () => {
          const answer = await fetch(url);
          return { status: answer.status, body: await answer.text() };
        },
        { timeout: 5000, interval: 250 },
      )
      .toMatchObject({ status: 403, body: expect.stringContaining("Request has expired") });
    await storage.delete(key);
  });
});
