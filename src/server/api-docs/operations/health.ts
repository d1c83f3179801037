import { defineOperation } from "../operation";

/** GET /api/health (src/app/api/health/route.ts). */
export const healthOperation = defineOperation({
  method: "get",
  path: "/api/health",
  operationId: "health",
  summary: "Liveness",
  description: "The process is up. Does not touch the database.",
  responses: { "200": { description: "Up" } },
});

/** GET /api/ready (src/app/api/ready/route.ts). */
export const readyOperation = defineOperation({
  method: "get",
  path: "/api/ready",
  operationId: "ready",
  summary: "Readiness",
  description: "The database is reachable and every migration is applied.",
  responses: { "200": { description: "Ready" }, "503": { description: "Not ready, with the reason" } },
});
