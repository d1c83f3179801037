import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { contentDisposition } from "@/server/storage/file-check";
import type { Storage } from "@/server/storage/get-storage";
import { LocalStorageDriver } from "@/server/storage/local-driver";
import { S3StorageDriver } from "@/server/storage/s3-driver";
import {
  bookingDocumentKey,
  bookingDocumentsPrefix,
  InvalidStorageKeyError,
  QUARANTINE_PREFIX,
  quarantineKey,
} from "@/server/storage/storage-keys";
import { S3RVER_CREDENTIALS, TestS3Server } from "../support/s3-server";
import { uploadThroughTarget } from "../support/storage-upload";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

const s3 = new TestS3Server();
let uploadsRoot = "";
const drivers: Record<"local" | "s3", () => Storage> = {
  local: () =>
    new LocalStorageDriver({ root: uploadsRoot, secret: "test-secret-".repeat(4), appUrl: "http://localhost:3000" }),
  s3: () =>
    new S3StorageDriver({ bucket: s3.bucket, region: "us-east-1", endpoint: s3.endpoint, forcePathStyle: true }),
};

beforeAll(async () => {
  for (const [name, value] of Object.entries(S3RVER_CREDENTIALS)) vi.stubEnv(name, value);
  await s3.start();
  uploadsRoot = await fs.mkdtemp(path.join(os.tmpdir(), "pawpath-uploads-"));
});

afterAll(async () => {
  await s3.stop();
  await fs.rm(uploadsRoot, { recursive: true, force: true });
  vi.unstubAllEnvs();
});

describe.each(["local", "s3"] as const)("the %s storage driver", (kind) => {
  it("takes an upload into quarantine, reads its size and first bytes, moves it into place, leaves nothing", async () => {
    const storage = drivers[kind]();
    const uploadId = randomUUID();
    const bookingId = randomUUID();
    const quarantined = quarantineKey(uploadId);
    const placed = bookingDocumentKey(bookingId, uploadId);

    expect(await storage.head(quarantined)).toBeNull();
    expect(await storage.readStart(quarantined, 16)).toBeNull();
    expect(await uploadThroughTarget(storage, quarantined, PDF)).toBeLessThan(300);

    expect(await storage.head(quarantined)).toBe(PDF.length);
    expect(Buffer.from((await storage.readStart(quarantined, 8))!).toString()).toBe("%PDF-1.4");
    expect((await storage.readStart(quarantined, 4100))!.length).toBe(PDF.length);
    expect((await storage.list(QUARANTINE_PREFIX)).map((object) => object.key)).toContain(quarantined);

    await storage.copy(quarantined, placed);
    await storage.delete(quarantined);
    expect(await storage.head(quarantined)).toBeNull();
    expect(await storage.head(placed)).toBe(PDF.length);
    const listed = await storage.list(bookingDocumentsPrefix(bookingId));
    expect(listed).toEqual([{ key: placed, size: PDF.length, lastModified: expect.any(Date) }]);

    await storage.delete(placed);
    await storage.delete(placed); // a repeated purge is not an error
    expect(await storage.list(bookingDocumentsPrefix(bookingId))).toEqual([]);
    expect((await storage.list(QUARANTINE_PREFIX)).map((object) => object.key)).not.toContain(quarantined);
  });

  it("downloads through a short-lived link with the checked type and the disposition", async () => {
    const storage = drivers[kind]();
    const key = quarantineKey(randomUUID());
    await uploadThroughTarget(storage, key, PDF);
    const url = await storage.createDownloadUrl({
      key,
      contentType: "application/pdf",
      disposition: contentDisposition("Reisepass Bär.pdf"),
      expiresInSeconds: 300,
    });
    if (kind === "local") {
      expect(url).toMatch(/^http:\/\/localhost:3000\/api\/v1\/files\/[\w-]+\.[\w-]+$/);
      return; // served by the files route; its token checks are in storage-local.test.ts
    }
    const answer = await fetch(url);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toBe("application/pdf");
    expect(answer.headers.get("content-disposition")).toBe(contentDisposition("Reisepass Bär.pdf"));
    expect(answer.headers.get("cache-control")).toBe("private, no-store");
    expect(Buffer.from(await answer.arrayBuffer())).toEqual(PDF);
    await storage.delete(key);
  });

  it.each([
    "../escape",
    "../../etc/passwd",
    "/etc/passwd",
    "quarantine/../bookings",
    "1b4e28ba-2fa1-11d2-883f-0016d3cca427/..",
    "1B4E28BA-2FA1-11D2-883F-0016D3CCA427",
    "1b4e28ba-2fa1-11d2-883f-0016d3cca427\u0000",
    " 1b4e28ba-2fa1-11d2-883f-0016d3cca427",
    "..%2Fescape",
    "C:\\Windows",
    "",
  ])("refuses the id %j in every operation, touching nothing", async (badId) => {
    const storage = drivers[kind]();
    const goodId = randomUUID();
    const refused = expect.any(InvalidStorageKeyError);
    expect(() => quarantineKey(badId)).toThrow(InvalidStorageKeyError);
    expect(() => bookingDocumentKey(badId, goodId)).toThrow(InvalidStorageKeyError);
    expect(() => bookingDocumentKey(goodId, badId)).toThrow(InvalidStorageKeyError);
    expect(() => bookingDocumentsPrefix(badId)).toThrow(InvalidStorageKeyError);
    // The drivers check raw keys too, in case one ever arrives from anywhere but storage-keys.ts.
    for (const key of [badId, `quarantine/${badId}`, `bookings/${goodId}/${badId}`, `bookings/${badId}/${goodId}`]) {
      await expect(storage.head(key)).rejects.toEqual(refused);
      await expect(storage.readStart(key, 8)).rejects.toEqual(refused);
      await expect(storage.copy(quarantineKey(goodId), key)).rejects.toEqual(refused);
      await expect(storage.copy(key, quarantineKey(goodId))).rejects.toEqual(refused);
      await expect(storage.delete(key)).rejects.toEqual(refused);
      await expect(storage.list(`${key}/`)).rejects.toEqual(refused);
      await expect(
        storage.createUploadTarget({ key, contentType: "application/pdf", maxBytes: 10, expiresInSeconds: 60 }),
      ).rejects.toEqual(refused);
      await expect(
        storage.createDownloadUrl({
          key,
          contentType: "application/pdf",
          disposition: "attachment",
          expiresInSeconds: 60,
        }),
      ).rejects.toEqual(refused);
    }
  });

  it("takes uploads into quarantine only", async () => {
    const storage = drivers[kind]();
    const request = {
      key: bookingDocumentKey(randomUUID(), randomUUID()),
      contentType: "application/pdf",
      maxBytes: 10,
      expiresInSeconds: 60,
    };
    await expect(storage.createUploadTarget(request)).rejects.toThrow(/quarantine only/);
  });
});
