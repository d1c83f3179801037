import { route } from "@/web/route";

// Liveness: the process answers. Deliberately no database call (see /api/ready for that).
export const GET = route({ context: false }, async () =>
  Response.json(
    { status: "ok", uptimeSeconds: Math.round(process.uptime()) },
    { headers: { "Cache-Control": "no-store" } },
  ),
);
