import "server-only";
import { countriesByEnglishName, isCountryCode, type CountryCode } from "@/lib/countries";

/** "U.A.E.", "uae" and "Uae " compare alike: lower case, no accents, no dots, single spaces. */
export function countryKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[.'’]/g, "")
    .replace(/&/g, " and ")
    .replace(/[\s,_-]+/g, " ")
    .trim()
    .replace(/^the /, "");
}

// Names people type that are not the English names Intl gives (which cover the rest).
const BUILT_IN_ALIASES: Record<string, CountryCode> = {
  uae: "AE",
  emirates: "AE",
  "the emirates": "AE",
  "united arab emirate": "AE",
  uk: "GB",
  "great britain": "GB",
  britain: "GB",
  england: "GB",
  scotland: "GB",
  wales: "GB",
  "northern ireland": "GB",
  usa: "US",
  us: "US",
  "united states of america": "US",
  america: "US",
  ksa: "SA",
  saudi: "SA",
  "kingdom of saudi arabia": "SA",
  holland: "NL",
  "czech republic": "CZ",
  turkey: "TR",
  "ivory coast": "CI",
  "hong kong": "HK",
  macau: "MO",
  macao: "MO",
  burma: "MM",
  swaziland: "SZ",
  "cape verde": "CV",
  vatican: "VA",
  palestine: "PS",
  russia: "RU",
  "south korea": "KR",
  korea: "KR",
  "north korea": "KP",
  bosnia: "BA",
  "republic of ireland": "IE",
  "new zealand": "NZ",
};

/**
 * The resolver of one mapping: ISO codes as they are ("ae" too), English names, the built-in aliases and
 * the mapping's own (which win). Unknown names stay as written, for the form's rule to refuse by name.
 */
export function countryResolver(extraAliases: Record<string, string>): (value: string) => string {
  const byKey = new Map<string, string>();
  for (const { code, name } of countriesByEnglishName()) byKey.set(countryKey(name), code);
  for (const [alias, code] of Object.entries(BUILT_IN_ALIASES)) byKey.set(countryKey(alias), code);
  for (const [alias, code] of Object.entries(extraAliases)) byKey.set(countryKey(alias), code);
  return (value) => {
    const trimmed = value.trim();
    if (trimmed.length === 2 && isCountryCode(trimmed.toUpperCase())) return trimmed.toUpperCase();
    return byKey.get(countryKey(trimmed)) ?? trimmed;
  };
}
