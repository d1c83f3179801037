import "server-only";
import { createHash } from "node:crypto";
import sharp from "sharp";
import type { StorageDriver } from "@/server/storage/storage-driver";
import { bookingDocumentKey } from "@/server/storage/storage-keys";

/**
 * The prebuilt sharp that npm installs decodes JPEG, PNG and WebP but not HEIC (its libheif carries
 * the AV1 decoder only, for patent reasons): HEIC and HEIF documents get no thumbnail, the pages
 * show a file icon for them, as for PDFs.
 */
const THUMBNAIL_SOURCES = new Set(["image/jpeg", "image/png", "image/webp"]);
const THUMBNAIL_SIZE = 320;
// Decoding an image takes memory in proportion to its pixels: a few at a time keeps the server's
// peak memory bounded when many uploads complete together.
const MAX_AT_ONCE = 2;
// A decompression bomb (a small file of enormous dimensions) is refused before decoding.
const MAX_INPUT_PIXELS = 50_000_000;

let running = 0;
const waiting: (() => void)[] = [];

async function withSlot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_AT_ONCE) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  try {
    return await work();
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}

/**
 * The thumbnail's key, derived from the document's: placing the same document twice (a retried
 * complete, the worker finishing an interrupted one) writes the same object instead of leaving one behind.
 */
export function thumbnailKeyOf(bookingId: string, documentId: string): string {
  const hex = createHash("sha256").update(`thumbnail:${documentId}`).digest("hex");
  const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  return bookingDocumentKey(bookingId, id);
}

/**
 * Writes a WebP thumbnail of an image document next to it and returns its key, or null for a type
 * that has none or an image sharp cannot read (the document itself stays: its type was already checked).
 */
export async function makeThumbnail(
  storage: StorageDriver,
  document: { key: string; contentType: string; bookingId: string; id: string },
): Promise<string | null> {
  if (!THUMBNAIL_SOURCES.has(document.contentType)) return null;
  return withSlot(async () => {
    const source = await storage.openRead(document.key);
    if (!source) return null;
    try {
      const resize = sharp({ limitInputPixels: MAX_INPUT_PIXELS, failOn: "error" })
        .rotate()
        .resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: "inside", withoutEnlargement: true })
        .webp({ quality: 70 });
      source.stream.pipe(resize);
      const bytes = await resize.toBuffer();
      const key = thumbnailKeyOf(document.bookingId, document.id);
      await storage.put(key, bytes, "image/webp");
      return key;
    } catch (error) {
      source.stream.destroy();
      console.warn(`No thumbnail for document ${document.id}: ${(error as Error).message}`);
      return null;
    }
  });
}
