import "server-only";

// Keys are built by the server from ids it generated (uuid), never from a file name or any other input, so
// an object key can never climb out of its folder, hide a path, or collide with another booking's files.
const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const uuidPattern = new RegExp(`^${UUID}$`);
const keyPattern = new RegExp(`^(quarantine/${UUID}|bookings/${UUID}/${UUID})$`);
const prefixPattern = new RegExp(`^(quarantine/|bookings/|bookings/${UUID}/)$`);

/** A storage key or id that is not one the server builds: refused before any disk or bucket is touched. */
export class InvalidStorageKeyError extends Error {
  constructor(what: string, value: string) {
    // JSON.stringify shows control characters and trailing spaces in logs instead of hiding them.
    super(`Invalid storage ${what}: ${JSON.stringify(value.slice(0, 200))}`);
    this.name = "InvalidStorageKeyError";
  }
}

function checkedId(id: string): string {
  if (!uuidPattern.test(id)) throw new InvalidStorageKeyError("id", id);
  return id;
}

/** Where an upload waits until its bytes are checked. */
export function quarantineKey(uploadId: string): string {
  return `quarantine/${checkedId(uploadId)}`;
}

/** Where a checked document lives once attached to its booking. */
export function bookingDocumentKey(bookingId: string, documentId: string): string {
  return `bookings/${checkedId(bookingId)}/${checkedId(documentId)}`;
}

/** The folder of one booking's documents, for listing and purging. */
export function bookingDocumentsPrefix(bookingId: string): string {
  return `bookings/${checkedId(bookingId)}/`;
}

export const QUARANTINE_PREFIX = "quarantine/";

/** Every driver operation passes its key through this: only the shapes above are accepted. */
export function assertStorageKey(key: string): string {
  if (!keyPattern.test(key)) throw new InvalidStorageKeyError("key", key);
  return key;
}

export function assertStoragePrefix(prefix: string): string {
  if (!prefixPattern.test(prefix)) throw new InvalidStorageKeyError("prefix", prefix);
  return prefix;
}
