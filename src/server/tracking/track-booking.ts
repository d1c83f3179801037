import "server-only";
import { sql } from "drizzle-orm";
import { getConfig } from "@/config/env";
import { queryRows } from "@/db/sql";
import type { Executor } from "@/db/types";
import type { PublicJourney } from "@/contracts/journey/journey";
import { trackRequestSchema } from "@/contracts/journey/track";
import { isBookingReference } from "@/contracts/bookings/booking-reference";
import type { JourneyBooking } from "@/server/journey/load-journey";
import { publicJourney } from "@/server/journey/public-journey";
import { consumeRateLimit, rateLimitCounter, throwIfOverLimit } from "@/server/rate-limit/consume-rate-limit";
import { AppError } from "../errors";
import { parseInput } from "../validation";
import {
  TRACK_NOT_FOUND_MESSAGE,
  TRACK_TOKEN_PATTERN,
  TRACK_WRONG_EMAIL_MAX,
  TRACK_WRONG_EMAIL_WINDOW_SECONDS,
} from "./track-limits";
import { isTrackToken, TRACK_LINK_DAYS_AFTER_CLOSING } from "./track-token";

const notFound = () => new AppError("NOT_FOUND", TRACK_NOT_FOUND_MESSAGE);

// Compared against when there is no booking, so that a wrong link costs the same HMAC either way.
const NO_CUSTOMER = "00000000-0000-0000-0000-000000000000";

type TrackableRow = JourneyBooking & { trackable: boolean };

/**
 * The live booking with this reference, whether or not it may still be tracked: while it is open, and
 * until 30 days after its last move to completed or cancelled (its update time when no such event exists).
 */
function trackableBooking(reference: string, now: Date) {
  return sql`
    select b.id, b.reference, b.status, b.created_at, b.origin_country, b.origin_city, b.destination_country,
      b.destination_city, b.travel_date::text as travel_date, b.flight, b.customer_id,
      c.full_name as customer_name, c.email as customer_email, u.name as coordinator_name,
      (b.status not in ('completed', 'cancelled') or coalesce(
        (select max(e.created_at) from booking_events e
          where e.booking_id = b.id and e.type = 'status_changed' and e.data->>'to' in ('completed', 'cancelled')),
        b.updated_at) > ${now.toISOString()}::timestamptz - make_interval(days => ${TRACK_LINK_DAYS_AFTER_CLOSING})
      ) as trackable
    from bookings b join customers c on c.id = b.customer_id left join users u on u.id = b.assignee_id
    where b.reference = ${reference} and b.deleted_at is null`;
}

/** Every tracking request, by form or by link, counts against its client's address. */
async function countClientAttempt(db: Executor, clientIp: string) {
  const config = getConfig();
  await consumeRateLimit(db, {
    key: `track:${clientIp}`,
    max: config.TRACK_RATE_LIMIT_MAX,
    windowSeconds: config.TRACK_RATE_LIMIT_WINDOW_SECONDS,
    message: "Too many tracking requests from your network. Please wait a few minutes and try again.",
  });
}

function withoutTrackingFields({ trackable: _trackable, ...booking }: TrackableRow): JourneyBooking {
  return booking;
}

type TrackOptions = { db: Executor; clientIp: string; now?: Date };

/**
 * POST /api/v1/track: the public journey of the booking with this reference and email (any case).
 * An unknown, deleted or expired booking and a wrong email run the same statement and get the same
 * 404; each of them counts as a wrong email for the reference, and past 5 in an hour the reference
 * answers 429 to everyone, the right email included (otherwise the one answer that is not a 429 would
 * give the email away).
 */
export async function trackBooking({ db, clientIp, body, now = new Date() }: TrackOptions & { body: unknown }) {
  const { reference, email } = parseInput(trackRequestSchema, body, "Enter your booking reference and email");
  // Anything that could not be a reference is not found before any query (and is nobody's to count).
  if (!isBookingReference(reference)) throw notFound();
  await countClientAttempt(db, clientIp);
  const key = `track-reference:${reference}`;
  const window = TRACK_WRONG_EMAIL_WINDOW_SECONDS;
  const [row] = await queryRows<
    Partial<TrackableRow> & {
      prior_count: number | null;
      prior_retry_after: number | null;
      count: number | null;
      retry_after: number | null;
    }
  >(
    db,
    sql`
      with found as (${trackableBooking(reference, now)}),
      matched as (select * from found where trackable and lower(customer_email) = lower(${email})),
      prior as (
        select count, ceil(extract(epoch from (window_start + make_interval(secs => ${window}) - now())))::int as retry_after
        from rate_limits where key = ${key} and window_start > now() - make_interval(secs => ${window})),
      counted as (${rateLimitCounter(key, window, sql`exists (select 1 from matched)`)})
      select matched.*, prior.count as prior_count, prior.retry_after as prior_retry_after,
        counted.count, counted.retry_after
      from (select 1) as one
        left join matched on true left join prior on true left join counted on true`,
  );
  const limit = {
    key,
    max: TRACK_WRONG_EMAIL_MAX,
    windowSeconds: window,
    message:
      "Too many attempts for this booking reference. Please try again in an hour, or use the link in our emails.",
  };
  if (row?.id) {
    // Counted nothing (a match); the reference may already be locked by earlier wrong emails.
    if ((row.prior_count ?? 0) >= TRACK_WRONG_EMAIL_MAX) {
      throw new AppError("RATE_LIMITED", limit.message, {
        retryAfterSeconds: Math.max(1, row.prior_retry_after ?? 1),
      });
    }
    return publicJourney(db, withoutTrackingFields(row as TrackableRow), now);
  }
  throwIfOverLimit(row, limit);
  throw notFound();
}

/**
 * GET /api/v1/track/{reference}?t=…: the public journey for an emailed link. A wrong, tampered or
 * expired link gets the same 404 as a wrong email; every request counts against the client's address.
 */
export async function trackBookingByLink({
  db,
  clientIp,
  reference,
  token,
  now = new Date(),
}: TrackOptions & { reference: string; token: string | null }): Promise<PublicJourney> {
  if (!isBookingReference(reference)) throw notFound();
  await countClientAttempt(db, clientIp);
  const [row] = await queryRows<TrackableRow>(db, trackableBooking(reference, now));
  const genuine =
    TRACK_TOKEN_PATTERN.test(token ?? "") && isTrackToken(token ?? "", reference, row?.customer_id ?? NO_CUSTOMER);
  if (!row || !row.trackable || !genuine) throw notFound();
  return publicJourney(db, withoutTrackingFields(row), now);
}
