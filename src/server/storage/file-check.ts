import "server-only";
import { fileTypeFromBuffer } from "file-type";
import { formatSize } from "@/lib/file-size";

/** The types a document may have, decided by its first bytes, never by its name or the browser's claim. */
export const ALLOWED_CONTENT_TYPES = [
  "application/pdf",
  "image/jpeg",
  "image/png",
  "image/heic",
  "image/heif",
  "image/webp",
] as const;

export type AllowedContentType = (typeof ALLOWED_CONTENT_TYPES)[number];

/** How many first bytes the check reads (file-type's own minimum for every format it knows). */
export const SNIFF_BYTES = 4100;

export type FileCheck = { ok: true; contentType: AllowedContentType } | { ok: false; message: string };

const isAllowed = (mime: string): mime is AllowedContentType =>
  (ALLOWED_CONTENT_TYPES as readonly string[]).includes(mime);

/**
 * Checks an uploaded object's size and first bytes. The refusal names the file the way the person sees it
 * (pass the sanitised display name), so the form can show it beside that file and keep the others.
 */
/** Why a file of this size is refused, naming it, or null: checked when an upload starts and again on its bytes. */
export function sizeProblem(displayName: string, size: number, maxBytes: number): string | null {
  if (size === 0) return `${displayName} is empty`;
  if (size > maxBytes)
    return `${displayName} is ${formatSize(size, "up")}; the limit is ${formatSize(maxBytes, "down")}`;
  return null;
}

export async function checkFile(file: {
  displayName: string;
  size: number;
  firstBytes: Uint8Array;
  maxBytes: number;
}): Promise<FileCheck> {
  const { displayName, size, maxBytes } = file;
  const sizeRefusal = sizeProblem(displayName, size, maxBytes);
  if (sizeRefusal) return { ok: false, message: sizeRefusal };
  const detected = await fileTypeFromBuffer(file.firstBytes);
  if (!detected || !isAllowed(detected.mime)) {
    return { ok: false, message: `${displayName} is not a PDF, JPEG, PNG, HEIC or WebP file` };
  }
  return { ok: true, contentType: detected.mime };
}

const MAX_NAME_LENGTH = 120;

/**
 * The name shown for a document and offered on download: the last path part only, without control or
 * invisible formatting characters (bidi overrides make "gpj.exe" read as "exe.jpg"), without characters
 * file systems refuse, at most 120 characters with the extension kept. Letters of every script stay.
 */
export function sanitizeDisplayName(name: string): string {
  const lastPart = name.split(/[/\\]/).pop() ?? "";
  const cleaned = lastPart
    .normalize("NFC")
    .replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Zl}\p{Zp}]/gu, "")
    .replace(/[<>:"|?*]/g, "_")
    .replace(/\s+/gu, " ")
    .trim()
    // No hidden files and no "..": a name never starts with a dot.
    .replace(/^[.\s]+/, "");
  const characters = [...cleaned];
  if (characters.length === 0) return "document";
  if (characters.length <= MAX_NAME_LENGTH) return cleaned;
  const dot = cleaned.lastIndexOf(".");
  const extension = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : "";
  const stem = [...cleaned.slice(0, cleaned.length - extension.length)];
  return (
    stem
      .slice(0, MAX_NAME_LENGTH - [...extension].length)
      .join("")
      .trimEnd() + extension
  );
}

/**
 * A Content-Disposition value (RFC 6266): an ASCII fallback for old clients and the exact name as
 * UTF-8 (RFC 8187). Pass a sanitised display name.
 */
export function contentDisposition(displayName: string, type: "attachment" | "inline" = "attachment"): string {
  const fallback = displayName.replace(/[^\x20-\x7e]|["\\%]/g, "_");
  const encoded = encodeURIComponent(displayName).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${type}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
