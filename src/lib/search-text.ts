/** Lower-case, accent-free form used both to store and to query the booking search text. */
export function normalizeForSearch(value: string): string {
  return value.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

/** The searchable words of a booking other than its reference (which the database adds). */
export function bookingSearchText(parts: {
  customerName: string;
  email: string;
  phone: string;
  whatsapp?: string | null;
  pets: { name: string; microchip?: string | null }[];
}): string {
  const phones = [parts.phone, parts.whatsapp].filter((p): p is string => Boolean(p));
  return normalizeForSearch(
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
}
