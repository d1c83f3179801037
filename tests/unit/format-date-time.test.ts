import { afterEach, describe, expect, it } from "vitest";
import { formatAsStored, formatCalendarDay, formatInstant, instantParts, zoneLabel } from "@/lib/format-date-time";

describe("an instant, on a named zone's clock", () => {
  it("says its zone by city and offset", () => {
    expect(formatInstant("2026-12-03T10:05:00Z", "Asia/Dubai")).toBe("3 Dec 2026, 14:05 Dubai time (UTC+04:00)");
    expect(formatInstant(new Date("2026-12-31T21:30:00Z"), "Asia/Dubai")).toBe(
      "1 Jan 2027, 01:30 Dubai time (UTC+04:00)",
    );
    expect(formatInstant("2026-12-03T10:05:00Z", "America/Argentina/Buenos_Aires")).toBe(
      "3 Dec 2026, 07:05 Buenos Aires time (UTC-03:00)",
    );
    expect(instantParts("2026-12-03T10:05:00Z", "Asia/Dubai")).toEqual({
      time: "3 Dec 2026, 14:05",
      zone: "Dubai time (UTC+04:00)",
    });
  });

  it("shows seconds when asked, and passes through what is not an instant", () => {
    expect(formatInstant("2026-12-03T10:05:09.750Z", "Asia/Dubai", { seconds: true })).toBe(
      "3 Dec 2026, 14:05:09 Dubai time (UTC+04:00)",
    );
    expect(formatInstant("not a time", "Asia/Dubai")).toBe("not a time");
    expect(instantParts("not a time", "Asia/Dubai")).toBeNull();
  });

  it("follows daylight saving: the offset in force at that instant, on both sides of a change", () => {
    // London springs forward at 01:00 UTC on 29 March 2026 and falls back at 01:00 UTC on 25 October.
    expect(formatInstant("2026-03-29T00:59:00Z", "Europe/London")).toBe("29 Mar 2026, 00:59 London time (UTC+00:00)");
    expect(formatInstant("2026-03-29T01:00:00Z", "Europe/London")).toBe("29 Mar 2026, 02:00 London time (UTC+01:00)");
    expect(formatInstant("2026-10-25T00:30:00Z", "Europe/London")).toBe("25 Oct 2026, 01:30 London time (UTC+01:00)");
    expect(formatInstant("2026-10-25T01:30:00Z", "Europe/London")).toBe("25 Oct 2026, 01:30 London time (UTC+00:00)");
    expect(formatInstant("2027-05-20T07:10:00Z", "America/Toronto")).toBe(
      "20 May 2027, 03:10 Toronto time (UTC-04:00)",
    );
    expect(formatInstant("2027-01-20T08:10:00Z", "America/Toronto")).toBe(
      "20 Jan 2027, 03:10 Toronto time (UTC-05:00)",
    );
    // Southern hemisphere, and zones a quarter or half hour off.
    expect(formatInstant("2026-12-03T10:05:00Z", "Australia/Sydney")).toBe("3 Dec 2026, 21:05 Sydney time (UTC+11:00)");
    expect(formatInstant("2026-07-03T10:05:00Z", "Australia/Sydney")).toBe("3 Jul 2026, 20:05 Sydney time (UTC+10:00)");
    expect(formatInstant("2026-07-03T10:05:00Z", "Asia/Kathmandu")).toBe(
      "3 Jul 2026, 15:50 Kathmandu time (UTC+05:45)",
    );
    expect(formatInstant("2026-07-03T10:05:00Z", "America/St_Johns")).toBe(
      "3 Jul 2026, 07:35 St Johns time (UTC-02:30)",
    );
  });

  it("reads the same digits as Intl, every 7 minutes across a year's clock changes", () => {
    for (const timeZone of ["Asia/Dubai", "Europe/London", "America/St_Johns", "Australia/Lord_Howe", "Asia/Kolkata"]) {
      const intl = new Intl.DateTimeFormat("sv-SE", { timeZone, dateStyle: "short", timeStyle: "short" });
      for (const start of [Date.UTC(2026, 2, 27), Date.UTC(2026, 9, 2)]) {
        for (let minutes = 0; minutes < 3 * 24 * 60; minutes += 7) {
          const instant = new Date(start + minutes * 60_000 + 13_000);
          const [day, time] = intl.format(instant).split(" ");
          const expected = `${formatCalendarDay(day!)}, ${time}`;
          expect(instantParts(instant, timeZone)?.time, `${timeZone} ${instant.toISOString()}`).toBe(expected);
        }
      }
    }
  });
});

describe("a calendar day", () => {
  it("is written one way, every month with its three-letter name", () => {
    expect(formatCalendarDay("2027-03-14")).toBe("14 Mar 2027");
    expect(formatCalendarDay("2027-09-01")).toBe("1 Sep 2027");
    expect(
      Array.from({ length: 12 }, (_, month) => formatCalendarDay(`2027-${String(month + 1).padStart(2, "0")}-01`)),
    ).toEqual([
      "1 Jan 2027",
      "1 Feb 2027",
      "1 Mar 2027",
      "1 Apr 2027",
      "1 May 2027",
      "1 Jun 2027",
      "1 Jul 2027",
      "1 Aug 2027",
      "1 Sep 2027",
      "1 Oct 2027",
      "1 Nov 2027",
      "1 Dec 2027",
    ]);
    expect(formatCalendarDay("someday")).toBe("someday");
  });
});

describe("a time as stored (flights, on their airport's clock)", () => {
  it("keeps the digits and offset the airline gave, naming the airport's zone when known", () => {
    expect(formatAsStored("2027-05-20T03:10:00-04:00", "America/Toronto")).toBe(
      "20 May 2027, 03:10 Toronto time (UTC-04:00)",
    );
    expect(formatAsStored("2027-03-14T02:35:00+04:00")).toBe("14 Mar 2027, 02:35 (UTC+04:00)");
    expect(formatAsStored("2027-03-14T06:40Z", "Europe/London")).toBe("14 Mar 2027, 06:40 London time (UTC+00:00)");
    expect(formatAsStored("not a time")).toBe("not a time");
    // The same label as an instant's, so a flight and a status change read alike.
    expect(zoneLabel("Asia/Dubai", "+04:00")).toBe(instantParts("2027-03-13T22:35:00Z", "Asia/Dubai")?.zone);
  });
});

describe("whatever zone the reader's machine is in", () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it("writes the same words: days are never shifted, instants stay on the named zone", () => {
    const written = () => [
      formatCalendarDay("2027-03-14"),
      formatCalendarDay("2027-01-01"),
      formatInstant("2026-12-31T21:30:00Z", "Asia/Dubai"),
      formatAsStored("2027-03-14T00:15:00+04:00", "Asia/Dubai"),
    ];
    process.env.TZ = "UTC";
    const inUtc = written();
    expect(inUtc).toEqual([
      "14 Mar 2027",
      "1 Jan 2027",
      "1 Jan 2027, 01:30 Dubai time (UTC+04:00)",
      "14 Mar 2027, 00:15 Dubai time (UTC+04:00)",
    ]);
    // The first and the last days on Earth, and a zone with daylight saving.
    for (const timeZone of ["Pacific/Kiritimati", "Pacific/Pago_Pago", "America/Los_Angeles"]) {
      process.env.TZ = timeZone;
      expect(new Date(2027, 0, 1).getTimezoneOffset(), `the machine runs in ${timeZone}`).not.toBe(0);
      expect(written(), timeZone).toEqual(inUtc);
    }
  });
});
