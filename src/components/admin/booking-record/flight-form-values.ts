// The flight form as people fill it in (a local date and time plus its UTC offset, since airline
// times are local to each airport) and its translation to the API's ISO 8601 times with offset.
import { z } from "zod";
import { flightDetailsSchema, type FlightDetailsInput } from "@/contracts/bookings/record-schemas";

export const UTC_OFFSETS = [
  "-12:00",
  "-11:00",
  "-10:00",
  "-09:30",
  "-09:00",
  "-08:00",
  "-07:00",
  "-06:00",
  "-05:00",
  "-04:00",
  "-03:30",
  "-03:00",
  "-02:00",
  "-01:00",
  "+00:00",
  "+01:00",
  "+02:00",
  "+03:00",
  "+03:30",
  "+04:00",
  "+04:30",
  "+05:00",
  "+05:30",
  "+05:45",
  "+06:00",
  "+06:30",
  "+07:00",
  "+08:00",
  "+08:45",
  "+09:00",
  "+09:30",
  "+10:00",
  "+10:30",
  "+11:00",
  "+12:00",
  "+12:45",
  "+13:00",
  "+14:00",
] as const;

/** Dubai, where most of our flights leave from. */
export const DEFAULT_OFFSET = "+04:00";

export type FlightFormValues = {
  airline: string;
  flightNumber: string;
  departureAirport: string;
  departureLocal: string;
  departureOffset: string;
  arrivalAirport: string;
  arrivalLocal: string;
  arrivalOffset: string;
  airWaybill: string;
  notifyCustomer: boolean;
};

export const emptyFlightForm: FlightFormValues = {
  airline: "",
  flightNumber: "",
  departureAirport: "",
  departureLocal: "",
  departureOffset: DEFAULT_OFFSET,
  arrivalAirport: "",
  arrivalLocal: "",
  arrivalOffset: DEFAULT_OFFSET,
  airWaybill: "",
  notifyCustomer: true,
};

// The API's field names → the form's, so a server error lands on the control that caused it.
const FORM_FIELD: Record<string, keyof FlightFormValues> = {
  departureTime: "departureLocal",
  arrivalTime: "arrivalLocal",
};

export function formFieldOf(apiField: string): keyof FlightFormValues {
  const name = apiField.replace(/^flight\./, "");
  return FORM_FIELD[name] ?? (name as keyof FlightFormValues);
}

/** "2027-03-14T02:35" and "+04:00" → "2027-03-14T02:35:00+04:00". */
function isoTime(local: string, offset: string): string {
  return `${local.length === 16 ? `${local}:00` : local}${offset}`;
}

/** The form checked with the very schema the server uses, its errors put on the form's own fields. */
export const flightFormSchema = z
  .custom<FlightFormValues>()
  .transform((values, ctx): { flight: FlightDetailsInput; notifyCustomer: boolean } => {
    for (const [field, label] of [
      ["departureLocal", "departure"],
      ["arrivalLocal", "arrival"],
    ] as const) {
      if (!values[field]) ctx.addIssue({ code: "custom", path: [field], message: `Enter the ${label} date and time` });
    }
    const parsed = flightDetailsSchema.safeParse({
      airline: values.airline,
      flightNumber: values.flightNumber,
      departureAirport: values.departureAirport,
      departureTime: isoTime(values.departureLocal, values.departureOffset),
      arrivalAirport: values.arrivalAirport,
      arrivalTime: isoTime(values.arrivalLocal, values.arrivalOffset),
      airWaybill: values.airWaybill,
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = formFieldOf(String(issue.path[0] ?? "airline"));
        // An empty time already has its plainer message.
        if (!values[field as "departureLocal"] && (field === "departureLocal" || field === "arrivalLocal")) continue;
        ctx.addIssue({ code: "custom", path: [field], message: issue.message });
      }
      return z.NEVER;
    }
    return { flight: parsed.data, notifyCustomer: values.notifyCustomer };
  });

/** A saved flight back into the form, for correcting it: "…T02:35:00+04:00" → "…T02:35" and "+04:00". */
export function flightFormOf(flight: Partial<Record<keyof FlightDetailsInput, string | undefined>>): FlightFormValues {
  const split = (time: string | undefined) => {
    const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.exec(time ?? "");
    if (!match) return { local: "", offset: DEFAULT_OFFSET };
    return { local: match[1]!, offset: match[2] === "Z" ? "+00:00" : match[2]! };
  };
  const departure = split(flight.departureTime);
  const arrival = split(flight.arrivalTime);
  return {
    airline: flight.airline ?? "",
    flightNumber: flight.flightNumber ?? "",
    departureAirport: flight.departureAirport ?? "",
    departureLocal: departure.local,
    departureOffset: departure.offset,
    arrivalAirport: flight.arrivalAirport ?? "",
    arrivalLocal: arrival.local,
    arrivalOffset: arrival.offset,
    airWaybill: flight.airWaybill ?? "",
    notifyCustomer: true,
  };
}
