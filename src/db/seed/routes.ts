import "server-only";
import type { SeedCustomer } from "./customers";
import type { RouteEnds } from "./flights";
import { abroad, countryByCode, uae, type Country } from "./places";
import { weighted, type Random } from "./random";
import type { BookingRow } from "./rows";
import { DAY_MS } from "./timeline";

type Kind = "export" | "import" | "international" | "domestic";

// Most bookings touch the UAE: residents leaving with their pets, or bringing pets in.
const residentKinds = weighted<Kind>([
  ["export", 58],
  ["import", 26],
  ["international", 6],
  ["domestic", 10],
]);
const overseasKinds = weighted<Kind>([
  ["import", 80],
  ["international", 20],
]);

/** The service a route needs; keep in line with how the booking form derives it. */
export function serviceTypeFor(originCountry: string, destinationCountry: string): BookingRow["service_type"] {
  if (originCountry === destinationCountry) return "domestic";
  if (originCountry === "AE") return "export_from_uae";
  if (destinationCountry === "AE") return "import_to_uae";
  return "international";
}

function otherEnd(random: Random, customer: SeedCustomer): Country {
  const home = customer.home !== "AE" ? countryByCode(customer.home) : undefined;
  return home && random.chance(0.5) ? home : random.choose(abroad);
}

function differentCountry(random: Random, from: Country): Country {
  for (;;) {
    const candidate = random.choose(abroad);
    if (candidate.code !== from.code) return candidate;
  }
}

export function routeFor(random: Random, customer: SeedCustomer): RouteEnds {
  const kind = random.choose(customer.residence === "AE" ? residentKinds : overseasKinds);
  const living = customer.residence !== "AE" ? countryByCode(customer.residence) : undefined;
  const ends = (origin: Country, destination: Country): RouteEnds => {
    const originCity = random.choose(origin.cities);
    let destinationCity = random.choose(destination.cities);
    while (origin === destination && destinationCity.name === originCity.name) {
      destinationCity = random.choose(destination.cities);
    }
    return { origin, originCity, destination, destinationCity };
  };
  switch (kind) {
    case "export":
      return ends(uae, otherEnd(random, customer));
    case "import":
      return ends(living ?? otherEnd(random, customer), uae);
    case "international": {
      const origin = living ?? otherEnd(random, customer);
      return ends(origin, differentCountry(random, origin));
    }
    case "domestic":
      return ends(uae, uae);
  }
}

/** Days between booking and travel: export paperwork takes weeks, Australia and New Zealand months. */
export function leadTimeMs(random: Random, route: RouteEnds): number {
  if (route.origin === route.destination) return random.float(2, 21) * DAY_MS;
  if (["AU", "NZ"].includes(route.destination.code)) return random.float(150, 240) * DAY_MS;
  return (14 + random.next() ** 1.5 * 106) * DAY_MS;
}
