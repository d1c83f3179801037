/** Lower-case, accent-free form used both to store and to query the booking search text. */
export function normalizeForSearch(value: string): string {
  return value.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

/**
 * A phone number's digits alone, as the search text holds it beside the number as typed. The exact phone
 * lookup compares the same digits: keep in sync with the customers_*_digits_idx expressions
 * (src/db/schema/customers.ts), which strip the same characters in SQL.
 */
export function phoneDigits(phone: string): string {
  return phone.replace(/[^0-9]/g, "");
}

export type SearchTextParts = {
  /**
   * Leads the text. Omitted only by the intake, whose single statement draws the reference and puts
   * `lower(reference) || ' '` in front of this text (references are ASCII, so lower() folds them alike).
   */
  reference?: string;
  customerName: string;
  email: string;
  phone: string;
  whatsapp?: string | null;
  pets: { name: string; microchip?: string | null }[];
  /** An imported booking's id in the old system (booking_imports.source_id): staff search by it too. */
  importedId?: string | null;
};

/**
 * A booking's search text: its reference, the customer's name and email, contact numbers with and
 * without punctuation, pet names and microchips (and an imported booking's old id), lower-cased and accent-free. The one definition:
 * intake, edits, the seed and any importer all store what it returns (the find-bookings tests compare).
 */
export function bookingSearchText(parts: SearchTextParts): string {
  const phones = [parts.phone, parts.whatsapp].filter((p): p is string => Boolean(p));
  const rest = normalizeForSearch(
    [
      parts.customerName,
      parts.email,
      ...phones,
      ...phones.map(phoneDigits),
      ...parts.pets.flatMap((pet) => [pet.name, pet.microchip ?? ""]),
      parts.importedId ?? "",
    ]
      .filter(Boolean)
      .join(" "),
  );
  return parts.reference === undefined ? rest : `${parts.reference.toLowerCase()} ${rest}`;
}

/** A search that is one whole value of a booking, looked up exactly on that value's own index. */
export type ExactSearchValue =
  { kind: "microchip"; microchip: string } | { kind: "email"; email: string } | { kind: "phone"; digits: string };

// Keep in sync with the booking form's rules (src/contracts/bookings/schemas.ts): a microchip is
// exactly 15 digits; a phone number has a country code, so at least 7 and at most 15 digits (E.164).
const MICROCHIP = /^[0-9]{15}$/;
const EMAIL = /^[^\s@]+@[^\s@]+$/;
const PHONE = /^\+?[0-9 ().-]+$/;
const PHONE_DIGITS = { min: 7, max: 15 };

/**
 * What an exact-looking search names: a 15-digit number is a microchip, one word with an `@` an email,
 * digits with a phone's punctuation a phone number. Anything else (and any of these that matches no
 * booking) is searched as fragments of the search text.
 */
export function exactSearchValue(q: string): ExactSearchValue | undefined {
  const value = q.trim();
  if (MICROCHIP.test(value)) return { kind: "microchip", microchip: value };
  if (EMAIL.test(value)) return { kind: "email", email: value };
  if (!PHONE.test(value)) return undefined;
  const digits = phoneDigits(value);
  return digits.length >= PHONE_DIGITS.min && digits.length <= PHONE_DIGITS.max ? { kind: "phone", digits } : undefined;
}
