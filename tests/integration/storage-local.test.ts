import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AppError } from "@/server/errors";
import { contentDisposition } from "@/server/storage/file-check";
import { LocalStorageDriver } from "@/server/storage/local-driver";
import { QUARANTINE_PREFIX, quarantineKey } from "@/server/storage/storage-keys";

const SECRET = "k3Jx9Qv2Lm8Tz4Rw7Ya1Hc6Nb0Pd5Fs+Ge/Ui=";
let root = "";
let storage: LocalStorageDriver;

beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), "pawpath-uploads-"));
  storage = new LocalStorageDriver({ root, secret: SECRET, appUrl: "https://bookings.example/" });
});

afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

/** Every file under the uploads folder, temporary ones included. */
async function filesOnDisk(): Promise<string[]> {
  const entries = await fs.readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
}

function tokenOf(url: string): string {
  return url.slice(url.lastIndexOf("/") + 1);
}

async function downloadLink(expiresInSeconds = 300) {
  const key = quarantineKey(randomUUID());
  const disposition = contentDisposition("passport.pdf");
  const url = await storage.createDownloadUrl({ key, contentType: "application/pdf", disposition, expiresInSeconds });
  return { key, disposition, url, token: tokenOf(url) };
}

describe("local download links", () => {
  it("open the object they were made for, with its type and disposition", async () => {
    const { key, disposition, url, token } = await downloadLink();
    expect(url.startsWith("https://bookings.example/api/v1/files/")).toBe(true);
    expect(storage.verifyDownloadToken(token)).toEqual({ ok: true, key, contentType: "application/pdf", disposition });
  });

  it("are not found when any character is changed, dropped or added", async () => {
    const { token } = await downloadLink();
    const [body, signature] = token.split(".") as [string, string];
    const flip = (text: string, at: number) => text.slice(0, at) + (text[at] === "A" ? "B" : "A") + text.slice(at + 1);
    const forged = JSON.parse(Buffer.from(body, "base64url").toString()) as Record<string, unknown>;
    const otherKey = Buffer.from(JSON.stringify({ ...forged, key: quarantineKey(randomUUID()) })).toString("base64url");
    const longer = Buffer.from(JSON.stringify({ ...forged, exp: 4_102_444_800 })).toString("base64url");
    for (const tampered of [
      `${flip(body, 5)}.${signature}`,
      `${body}.${flip(signature, 0)}`,
      `${body}.${flip(signature, signature.length - 1)}`, // the last character carries padding bits
      `${body}.${signature}x`,
      `${body}.${signature.slice(0, -1)}`,
      `${otherKey}.${signature}`,
      `${longer}.${signature}`,
      `${body}.${signature}.${signature}`,
      body,
      "",
      "not-a-token",
    ]) {
      expect(storage.verifyDownloadToken(tampered), tampered).toEqual({ ok: false, reason: "not_found" });
    }
  });

  it("are not found when signed with another secret, or made for uploading", async () => {
    const { token } = await downloadLink();
    const other = new LocalStorageDriver({ root, secret: `${SECRET}x`, appUrl: "https://bookings.example" });
    expect(other.verifyDownloadToken(token)).toEqual({ ok: false, reason: "not_found" });
    const key = quarantineKey(randomUUID());
    const upload = await storage.createUploadTarget({
      key,
      contentType: "image/png",
      maxBytes: 99,
      expiresInSeconds: 60,
    });
    const uploadToken = new URL(upload.url).searchParams.get("token")!;
    expect(storage.verifyDownloadToken(uploadToken)).toEqual({ ok: false, reason: "not_found" });
  });

  it("are gone once expired", async () => {
    const { token } = await downloadLink(60);
    expect(storage.verifyDownloadToken(token, new Date(Date.now() + 59_000))).toMatchObject({ ok: true });
    expect(storage.verifyDownloadToken(token, new Date(Date.now() + 61_000))).toEqual({ ok: false, reason: "gone" });
  });
});

