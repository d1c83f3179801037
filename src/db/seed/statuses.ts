import "server-only";
import type { BookingStatus } from "@/lib/enum-values";
import { weighted, type Random } from "./random";
import { DAY_MS } from "./timeline";

export type Status = BookingStatus;

const travelled = weighted<Status>([
  ["completed", 85],
  ["cancelled", 15],
]);
const justBooked = weighted<Status>([
  ["pending", 85],
  ["confirmed", 10],
  ["cancelled", 5],
]);
const flyingSoon = weighted<Status>([
  ["flight_booked", 55],
  ["in_progress", 25],
  ["confirmed", 10],
  ["cancelled", 7],
  ["pending", 3],
]);
const upcoming = weighted<Status>([
  ["confirmed", 35],
  ["pending", 25],
  ["in_progress", 30],
  ["cancelled", 10],
]);

/**
 * Where a booking stands today: long past trips are completed or cancelled, fresh ones still pending,
 * trips in the next days have their flight booked. Moves by road within the UAE never book a flight.
 */
export function statusFor(random: Random, createdAt: number, travelAt: number, now: number, byRoad: boolean): Status {
  let status: Status;
  if (travelAt < now - 2 * DAY_MS) status = random.choose(travelled);
  else if (createdAt > now - 2 * DAY_MS) status = random.choose(justBooked);
  else if (travelAt < now + 10 * DAY_MS) status = random.choose(flyingSoon);
  else status = random.choose(upcoming);
  return byRoad && status === "flight_booked" ? "in_progress" : status;
}

/** When the booking last changed status (it starts as pending). */
export function statusChangedAt(
  random: Random,
  status: Status,
  createdAt: number,
  travelAt: number,
  now: number,
): number {
  if (status === "completed") return Math.round(Math.min(now, travelAt + random.float(0.5, 3) * DAY_MS));
  const latest = Math.min(now, travelAt);
  return Math.round(createdAt + random.float(0.05, 0.9) * Math.max(0, latest - createdAt));
}
