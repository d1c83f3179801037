import "server-only";
import { z } from "zod";
import { brand } from "@/config/brand";
import { MAX_PAGE_SIZE, SORT_FIELDS } from "@/contracts/bookings/list-query";
import { bookingPatchSchema, changeStatusSchema, noteBodySchema } from "@/contracts/bookings/record-schemas";
import { BOOKING_STATUSES, createBookingBodySchema, createBookingResponseSchema, SERVICE_TYPES } from "@/contracts/bookings/schemas";

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
          enum: [
            "VALIDATION",
            "INVALID_JSON",
            "UNSUPPORTED_MEDIA_TYPE",
            "PAYLOAD_TOO_LARGE",
            "UNAUTHORIZED",
            "FORBIDDEN",
            "NOT_FOUND",
            "CONFLICT",
            "PRECONDITION_FAILED",
            "PRECONDITION_REQUIRED",
            "RATE_LIMITED",
            "INTERNAL",
          ],
        },
        message: { type: "string", description: "A sentence a person can read" },
        fields: {
          type: "object",
          additionalProperties: { type: "string" },
          description: 'Field path → message, such as { "pets.0.name": "Enter the pet\'s name" }',
        },
        details: { type: "object", description: "Facts for the client, such as currentVersion and changesSince after a conflict" },
      },
    },
  },
} as const;

const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});

const query = (name: string, description: string, schema: Record<string, unknown> = { type: "string" }) => ({ name, in: "query", required: false, description, schema });

/** The bookings table's state: the same parameters as the /admin URL. */
const listParameters = [
  query("q", "Search: reference (full or a prefix), customer name, email or phone, pet name, microchip. Every word must match; case and accents are ignored."),
  query("status", `Comma-separated statuses: ${BOOKING_STATUSES.join(", ")}`),
  query("createdFrom", "Created on or after this day (YYYY-MM-DD, in Dubai time)", { type: "string", format: "date" }),
  query("createdTo", "Created on or before this day (YYYY-MM-DD, in Dubai time)", { type: "string", format: "date" }),
  query("travelFrom", "Travel date on or after (YYYY-MM-DD)", { type: "string", format: "date" }),
  query("travelTo", "Travel date on or before (YYYY-MM-DD)", { type: "string", format: "date" }),
  query("assignee", '"me", "unassigned" or a team member\'s id'),
  query("origin", "Origin country (ISO 3166-1 alpha-2)"),
  query("destination", "Destination country (ISO 3166-1 alpha-2)"),
  query("service", `Comma-separated service types: ${SERVICE_TYPES.join(", ")}`),
  query("deleted", "true: deleted bookings (restorable for 30 days) instead of live ones; admins only", { type: "string", enum: ["true", "false"] }),
  query("sort", `One of ${SORT_FIELDS.join(", ")}; prefix "-" for descending. Default -createdAt.`),
];

const pageParameters = [
  query("page", "Page number, from 1", { type: "integer", minimum: 1 }),
  query("pageSize", `Rows per page, 1–${MAX_PAGE_SIZE} (default 25)`, { type: "integer", minimum: 1, maximum: MAX_PAGE_SIZE }),
];

