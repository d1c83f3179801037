import "server-only";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import fsp from "node:fs/promises";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { AppError } from "@/server/errors";
import { TokenSigner } from "./signed-token";
import type {
  DownloadLinkRequest,
  StorageDriver,
  StoredObject,
  UploadTarget,
  UploadTargetRequest,
} from "./storage-driver";
import { assertStorageKey, assertStoragePrefix, QUARANTINE_PREFIX } from "./storage-keys";

export type DownloadGrant = { key: string; contentType: string; disposition: string };
export type UploadGrant = { key: string; maxBytes: number };
type LinkCheck<T> = ({ ok: true } & T) | { ok: false; reason: "not_found" | "gone" };

// Opening a key's file never follows a symbolic link put in its place.
const READ_NO_LINKS = fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW;

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === "ENOENT";
}

/**
 * Documents on this server's disk under DATA_DIR/uploads: one server only (use s3 for several). The browser
 * PUTs to the app and downloads through the app, both with signed, short-lived tokens.
 */
export class LocalStorageDriver implements StorageDriver {
  readonly kind = "local";
  private readonly root: string;
  private readonly signer: TokenSigner;
  private readonly appUrl: string;

  constructor(options: { root: string; secret: string; appUrl: string }) {
    this.root = path.resolve(options.root);
    this.signer = new TokenSigner(options.secret);
    this.appUrl = options.appUrl.replace(/\/$/, "");
  }

  /**
   * The file of a key: its shape is checked, and its folder, with symbolic links resolved, must still lie
   * under the uploads root (a link planted in DATA_DIR cannot carry reads or writes elsewhere). The file
   * itself is opened without following links (O_NOFOLLOW, lstat). A missing folder throws ENOENT.
   */
  private async pathOf(key: string, options: { createFolder?: boolean } = {}): Promise<string> {
    const file = path.resolve(this.root, ...assertStorageKey(key).split("/"));
    const folder = path.dirname(file);
    if (options.createFolder) await fsp.mkdir(folder, { recursive: true });
    const [realRoot, realFolder] = await Promise.all([fsp.realpath(this.root), fsp.realpath(folder)]);
    if (!file.startsWith(this.root + path.sep) || !`${realFolder}${path.sep}`.startsWith(realRoot + path.sep)) {
      throw new Error(`Storage key resolves outside the uploads folder: ${key}`);
    }
    return path.join(realFolder, path.basename(file));
  }

  // Partial writes and copies go here first and are renamed or linked into place whole, so a reader never
  // sees half a file and `list` never lists one.
  private async temporaryFile(): Promise<string> {
    const folder = path.join(this.root, ".incoming");
    await fsp.mkdir(folder, { recursive: true });
    return path.join(folder, randomUUID());
  }

  async createUploadTarget(request: UploadTargetRequest): Promise<UploadTarget> {
    const key = assertStorageKey(request.key);
    if (!key.startsWith(QUARANTINE_PREFIX)) throw new Error(`Uploads go to quarantine only, not ${key}`);
    const expiresAt = new Date(Date.now() + request.expiresInSeconds * 1000);
    const token = this.signer.sign("storage-upload", { key, max: request.maxBytes }, expiresAt);
    const id = key.slice(QUARANTINE_PREFIX.length);
    return {
      method: "PUT",
      url: `${this.appUrl}/api/v1/uploads/${id}/content?token=${token}`,
      headers: { "Content-Type": request.contentType },
      expiresAt,
    };
  }

  /** The upload route's check: the token must be genuine, unexpired and made for this very key. */
  verifyUploadToken(token: string, key: string, now = new Date()): LinkCheck<UploadGrant> {
    const check = this.signer.verify<{ key?: unknown; max?: unknown }>("storage-upload", token, now);
    if (!check.ok) return check;
    const { key: signedKey, max } = check.payload;
    if (signedKey !== key || typeof max !== "number") return { ok: false, reason: "not_found" };
    return { ok: true, key, maxBytes: max };
  }

