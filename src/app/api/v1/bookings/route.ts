import { getConfig } from "@/config/env";
import { listParamsOf } from "@/contracts/bookings/list-query";
import { CREATE_BOOKING_BODY_LIMIT_BYTES } from "@/server/api-docs/operations/bookings";
import { createBooking } from "@/server/bookings/create-booking";
import { findBookings, parseBookingListQuery } from "@/server/bookings/find-bookings";
import { preflight, route } from "@/web/route";

// The marketing site's form posts here from its own origin (PUBLIC_FORM_ORIGINS).
const cors = { methods: "POST, OPTIONS" };

export const OPTIONS = preflight(cors);

/**
 * Creates a booking from the marketing site or another integration. Intake never reads the session:
 * it is public, and one query less keeps it fast.
 */
export const POST = route(
  { cors, bodyLimit: CREATE_BOOKING_BODY_LIMIT_BYTES, session: false },
  async ({ request, ctx, body }) => {
    const config = getConfig();
    const created = await createBooking({
      db: ctx.db,
      body: await body(),
      source: "api",
      idempotencyKey: request.headers.get("idempotency-key"),
      rateLimit: {
        clientIp: ctx.ip,
        max: config.INTAKE_RATE_LIMIT_MAX,
        windowSeconds: config.INTAKE_RATE_LIMIT_WINDOW_SECONDS,
      },
    });
    const { reference, status, createdAt, documents } = created;
    return Response.json(
      { reference, status, createdAt, ...(documents ? { documents } : {}) },
      {
        status: 201,
        headers: { Location: `/api/v1/bookings/${reference}`, "Idempotent-Replayed": String(created.replayed) },
      },
    );
  },
);

/** The bookings table for integrations and the back office: the same parameters as the /admin URL. */
export const GET = route({}, async ({ request, ctx }) => {
  const query = parseBookingListQuery(listParamsOf(new URL(request.url).searchParams));
  const page = await findBookings({ db: ctx.db, actor: ctx.actor, query });
  return Response.json(page, { headers: { "Cache-Control": "no-store" } });
});
