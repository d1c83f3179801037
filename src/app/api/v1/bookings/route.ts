import { getConfig } from "@/config/env";
import { getDb } from "@/db/client";
import { clientIp } from "@/web/http/client-ip";
import { corsHeaders } from "@/web/http/cors";
import { readJsonBody } from "@/web/http/json-body";
import { errorResponse } from "@/web/http/responses";
import { getActor } from "@/server/auth/get-actor";
import { createBooking } from "@/server/bookings/create-booking";
import { findBookings, parseBookingListQuery } from "@/server/bookings/find-bookings";
import { listParamsOf } from "@/contracts/bookings/list-query";

const MAX_BOOKING_BODY_BYTES = 64 * 1024;
const methods = "POST, OPTIONS";

function cors(request: Request) {
  const config = getConfig();
  return corsHeaders(request, { allowedOrigins: config.PUBLIC_FORM_ORIGINS, methods, appOrigin: new URL(config.APP_URL).origin });
}

export function OPTIONS(request: Request) {
  try {
    return new Response(null, { status: 204, headers: cors(request) });
  } catch (error) {
    return errorResponse(error);
  }
}

/** Creates a booking from the marketing site or another integration. */
export async function POST(request: Request) {
  let headers = new Headers();
  try {
    headers = cors(request);
    const config = getConfig();
    const body = await readJsonBody(request, MAX_BOOKING_BODY_BYTES);
    const created = await createBooking({
      db: await getDb(),
      body,
      source: "api",
      idempotencyKey: request.headers.get("idempotency-key"),
      rateLimit: {
        clientIp: clientIp(request.headers),
        max: config.INTAKE_RATE_LIMIT_MAX,
        windowSeconds: config.INTAKE_RATE_LIMIT_WINDOW_SECONDS,
      },
    });
    headers.set("Location", `/api/v1/bookings/${created.reference}`);
    headers.set("Idempotent-Replayed", String(created.replayed));
    const { reference, status, createdAt } = created;
    return Response.json({ reference, status, createdAt }, { status: 201, headers });
  } catch (error) {
    return errorResponse(error, headers);
  }
}

/** The bookings table for integrations and the back office: the same parameters as the /admin URL. */
export async function GET(request: Request) {
  try {
    const actor = await getActor(request.headers);
    const query = parseBookingListQuery(listParamsOf(new URL(request.url).searchParams));
    const page = await findBookings({ db: await getDb(), actor, query });
    return Response.json(page, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