const referenceParameter = { name: "reference", in: "path", required: true, schema: { type: "string" }, example: "PP-2026-00042" };
const ifMatch = {
  name: "If-Match",
  in: "header",
  required: false,
  description: 'The booking version you read (its ETag, such as "3"). A stale version answers 412.',
  schema: { type: "string" },
};
const teamOnly = [{ session: [] }];
const jsonBody = (ref: string) => ({ required: true, content: { "application/json": { schema: { $ref: `#/components/schemas/${ref}` } } } });
const signedInErrors = {
  "401": errorResponse("Not signed in"),
  "403": errorResponse("Your role does not allow this, or a browser request from another site"),
};

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
        get: {
          operationId: "listBookings",
          summary: "List bookings (staff and admins)",
          description: "The bookings table: filters, search, sort and pages. `total` is exact up to 10,000 matches (1,000 when searching) and PostgreSQL's estimate past it (`totalIsExact: false`).",
          security: teamOnly,
          parameters: [...listParameters, ...pageParameters],
          responses: {
            "200": {
              description: "One page: { items, total, totalIsExact, page, pageSize }",
              content: { "application/json": { schema: { type: "object", required: ["items", "total", "totalIsExact", "page", "pageSize"] } } },
            },
            "400": errorResponse("A bad parameter; `fields` names each one"),
            ...signedInErrors,
          },
        },
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
      "/api/v1/bookings/export": {
        get: {
          operationId: "exportBookings",
          summary: "Export a list view as CSV (staff and admins)",
          description: "Every booking the list parameters match (page and pageSize are ignored), in the list's order, streamed as UTF-8 CSV with a byte-order mark.",
          security: teamOnly,
          parameters: listParameters,
          responses: {
            "200": { description: "text/csv; charset=utf-8, as an attachment", content: { "text/csv": { schema: { type: "string" } } } },
            "400": errorResponse("A bad parameter; `fields` names each one"),
            ...signedInErrors,
          },
        },
      },
      "/api/v1/bookings/{reference}": {
        parameters: [referenceParameter],
        get: {
          operationId: "getBooking",
          summary: "One booking (the team: any; a customer: their own)",
          description: "The booking with its ETag (its version). Another customer's booking is 404, never 403.",
          security: teamOnly,
          responses: { "200": { description: "The booking; header ETag" }, "401": errorResponse("Not signed in"), "404": errorResponse("No such booking") },
        },
        patch: {
          operationId: "updateBooking",
          summary: "Edit a booking's details (admins)",
          description:
            "Send the parts to change: customer and route may name only the fields that change ({ customer: { phone } }); specialRequests; pets is the full new list (a pet with an id is edited and may name only its changed fields, one without an id is added, a missing one removed). The result is validated with the booking form's rules. The version you edited goes in If-Match or the body's `version`; a stale one is refused (412 with If-Match, 409 with the body) and nothing is saved.",
          security: teamOnly,
          parameters: [ifMatch],
          requestBody: jsonBody("UpdateBookingBody"),
          responses: {
            "200": { description: "The booking after the edit; header ETag" },
            "400": errorResponse("Invalid fields; `fields` names each one"),
            ...signedInErrors,
            "404": errorResponse("No such booking"),
            "409": errorResponse("Changed by someone else since `version`; `details.changesSince` lists their changes"),
            "412": errorResponse("Changed by someone else since the If-Match version"),
            "428": errorResponse("No version given"),
          },
        },
        delete: {
          operationId: "deleteBooking",
          summary: "Delete a booking (admins)",
          description: "The booking leaves the table and the customer's view; an admin can restore it for 30 days.",
          security: teamOnly,
          responses: { "204": { description: "Deleted" }, ...signedInErrors, "404": errorResponse("No such booking") },
        },
      },
      "/api/v1/bookings/{reference}/status": {
        parameters: [referenceParameter],
        post: {
          operationId: "changeBookingStatus",
          summary: "Move a booking along the workflow (staff and admins)",
          description:
            "pending → confirmed | cancelled; confirmed → in_progress | cancelled; in_progress → flight_booked | cancelled; flight_booked → completed | in_progress | cancelled; cancelled → pending (admins). flight_booked needs `flight` (airports as IATA codes, times ISO 8601 with offset). With notifyCustomer (default true) the customer's email for the new status is queued in the same transaction.",
          security: teamOnly,
          parameters: [ifMatch],
          requestBody: jsonBody("ChangeStatusBody"),
          responses: {
            "200": { description: "{ reference, status, version, emailQueued }" },
            "400": errorResponse("Invalid fields, or flight_booked without flight details"),
            ...signedInErrors,
            "404": errorResponse("No such booking"),
            "409": errorResponse("A step the workflow does not allow from the current status"),
            "412": errorResponse("Changed since the If-Match version"),
          },
        },
      },
      "/api/v1/bookings/{reference}/notes": {
        parameters: [referenceParameter],
        get: {
          operationId: "listBookingNotes",
          summary: "The team's internal notes (staff and admins)",
          security: teamOnly,
          responses: { "200": { description: "{ items: [{ id, body, author, createdAt, updatedAt, canEdit }] }" }, ...signedInErrors, "404": errorResponse("No such booking") },
        },
        post: {
          operationId: "addBookingNote",
          summary: "Add an internal note (staff and admins)",
          description: "Plain text, line breaks kept. Never shown to customers.",
          security: teamOnly,
          requestBody: jsonBody("NoteBody"),
          responses: { "201": { description: "The note" }, "400": errorResponse("An empty or too long note"), ...signedInErrors, "404": errorResponse("No such booking") },
        },
      },
      "/api/v1/bookings/{reference}/restore": {
        parameters: [referenceParameter],
        post: {
          operationId: "restoreBooking",
          summary: "Restore a deleted booking (admins, within 30 days)",
          security: teamOnly,
          responses: { "200": { description: "{ reference, version }" }, ...signedInErrors, "404": errorResponse("No such deleted booking"), "409": errorResponse("Deleted more than 30 days ago") },
        },
      },
      "/api/v1/me/bookings": {
        get: {
          operationId: "listMyBookings",
          summary: "The signed-in customer's own bookings",
          security: teamOnly,
          responses: { "200": { description: "{ items }" }, "401": errorResponse("Not signed in"), "403": errorResponse("Not a customer account") },
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
      securitySchemes: {
        session: {
          type: "apiKey",
          in: "cookie",
          name: "better-auth.session_token",
          description: "The session cookie from POST /api/auth/sign-in/email (named __Secure-better-auth.session_token over HTTPS)",
        },
      },
      schemas: {
        UpdateBookingBody: jsonSchema(bookingPatchSchema, "input"),
        ChangeStatusBody: jsonSchema(changeStatusSchema, "input"),
        NoteBody: jsonSchema(noteBodySchema, "input"),
        CreateBookingBody: jsonSchema(createBookingBodySchema, "input"),
        CreateBookingResponse: jsonSchema(createBookingResponseSchema, "output"),
        Error: errorSchema,
      },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
