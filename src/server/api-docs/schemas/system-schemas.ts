import "server-only";
import { z } from "zod";
import type { Readiness } from "@/server/system/check-readiness";
import { namedZodSchema } from "../operation";
import type { Holds, Same } from "./type-checks";

// What the health and readiness routes answer, for the OpenAPI document.

export const healthSchema = namedZodSchema(
  "Health",
  z.object({
    status: z.literal("ok"),
    uptimeSeconds: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).meta({ format: "int64" }),
  }),
  "output",
);

const readiness = z.discriminatedUnion("status", [
  z.object({ status: z.literal("ready"), database: z.enum(["pglite", "pg"]) }),
  z.object({ status: z.literal("not_ready"), reason: z.string() }),
]);
type _Readiness = Holds<Same<z.output<typeof readiness>, Readiness>>;

export const readinessSchema = namedZodSchema("Readiness", readiness, "output");
