// A booking reference, PP-2026-00042: the brand's prefix, the year, and that year's number padded to
// five digits (longer numbers kept whole). Its shape is declared here once; the database makes the real
// ones with format_booking_reference() (migration 0001), which formatBookingReference mirrors.
import { brand } from "@/config/brand";

const prefix = brand.referencePrefix;

/** A whole reference. The number fits PostgreSQL's bigint (next_booking_number), hence at most 19 digits. */
export const BOOKING_REFERENCE_PATTERN = new RegExp(`^${prefix}-(\\d{4})-(\\d{5,19})$`);

/** The longest whole reference: the prefix, the year and 19 digits, with their two hyphens. */
export const BOOKING_REFERENCE_MAX_LENGTH = prefix.length + 1 + 4 + 1 + 19;

/** A search word that starts a reference ("pp-2026-004"), lower-cased like every search word. */
const REFERENCE_PREFIX_PATTERN = new RegExp(`^${prefix.toLowerCase()}-\\d{1,4}(-\\d*)?$`);

export function formatBookingReference(year: number, bookingNumber: number): string {
  return `${prefix}-${year}-${String(bookingNumber).padStart(5, "0")}`;
}

/** Whether a text could be a reference: anything else (a NUL, a 10 kB string) is not found without a query. */
export function isBookingReference(text: string): boolean {
  return BOOKING_REFERENCE_PATTERN.test(text);
}

/**
 * Whether a search word starts a reference. Such words are matched as a prefix of the reference on its
 * own index: their trigrams ("pp-", "202") are in every booking.
 */
export function isReferencePrefix(term: string): boolean {
  return REFERENCE_PREFIX_PATTERN.test(term);
}
