"use client";

import { useEffect, useState } from "react";

type AirportTimeZones = { zones: string[]; airports: Record<string, number> };

/** The airport → time zone table, fetched once per page (the browser caches it for a day). */
let table: Promise<AirportTimeZones | null> | undefined;
function loadTable(): Promise<AirportTimeZones | null> {
  table ??= fetch("/data/airport-time-zones.json")
    .then((response) => (response.ok ? (response.json() as Promise<AirportTimeZones>) : null))
    .catch(() => null)
    .then((loaded) => {
      // A failed download is tried again the next time the form opens.
      if (!loaded) table = undefined;
      return loaded;
    });
  return table;
}

/**
 * Looks up IATA airport codes' IANA zones: `zoneOf("YYZ")` is "America/Toronto", null for a code we do
 * not know (or cannot tell apart), undefined while the table loads or when it could not be loaded.
 */
export function useAirportTimeZones(): { zoneOf: (code: string) => string | null | undefined } {
  const [loaded, setLoaded] = useState<AirportTimeZones | null>(null);
  useEffect(() => {
    let current = true;
    void loadTable().then((answer) => current && setLoaded(answer));
    return () => {
      current = false;
    };
  }, []);
  return {
    zoneOf: (code) => {
      if (!loaded) return undefined;
      const index = loaded.airports[code.trim().toUpperCase()];
      return index === undefined ? null : (loaded.zones[index] ?? null);
    },
  };
}
