/**
 * Today's date where the day started last (UTC−12). A travel date on or after it is "not in the
 * past" for a customer anywhere, whatever their time zone or ours.
 */
export function earliestTodayOnEarth(now = new Date()): string {
  return new Date(now.getTime() - 12 * 3600_000).toISOString().slice(0, 10);
}

// Building an Intl.DateTimeFormat costs far more than formatting with one (about 0.2 ms of every booking
// intake went here), so each shape is built once per time zone and kept.
const formats = new Map<string, Intl.DateTimeFormat>();

const FORMAT_SHAPES = {
  year: { locale: "en", options: { year: "numeric" } },
  day: { locale: "en-CA", options: { year: "numeric", month: "2-digit", day: "2-digit" } },
  parts: {
    locale: "en-US",
    options: {
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    },
  },
} satisfies Record<string, { locale: string; options: Intl.DateTimeFormatOptions }>;

function formatIn(shape: keyof typeof FORMAT_SHAPES, timeZone: string): Intl.DateTimeFormat {
  const key = `${shape} ${timeZone}`;
  let format = formats.get(key);
  if (!format) {
    const { locale, options } = FORMAT_SHAPES[shape];
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    formats.set(key, format);
  }
  return format;
}

/** The calendar year at an instant in a time zone (references are numbered per local year). */
export function yearIn(timeZone: string, now = new Date()): number {
  return Number(formatIn("year", timeZone).format(now));
}

/** The offset of a time zone from UTC at an instant, in milliseconds (Asia/Dubai: +4 h). */
export function timeZoneOffsetMs(timeZone: string, at: Date): number {
  const parts = Object.fromEntries(
    formatIn("parts", timeZone)
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  const wallClock = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return wallClock - Math.floor(at.getTime() / 1000) * 1000;
}

/** The instant a calendar day (YYYY-MM-DD) begins in a time zone: "created on 1 November" means Dubai's 1 November. */
export function startOfDayIn(timeZone: string, isoDate: string): Date {
  const midnightUtc = Date.parse(`${isoDate}T00:00:00Z`);
  const guess = midnightUtc - timeZoneOffsetMs(timeZone, new Date(midnightUtc));
  // A second pass settles days whose offset differs from the one at UTC midnight (DST changes).
  return new Date(midnightUtc - timeZoneOffsetMs(timeZone, new Date(guess)));
}

/** The calendar day after a YYYY-MM-DD date. */
export function nextIsoDate(isoDate: string): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** Today's calendar date in a time zone. */
export function todayIn(timeZone: string, now = new Date()): string {
  return formatIn("day", timeZone).format(now);
}

/** All UTC offset changes fall on a quarter hour, so one offset lookup serves a whole quarter. */
const QUARTER_HOUR_MS = 900_000;

const quarterOffsets = new Map<string, number>();
/** Bounds the memory of quarterHourOffsetMs: a year of quarter hours in one zone is 35,040 entries. */
const QUARTER_OFFSETS_MAX = 10_000;

/**
 * timeZoneOffsetMs with one Intl call per zone and quarter hour, remembered across calls: the bookings table
 * shows two instants a row, mostly the same recent ones on every request, and Intl's formatToParts was a
 * tenth of the cost of drawing a row.
 */
export function quarterHourOffsetMs(timeZone: string, at: Date): number {
  const quarter = Math.floor(at.getTime() / QUARTER_HOUR_MS);
  const key = `${timeZone} ${quarter}`;
  let offset = quarterOffsets.get(key);
  if (offset === undefined) {
    if (quarterOffsets.size >= QUARTER_OFFSETS_MAX) quarterOffsets.clear();
    offset = timeZoneOffsetMs(timeZone, new Date(quarter * QUARTER_HOUR_MS));
    quarterOffsets.set(key, offset);
  }
  return offset;
}

/**
 * A formatter of instants as "YYYY-MM-DD HH:MM" on a time zone's wall clock, for many rows at once
 * (the CSV export writes two per booking): the zone's offset comes from quarterHourOffsetMs instead of
 * running Intl for every value.
 */
export function localMinuteFormatter(timeZone: string): (instant: Date) => string {
  return (instant) => {
    const wallClock = new Date(instant.getTime() + quarterHourOffsetMs(timeZone, instant)).toISOString();
    return `${wallClock.slice(0, 10)} ${wallClock.slice(11, 16)}`;
  };
}

/** "+04:00" from an offset in minutes (240); "-03:30" from -210. */
export function utcOffsetText(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const whole = Math.abs(minutes);
  return `${sign}${String(Math.floor(whole / 60)).padStart(2, "0")}:${String(whole % 60).padStart(2, "0")}`;
}

/**
 * The UTC offset a zone's clocks show at a local date and time ("2027-05-20T03:10" in America/Toronto →
 * "-04:00"), daylight saving included. A local time that a clock change skips or repeats takes the
 * offset in force just before the change.
 */
export function offsetAtLocalTime(timeZone: string, local: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local);
  if (!match) return null;
  const [, year, month, day, hour, minute] = match.map(Number) as [unknown, number, number, number, number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  if (Number.isNaN(asUtc)) return null;
  try {
    const before = timeZoneOffsetMs(timeZone, new Date(asUtc - 86_400_000));
    const guess = timeZoneOffsetMs(timeZone, new Date(asUtc - before));
    const settled = timeZoneOffsetMs(timeZone, new Date(asUtc - guess));
    // Wall clock round trip: the offset that maps back to the same digits wins; else the earlier one.
    const offset =
      [guess, settled, before].find(
        (candidate) => timeZoneOffsetMs(timeZone, new Date(asUtc - candidate)) === candidate,
      ) ?? before;
    return utcOffsetText(Math.round(offset / 60_000));
  } catch {
    return null;
  }
}
