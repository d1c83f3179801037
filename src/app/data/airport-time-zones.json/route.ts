import { airportTimeZoneTable } from "@/server/airports/airport-time-zones";

// Public reference data (airport → time zone), the same for everyone: made at build time and cached.
export const dynamic = "force-static";

export function GET() {
  return Response.json(airportTimeZoneTable(), {
    headers: { "Cache-Control": "public, max-age=86400, stale-while-revalidate=604800" },
  });
}
