import "server-only";
import { yearIn } from "@/lib/dates";
import type { Random } from "./random";

export const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const SPAN_DAYS = 3 * 365;
// Only shapes the curve (busy evenings, quiet nights); the Gulf has no daylight saving time.
const GULF_OFFSET_MS = 4 * HOUR_MS;

// Expats leave in early summer, before the heat and the school year; December is busy too.
const monthWeights = [0.9, 0.9, 1.0, 1.1, 1.3, 1.6, 1.5, 1.3, 1.0, 0.9, 0.9, 1.1];
const maxDensity = 1.5 * 1.6;

function hourWeight(hour: number): number {
  if (hour < 7) return 0.15;
  if (hour < 9 || hour >= 22) return 0.6;
  return 1;
}

/**
 * When each booking was made, oldest first: spread over the last three years, the business growing,
 * with summer peaks and quiet nights.
 */
export function sampleCreatedTimes(random: Random, count: number, now: number): Float64Array {
  const end = now - 60_000;
  const start = end - SPAN_DAYS * DAY_MS;
  const times = new Float64Array(count);
  for (let index = 0; index < count;) {
    const fraction = random.next();
    const time = start + fraction * (end - start);
    const local = new Date(time + GULF_OFFSET_MS);
    const density = (0.5 + fraction) * monthWeights[local.getUTCMonth()]! * hourWeight(local.getUTCHours());
    if (random.next() * maxDensity < density) times[index++] = Math.round(time);
  }
  return times.sort();
}

/** Indexes [from, to) of the sorted times that fall in one calendar year of the time zone. */
export type YearSpan = { year: number; from: number; to: number };

export function splitByYear(times: Float64Array, timeZone: string): YearSpan[] {
  if (times.length === 0) return [];
  const yearAt = (index: number) => yearIn(timeZone, new Date(times[index]!));
  const spans: YearSpan[] = [];
  const lastYear = yearAt(times.length - 1);
  let from = 0;
  for (let year = yearAt(0); year <= lastYear; year++) {
    // First index of a later year, by binary search: the times are sorted.
    let low = from;
    let high = times.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (yearAt(middle) > year) high = middle;
      else low = middle + 1;
    }
    if (low > from) spans.push({ year, from, to: low });
    from = low;
  }
  return spans;
}

export function isoDate(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}
