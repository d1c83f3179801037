import "server-only";
import type { FlightDetails } from "../schema/bookings";
import type { City, Country } from "./places";
import type { Random } from "./random";

type Carrier = { name: string; code: string; awbPrefix: string };

const emirates: Carrier = { name: "Emirates", code: "EK", awbPrefix: "176" };
const flydubai: Carrier = { name: "flydubai", code: "FZ", awbPrefix: "141" };
const etihad: Carrier = { name: "Etihad Airways", code: "EY", awbPrefix: "607" };
const airArabia: Carrier = { name: "Air Arabia", code: "G9", awbPrefix: "514" };
const elsewhere: readonly Carrier[] = [
  { name: "Qatar Airways", code: "QR", awbPrefix: "157" },
  { name: "Turkish Airlines", code: "TK", awbPrefix: "235" },
  { name: "Lufthansa", code: "LH", awbPrefix: "020" },
  { name: "British Airways", code: "BA", awbPrefix: "125" },
  { name: "KLM", code: "KL", awbPrefix: "074" },
  { name: "Singapore Airlines", code: "SQ", awbPrefix: "618" },
];

export type RouteEnds = { origin: Country; originCity: City; destination: Country; destinationCity: City };

function carrierFor(random: Random, uaeAirport: string | undefined, flightHours: number): Carrier {
  if (uaeAirport === "AUH") return etihad;
  if (uaeAirport === "SHJ" || uaeAirport === "RKT") return airArabia;
  if (uaeAirport === "DXB") return flightHours <= 5 && random.chance(0.4) ? flydubai : emirates;
  return random.pick(elsewhere);
}

/** An air waybill number: airline prefix, seven digits and their remainder by 7 as check digit. */
function airWaybill(random: Random, carrier: Carrier): string {
  const serial = random.int(1_000_000, 9_999_999);
  return `${carrier.awbPrefix}-${serial}${serial % 7}`;
}

/** The flight a pet is booked on, leaving on the travel date (times in UTC). */
export function flightFor(random: Random, route: RouteEnds, travelDate: string): FlightDetails {
  const { origin, destination } = route;
  const uaeAirport =
    origin.code === "AE"
      ? route.originCity.airport
      : destination.code === "AE"
        ? route.destinationCity.airport
        : undefined;
  const hours = uaeAirport
    ? origin.flightHours + destination.flightHours
    : (origin.flightHours + destination.flightHours) * 0.8 + 2;
  const carrier = carrierFor(random, uaeAirport, hours);
  const departure = Date.parse(`${travelDate}T00:00:00Z`) + random.int(0, 287) * 5 * 60_000;
  const arrival = departure + Math.round((hours * random.float(0.95, 1.1) * 60) / 5) * 5 * 60_000;
  return {
    airline: carrier.name,
    flightNumber: `${carrier.code}${random.int(1, 999)}`,
    departureAirport: route.originCity.airport,
    departureTime: new Date(departure).toISOString(),
    arrivalAirport: route.destinationCity.airport,
    arrivalTime: new Date(arrival).toISOString(),
    airWaybill: airWaybill(random, carrier),
  };
}
