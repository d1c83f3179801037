/** Lower-case, accent-free form used both to store and to query the booking search text. */
export function normalizeForSearch(value: string): string {
  return value.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
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
};

/**
 * A booking's search text: its reference, the customer's name and email, contact numbers with and
 * without punctuation, pet names and microchips, lower-cased and accent-free. The one definition:
 * intake, edits, the seed and any importer all store what it returns (the find-bookings tests compare).
 */
export function bookingSearchText(parts: SearchTextParts): string {
  const phones = [parts.phone, parts.whatsapp].filter((p): p is string => Boolean(p));
  const rest = normalizeForSearch(
    [
      parts.customerName,
      parts.email,
      ...phones,
      ...phones.map((p) => p.replace(/\D/g, "")),
      ...parts.pets.flatMap((pet) => [pet.name, pet.microchip ?? ""]),
    ]
      .filter(Boolean)
      .join(" "),
  );
  return parts.reference === undefined ? rest : `${parts.reference.toLowerCase()} ${rest}`;
}
