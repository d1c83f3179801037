import "server-only";
import type { Readable } from "node:stream";

/** How the browser sends the bytes: a form POST straight to the bucket (s3), or a PUT to this app (local). */
export type UploadTarget =
  | { method: "POST"; url: string; fields: Record<string, string>; expiresAt: Date }
  | { method: "PUT"; url: string; headers: Record<string, string>; expiresAt: Date };

export type UploadTargetRequest = {
  /** A quarantine key (storage-keys.ts); the object lands there and nowhere else. */
  key: string;
  /** The type the browser declared; fixed by the policy, but the bytes are still checked on complete. */
  contentType: string;
  maxBytes: number;
  expiresInSeconds: number;
};

export type DownloadLinkRequest = {
  key: string;
  /** The checked type, never the uploader's claim. */
  contentType: string;
  /** A full Content-Disposition value (contentDisposition() in file-check.ts). */
  disposition: string;
  expiresInSeconds: number;
};

export type StoredObject = { key: string; size: number; lastModified: Date };

/**
 * One place for documents' bytes. Every key is validated (storage-keys.ts) before any disk or bucket call;
 * reading a missing object answers null, deleting one is not an error (retries and purges repeat it).
 */
export interface StorageDriver {
  readonly kind: "local" | "s3";
  createUploadTarget(request: UploadTargetRequest): Promise<UploadTarget>;
  /** The object's size in bytes, or null when there is none. */
  head(key: string): Promise<number | null>;
  /**
   * Up to `bytes` first bytes (fewer for a shorter object), or null when there is none. Call head first and
   * refuse an empty object before reading: S3-compatible stores differ on a range of nothing.
   */
  readStart(key: string, bytes: number): Promise<Uint8Array | null>;
  /** The whole object as a stream, or null when there is none. */
  openRead(key: string): Promise<{ stream: Readable; size: number } | null>;
  /** Writes a small object the server made itself (a thumbnail). */
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  copy(from: string, to: string): Promise<void>;
  delete(key: string): Promise<void>;
  /** Every object under a prefix (storage-keys.ts names the allowed ones), in no particular order. */
  list(prefix: string): Promise<StoredObject[]>;
  /** A short-lived link that downloads the object with the given type and disposition. Never store or log it. */
  createDownloadUrl(request: DownloadLinkRequest): Promise<string>;
}
