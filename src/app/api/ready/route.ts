import { checkReadiness } from "@/server/system/check-readiness";

export const dynamic = "force-dynamic";

// Readiness: the database answers and every committed migration is applied; 503 otherwise.
export async function GET() {
  const readiness = await checkReadiness();
  return Response.json(readiness, {
    status: readiness.status === "ready" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
