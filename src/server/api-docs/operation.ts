import { z } from "zod";

/** A JSON Schema object as it appears in the OpenAPI document. */
export type JsonSchema = Record<string, unknown>;

/**
 * A schema the document lists once under components.schemas and refers to by name. Built lazily: the
 * zod → JSON Schema conversion runs when the document is assembled, never when a module is imported.
 * `zod` is the schema it was made from, so tests can hold examples to the very parser the route uses.
 */
export type NamedSchema = { name: string; toJsonSchema: () => JsonSchema; zod?: z.ZodType };

export type ApiParameter = {
  name: string;
  in: "query" | "header" | "path";
  required: boolean;
  description?: string;
  schema: JsonSchema;
  /** A value a request could send; tests/unit/openapi-examples.test.ts requires one on every parameter. */
  example?: unknown;
};

export type ApiHeader = { description: string; schema: JsonSchema; example?: unknown };

export type ApiResponse = {
  description: string;
  headers?: Record<string, ApiHeader>;
  /** A JSON body described by a named schema (written as a $ref). */
  json?: NamedSchema;
  /**
   * Any other body, as OpenAPI writes it (an inline schema, text/csv, …). A media type may carry its own
   * example where one answer has several types (a file is a PDF or an image); the others take `example`.
   */
  content?: Record<string, { schema: JsonSchema; example?: unknown }>;
  /** An answer's body, valid against the schema above (required wherever there is a body). */
  example?: unknown;
};

export type ApiRequestBody = {
  schema: NamedSchema;
  /** A body that is not JSON (a file's raw bytes); JSON when not given. */
  mediaType?: "application/octet-stream";
  description?: string;
  /**
   * A body the route accepts, built when the document is assembled: some rules depend on the day (a
   * travel date may not be in the past), and a long-running server must not serve a stale example.
   */
  example: () => unknown;
};

/** The groups operations are listed under; their descriptions are in openapi-document.ts. */
export type ApiTag = "Bookings" | "Documents" | "Notes" | "Customer" | "Tracking" | "System";

export type SecurityRequirement = Record<string, string[]>;

/** One operation of the API, declared once; the OpenAPI document is assembled from these. */
export type ApiOperation = {
  method: "get" | "post" | "put" | "patch" | "delete";
  /** OpenAPI's path, with path parameters in braces: "/api/v1/bookings/{reference}". */
  path: string;
  operationId: string;
  summary: string;
  description: string;
  tag: ApiTag;
  /**
   * Who may call it: `teamOnly` (the session cookie), `publicAccess` (anyone; said explicitly) or
   * `signedLinkAccess` (whoever holds a link the server signed).
   */
  security: SecurityRequirement[];
  parameters?: ApiParameter[];
  /** A required body (JSON unless it names another media type). */
  requestBody?: ApiRequestBody;
  responses: Record<string, ApiResponse>;
};

/** Keeps an operation's literal type (the /docs/api page reads its parts) while checking its shape. */
export const defineOperation = <Operation extends ApiOperation>(operation: Operation): Operation => operation;

/** A zod schema listed under components.schemas: "input" for request bodies, "output" for responses. */
export function namedZodSchema(name: string, schema: z.ZodType, io: "input" | "output"): NamedSchema {
  return {
    name,
    zod: schema,
    toJsonSchema: () => {
      const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
        io,
        unrepresentable: "any",
        target: "draft-2020-12",
      });
      return rest;
    },
  };
}

/** The session cookie: the team's operations (and a customer's own bookings). */
export const teamOnly: SecurityRequirement[] = [{ session: [] }];

/** No credentials: the intake, health checks and this document. An empty list says so explicitly. */
export const publicAccess: SecurityRequirement[] = [];

/**
 * No session: the signed token in the link's path or query is the credential (the local driver's upload
 * and download links, HMAC-signed, short-lived, made for one object). OpenAPI has no scheme for a token in
 * a path, so the requirement is empty like a public operation's, and the token is a documented parameter.
 */
export const signedLinkAccess: SecurityRequirement[] = [];