describe("local uploads", () => {
  it("give a PUT URL on the app whose token is valid for that quarantine key only, until it expires", async () => {
    const id = randomUUID();
    const key = quarantineKey(id);
    const target = await storage.createUploadTarget({
      key,
      contentType: "image/png",
      maxBytes: 1234,
      expiresInSeconds: 900,
    });
    expect(target).toMatchObject({ method: "PUT", headers: { "Content-Type": "image/png" } });
    const url = new URL(target.url);
    expect(url.origin + url.pathname).toBe(`https://bookings.example/api/v1/uploads/${id}/content`);
    const token = url.searchParams.get("token")!;
    expect(storage.verifyUploadToken(token, key)).toEqual({ ok: true, key, maxBytes: 1234 });
    expect(storage.verifyUploadToken(token, quarantineKey(randomUUID()))).toEqual({ ok: false, reason: "not_found" });
    expect(storage.verifyUploadToken(`${token}x`, key)).toEqual({ ok: false, reason: "not_found" });
    expect(storage.verifyUploadToken(token, key, new Date(Date.now() + 901_000))).toEqual({
      ok: false,
      reason: "gone",
    });
  });

  it("stream up to the limit and no further, leaving nothing behind when refused", async () => {
    const key = quarantineKey(randomUUID());
    const chunks = (total: number) => Readable.from(Array.from({ length: total / 1024 }, () => Buffer.alloc(1024, 7)));

    const refused = storage.writeStream(key, chunks(64 * 1024), 64 * 1024 - 1);
    await expect(refused).rejects.toBeInstanceOf(AppError);
    await expect(refused).rejects.toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
    expect(await storage.head(key)).toBeNull();
    expect(await filesOnDisk()).toEqual([]);

    expect(await storage.writeStream(key, chunks(64 * 1024), 64 * 1024)).toEqual({ size: 64 * 1024 });
    expect(await storage.head(key)).toBe(64 * 1024);
    expect(await filesOnDisk()).toEqual([key.split("/")[1]]);
  });

  it("take a web stream (a request body) as well", async () => {
    const key = quarantineKey(randomUUID());
    const body = new Response("%PDF-1.4\n%%EOF\n").body!;
    expect(await storage.writeStream(key, body, 100)).toEqual({ size: 15 });
    const opened = await storage.openRead(key);
    expect(opened?.size).toBe(15);
    const read: Buffer[] = [];
    for await (const chunk of opened!.stream) read.push(chunk as Buffer);
    expect(Buffer.concat(read).toString()).toBe("%PDF-1.4\n%%EOF\n");
  });

  it("are single use: a second write to the same key is refused and the first bytes stay", async () => {
    const key = quarantineKey(randomUUID());
    await storage.writeStream(key, Readable.from([Buffer.from("%PDF-first")]), 100);
    await expect(storage.writeStream(key, Readable.from([Buffer.from("<html>")]), 100)).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(Buffer.from((await storage.readStart(key, 100))!).toString()).toBe("%PDF-first");
    expect(await filesOnDisk()).toHaveLength(1);
  });

  it("leave nothing behind when the sender breaks off", async () => {
    const key = quarantineKey(randomUUID());
    const broken = new Readable({
      read() {
        this.push(Buffer.alloc(1024));
        this.destroy(new Error("client went away"));
      },
    });
    await expect(storage.writeStream(key, broken, 1024 * 1024)).rejects.toThrow("client went away");
    expect(await filesOnDisk()).toEqual([]);
    expect(await storage.list(QUARANTINE_PREFIX)).toEqual([]);
  });

  it("never resolve outside the uploads folder, even through a symbolic link", async () => {
    // Only someone with access to DATA_DIR could plant a link; even then it carries no read or write outside.
    const outside = await fs.mkdtemp(path.join(os.tmpdir(), "pawpath-outside-"));
    try {
      await fs.writeFile(path.join(outside, "secret"), "%PDF-secret");
      await fs.symlink(outside, path.join(root, "quarantine"));
      const key = quarantineKey(randomUUID());
      await expect(storage.writeStream(key, Readable.from([Buffer.from("%PDF")]), 100)).rejects.toThrow(
        /outside the uploads folder/,
      );
      expect(await fs.readdir(outside)).toEqual(["secret"]);
      await fs.unlink(path.join(root, "quarantine"));

      // A link in place of a key's file is not followed either.
      await fs.mkdir(path.join(root, "quarantine"));
      const linked = quarantineKey(randomUUID());
      await fs.symlink(path.join(outside, "secret"), path.join(root, linked));
      await expect(storage.head(linked)).rejects.toThrow(/Not a regular file/);
      await expect(storage.readStart(linked, 100)).rejects.toMatchObject({ code: "ELOOP" });
      expect(await filesOnDisk()).toEqual([]);
    } finally {
      await fs.rm(outside, { recursive: true, force: true });
    }
  });
});
