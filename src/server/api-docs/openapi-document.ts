import { z } from "zod";
import { brand } from "@/config/brand";
import { createBookingBodySchema, createBookingResponseSchema } from "@/server/bookings/schemas";

const jsonSchema = (schema: z.ZodType, io: "input" | "output") => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any", target: "draft-2020-12" });
  return rest;
};

const errorSchema = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: {
          type: "string",
          enum: ["VALIDATION", "INVALID_JSON", "UNSUPPORTED_MEDIA_TYPE", "PAYLOAD_TOO_LARGE", "FORBIDDEN", "RATE_LIMITED", "INTERNAL"],
        },
        message: { type: "string", description: "A sentence a person can read" },
        fields: {
          type: "object",
          additionalProperties: { type: "string" },
          description: 'Field path → message, such as { "pets.0.name": "Enter the pet\'s name" }',
        },
      },
    },
  },
} as const;

const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});

/**
 * The OpenAPI 3.1 document, generated from the very zod schemas the API validates with, so the
 * documentation cannot drift from the code.
 */
export function buildOpenApiDocument(serverUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: `${brand.productName} API`,
      version: "1.0.0",
      description: `Create pet relocation bookings with ${brand.name} from your own site or system.`,
      contact: { name: brand.legalName, email: brand.contact.email },
    },
    servers: [{ url: serverUrl }],
    paths: {
      "/api/v1/bookings": {
        post: {
          operationId: "createBooking",
          summary: "Create a booking",
          description:
            "Creates a pending booking and answers with its reference. Browsers may call it only from the origins configured in PUBLIC_FORM_ORIGINS. Unknown keys are ignored; text is stored exactly as sent.",
          parameters: [
            {
              name: "Idempotency-Key",
              in: "header",
              required: false,
              description: "8–200 visible ASCII characters (a UUID is ideal). Repeating a key returns the booking made the first time instead of a new one.",
              schema: { type: "string", minLength: 8, maxLength: 200 },
            },
          ],
          requestBody: {
            required: true,
            content: { "application/json": { schema: { $ref: "#/components/schemas/CreateBookingBody" } } },
          },
          responses: {
            "201": {
              description: "Created (or, for a repeated Idempotency-Key, the booking made the first time; header Idempotent-Replayed: true).",
              headers: {
                Location: { schema: { type: "string" } },
                "Idempotent-Replayed": { schema: { type: "string", enum: ["true", "false"] } },
              },
              content: { "application/json": { schema: { $ref: "#/components/schemas/CreateBookingResponse" } } },
            },
            "400": errorResponse("Invalid JSON or invalid fields; `fields` names each one"),
            "403": errorResponse("A browser request from an origin that is not allowed"),
            "413": errorResponse("The body is larger than 64 KiB"),
            "415": errorResponse("The body is not JSON"),
            "429": errorResponse("Too many bookings from this address; see the Retry-After header"),
          },
        },
      },
      "/api/health": {
        get: {
          operationId: "health",
          summary: "Liveness",
          description: "The process is up. Does not touch the database.",
          responses: { "200": { description: "Up" } },
        },
      },
      "/api/ready": {
        get: {
          operationId: "ready",
          summary: "Readiness",
          description: "The database is reachable and every migration is applied.",
          responses: { "200": { description: "Ready" }, "503": { description: "Not ready, with the reason" } },
        },
      },
    },
    components: {
      schemas: {
        CreateBookingBody: jsonSchema(createBookingBodySchema, "input"),
        CreateBookingResponse: jsonSchema(createBookingResponseSchema, "output"),
        Error: errorSchema,
      },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
