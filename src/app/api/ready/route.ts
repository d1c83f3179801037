import { checkReadiness } from "@/server/system/check-readiness";
import { route } from "@/web/route";

export const dynamic = "force-dynamic";

// Readiness: the database answers and every committed migration is applied; 503 otherwise. No request
// context: opening the database is what this checks, with its own timeout and its own answer.
export const GET = route({ context: false }, async () => {
  const readiness = await checkReadiness();
  return Response.json(readiness, {
    status: readiness.status === "ready" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
});
