import { describe, expect, it } from "vitest";
import { localMinuteFormatter, startOfDayIn, todayIn, yearIn } from "@/lib/dates";
import { isoDateSchema } from "@/lib/iso-date-schema";

describe("dates in a time zone", () => {
  const lateEvening = new Date("2026-12-31T21:30:00Z");

  it("reads the calendar day and year where the zone is, not in UTC", () => {
    expect(todayIn("Asia/Dubai", lateEvening)).toBe("2027-01-01");
    expect(todayIn("UTC", lateEvening)).toBe("2026-12-31");
    expect(yearIn("Asia/Dubai", lateEvening)).toBe(2027);
    expect(yearIn("America/New_York", lateEvening)).toBe(2026);
  });

  it("keeps each zone's answer apart when asked again", () => {
    for (let round = 0; round < 3; round += 1) {
      expect(todayIn("Pacific/Kiritimati", lateEvening)).toBe("2027-01-01");
      expect(todayIn("Pacific/Pago_Pago", lateEvening)).toBe("2026-12-31");
    }
  });

  it("starts a day at local midnight, across daylight-saving changes", () => {
    expect(startOfDayIn("Asia/Dubai", "2026-11-01").toISOString()).toBe("2026-10-31T20:00:00.000Z");
    expect(startOfDayIn("Europe/London", "2026-01-15").toISOString()).toBe("2026-01-15T00:00:00.000Z");
    expect(startOfDayIn("Europe/London", "2026-07-01").toISOString()).toBe("2026-06-30T23:00:00.000Z");
    expect(startOfDayIn("Europe/London", "2026-03-29").toISOString()).toBe("2026-03-29T00:00:00.000Z");
  });
});

describe("localMinuteFormatter", () => {
  it("writes the wall clock of the zone, as Intl does, across a daylight-saving change", () => {
    const reference = (timeZone: string, instant: Date) =>
      new Intl.DateTimeFormat("sv-SE", { timeZone, dateStyle: "short", timeStyle: "short" }).format(instant);
    for (const timeZone of ["Asia/Dubai", "Europe/London", "America/St_Johns", "Australia/Lord_Howe", "Asia/Kolkata"]) {
      const format = localMinuteFormatter(timeZone);
      // Every 7 minutes across 2026's March and October clock changes (and again, from the cache).
      for (const start of [Date.UTC(2026, 2, 27), Date.UTC(2026, 9, 23)]) {
        for (let minutes = 0; minutes < 4 * 24 * 60; minutes += 7) {
          const instant = new Date(start + minutes * 60_000 + 13_000);
          expect(format(instant), `${timeZone} ${instant.toISOString()}`).toBe(reference(timeZone, instant));
        }
      }
    }
  });
});

describe("a date field's messages", () => {
  it("asks for a missing date, and says what is wrong with a badly written one, once", () => {
    const messages = (value: string) => {
      const parsed = isoDateSchema("Travel date").safeParse(value);
      return parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
    };
    expect(messages("")).toEqual(["Enter the travel date"]);
    expect(messages("2027-1-1")).toEqual(["Travel date must be a date (YYYY-MM-DD)"]);
    expect(messages("2027-02-30")).toEqual(["Travel date is not a real date"]);
  });
});
