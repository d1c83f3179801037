import { notReadyExample, readyExample, healthExample } from "../examples/system-examples";
import { defineOperation, publicAccess } from "../operation";
import { healthSchema, readinessSchema } from "../schemas/system-schemas";

/** GET /api/health (src/app/api/health/route.ts). */
export const healthOperation = defineOperation({
  method: "get",
  path: "/api/health",
  operationId: "health",
  tag: "System",
  summary: "Liveness",
  description: "The process is up. Does not touch the database.",
  security: publicAccess,
  responses: { "200": { description: "Up", json: healthSchema, example: healthExample } },
});

/** GET /api/ready (src/app/api/ready/route.ts). */
export const readyOperation = defineOperation({
  method: "get",
  path: "/api/ready",
  operationId: "ready",
  tag: "System",
  summary: "Readiness",
  description: "The database is reachable and every migration is applied.",
  security: publicAccess,
  responses: {
    "200": { description: "Ready", json: readinessSchema, example: readyExample },
    "503": { description: "Not ready, with the reason", json: readinessSchema, example: notReadyExample },
  },
});
