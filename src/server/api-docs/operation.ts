import { z } from "zod";

/** A JSON Schema object as it appears in the OpenAPI document. */
export type JsonSchema = Record<string, unknown>;

/**
 * A schema the document lists once under components.schemas and refers to by name. Built lazily: the
 * zod → JSON Schema conversion runs when the document is assembled, never when a module is imported.
 */
export type NamedSchema = { name: string; toJsonSchema: () => JsonSchema };

export type ApiParameter = {
  name: string;
  in: "query" | "header" | "path";
  required: boolean;
  description?: string;
  schema: JsonSchema;
  example?: unknown;
};

export type ApiResponse = {
  description: string;
  headers?: Record<string, { schema: JsonSchema }>;
  /** A JSON body described by a named schema (written as a $ref). */
  json?: NamedSchema;
  /** Any other body, as OpenAPI writes it (an inline schema, text/csv, …). */
  content?: Record<string, { schema: JsonSchema }>;
};

/** One operation of the API, declared once; the OpenAPI document is assembled from these. */
export type ApiOperation = {
  method: "get" | "post" | "put" | "patch" | "delete";
  /** OpenAPI's path, with path parameters in braces: "/api/v1/bookings/{reference}". */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  security?: Array<Record<string, string[]>>;
  parameters?: ApiParameter[];
  /** A required JSON body. */
  requestBody?: NamedSchema;
  responses: Record<string, ApiResponse>;
};

/** Keeps an operation's literal type (the /docs/api page reads its parts) while checking its shape. */
export const defineOperation = <Operation extends ApiOperation>(operation: Operation): Operation => operation;

/** A zod schema listed under components.schemas: "input" for request bodies, "output" for responses. */
export function namedZodSchema(name: string, schema: z.ZodType, io: "input" | "output"): NamedSchema {
  return {
    name,
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

export const query = (name: string, description: string, schema: JsonSchema = { type: "string" }): ApiParameter => ({
  name,
  in: "query",
  required: false,
  description,
  schema,
});

/** The session cookie: the team's operations (and a customer's own bookings). */
export const teamOnly = [{ session: [] }];