  /**
   * Streams a body to the key, refusing it past maxBytes (nothing is left behind). Single use: a key that
   * already holds an object is never overwritten, so a replayed upload URL cannot swap checked bytes.
   */
  async writeStream(
    key: string,
    body: Readable | ReadableStream<Uint8Array>,
    maxBytes: number,
  ): Promise<{ size: number }> {
    assertStorageKey(key);
    const source = body instanceof Readable ? body : Readable.fromWeb(body as NodeReadableStream<Uint8Array>);
    const temporary = await this.temporaryFile();
    let size = 0;
    const limit = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        size += chunk.length;
        if (size > maxBytes) callback(new AppError("PAYLOAD_TOO_LARGE", `The file is larger than ${maxBytes} bytes.`));
        else callback(null, chunk);
      },
    });
    try {
      await pipeline(source, limit, fs.createWriteStream(temporary, { flags: "wx", mode: 0o600 }));
      const target = await this.pathOf(key, { createFolder: true });
      await fsp.link(temporary, target).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== "EEXIST") throw error;
        throw new AppError("CONFLICT", "This upload has already been sent.");
      });
      return { size };
    } finally {
      await fsp.rm(temporary, { force: true });
    }
  }

  async head(key: string): Promise<number | null> {
    try {
      const stats = await fsp.lstat(await this.pathOf(key));
      if (!stats.isFile()) throw new Error(`Not a regular file in the uploads folder: ${key}`);
      return stats.size;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async readStart(key: string, bytes: number): Promise<Uint8Array | null> {
    let handle: fsp.FileHandle;
    try {
      handle = await fsp.open(await this.pathOf(key), READ_NO_LINKS);
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
    try {
      const buffer = Buffer.alloc(bytes);
      const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
      return new Uint8Array(buffer.subarray(0, bytesRead));
    } finally {
      await handle.close();
    }
  }

  /** The whole object as a stream, for the download route; null when there is none. */
  async openRead(key: string): Promise<{ stream: Readable; size: number } | null> {
    const size = await this.head(key);
    if (size === null) return null;
    const handle = await fsp.open(await this.pathOf(key), READ_NO_LINKS);
    return { stream: handle.createReadStream(), size };
  }

  async put(key: string, bytes: Uint8Array): Promise<void> {
    assertStorageKey(key);
    const temporary = await this.temporaryFile();
    try {
      await fsp.writeFile(temporary, bytes, { flag: "wx", mode: 0o600 });
      await fsp.rename(temporary, await this.pathOf(key, { createFolder: true }));
    } finally {
      await fsp.rm(temporary, { force: true });
    }
  }

  async copy(from: string, to: string): Promise<void> {
    assertStorageKey(to);
    if ((await this.head(from)) === null) throw new Error(`Nothing to copy at ${from}`);
    const source = await this.pathOf(from);
    const temporary = await this.temporaryFile();
    try {
      await fsp.copyFile(source, temporary);
      await fsp.rename(temporary, await this.pathOf(to, { createFolder: true }));
    } finally {
      await fsp.rm(temporary, { force: true });
    }
  }

  async delete(key: string): Promise<void> {
    let file: string;
    try {
      file = await this.pathOf(key);
    } catch (error) {
      if (isMissing(error)) return;
      throw error;
    }
    await fsp.rm(file, { force: true });
    // A purged booking leaves no empty folder behind; quarantine/ itself stays.
    if (key.startsWith("bookings/")) await fsp.rmdir(path.dirname(file)).catch(() => undefined);
  }

  async list(prefix: string): Promise<StoredObject[]> {
    const folder = path.join(this.root, ...assertStoragePrefix(prefix).split("/").filter(Boolean));
    const found: StoredObject[] = [];
    const walk = async (directory: string): Promise<void> => {
      const entries = await fsp.readdir(directory, { withFileTypes: true }).catch((error: unknown) => {
        if (isMissing(error)) return [];
        throw error;
      });
      for (const entry of entries) {
        const file = path.join(directory, entry.name);
        if (entry.isDirectory()) {
          await walk(file);
          continue;
        }
        const stats = await fsp.stat(file).catch(() => null);
        if (!stats) continue; // deleted while listing
        const key = path.relative(this.root, file).split(path.sep).join("/");
        found.push({ key, size: stats.size, lastModified: stats.mtime });
      }
    };
    await walk(folder);
    return found;
  }

  async createDownloadUrl(request: DownloadLinkRequest): Promise<string> {
    const key = assertStorageKey(request.key);
    const expiresAt = new Date(Date.now() + request.expiresInSeconds * 1000);
    const payload = { key, type: request.contentType, disposition: request.disposition };
    return `${this.appUrl}/api/v1/files/${this.signer.sign("storage-download", payload, expiresAt)}`;
  }

  /** The files route's check: tampered or malformed → not_found (404), genuine but expired → gone (410). */
  verifyDownloadToken(token: string, now = new Date()): LinkCheck<DownloadGrant> {
    const check = this.signer.verify<{ key?: unknown; type?: unknown; disposition?: unknown }>(
      "storage-download",
      token,
      now,
    );
    if (!check.ok) return check;
    const { key, type, disposition } = check.payload;
    if (typeof key !== "string" || typeof type !== "string" || typeof disposition !== "string") {
      return { ok: false, reason: "not_found" };
    }
    return { ok: true, key: assertStorageKey(key), contentType: type, disposition };
  }
}
