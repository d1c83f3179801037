import { describe, expect, it } from "vitest";
import { offsetAtLocalTime } from "@/lib/dates";
import { formatAsStored, zoneCity } from "@/lib/format-date-time";
import { airportTimeZone, airportTimeZoneTable } from "@/server/airports/airport-time-zones";

describe("a flight's local times get their airport's offset", () => {
  it("follows daylight saving: Toronto is −04:00 in May and −05:00 in January", () => {
    expect(offsetAtLocalTime("America/Toronto", "2027-05-20T03:10")).toBe("-04:00");
    expect(offsetAtLocalTime("America/Toronto", "2027-01-20T03:10")).toBe("-05:00");
  });

  it("handles half-hour zones and the far side of the date line", () => {
    expect(offsetAtLocalTime("Asia/Dubai", "2027-01-20T03:10")).toBe("+04:00");
    expect(offsetAtLocalTime("Asia/Kolkata", "2027-01-20T03:10")).toBe("+05:30");
    expect(offsetAtLocalTime("America/St_Johns", "2027-07-01T12:00")).toBe("-02:30");
    expect(offsetAtLocalTime("Pacific/Auckland", "2027-01-01T12:00")).toBe("+13:00");
  });

  it("gives a time the clocks skip or repeat the offset in force before the change", () => {
    expect(offsetAtLocalTime("Europe/London", "2027-03-28T01:30")).toBe("+00:00");
    expect(offsetAtLocalTime("Europe/London", "2027-10-31T01:30")).toBe("+01:00");
  });

  it("refuses what is not a local date and time", () => {
    expect(offsetAtLocalTime("Asia/Dubai", "tomorrow")).toBeNull();
    expect(offsetAtLocalTime("Not/A_Zone", "2027-01-20T03:10")).toBeNull();
  });
});

describe("airports and their zones", () => {
  it("knows the airports we fly between, by IATA code in any case", () => {
    expect(airportTimeZone("DXB")).toBe("Asia/Dubai");
    expect(airportTimeZone("yyz")).toBe("America/Toronto");
    expect(airportTimeZone("LHR")).toBe("Europe/London");
    expect(airportTimeZone("AKL")).toBe("Pacific/Auckland");
  });

  it("does not guess: an unknown code, or one the data gives two zones, has none", () => {
    expect(airportTimeZone("QQQ")).toBeNull();
    // AAD is listed both under Africa/Mogadishu and Africa/Khartoum.
    expect(airportTimeZone("AAD")).toBeNull();
  });

  it("sends the form a compact table that agrees with the lookup", () => {
    const table = airportTimeZoneTable();
    expect(Object.keys(table.airports).length).toBeGreaterThan(10_000);
    expect(table.zones[table.airports.YYZ!]).toBe("America/Toronto");
    expect(table.airports.AAD).toBeUndefined();
  });
});

describe("times shown say their zone", () => {
  it("keeps the airline's digits and names the airport's zone", () => {
    expect(formatAsStored("2027-05-20T03:10:00-04:00", "America/Toronto")).toBe(
      "20 May 2027, 03:10 Toronto time (UTC-04:00)",
    );
    expect(formatAsStored("2027-03-14T02:35:00+04:00")).toBe("14 Mar 2027, 02:35 (UTC+04:00)");
    expect(zoneCity("America/Argentina/Buenos_Aires")).toBe("Buenos Aires");
  });
});
