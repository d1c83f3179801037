import "server-only";
import { brand } from "@/config/brand";
import { API_OPERATIONS } from "./api-operations";
import { referenceParameter } from "./booking-parameters";
import { customerUpdateIdParameter } from "./customer-update-parameters";
import { documentIdParameter, fileTokenParameter } from "./document-parameters";
import { unexpectedErrorResponse } from "./error-responses";
import type { ApiOperation, ApiParameter, ApiResponse, ApiTag, JsonSchema, NamedSchema } from "./operation";

/** Path parameters by name: a path naming "{reference}" gets this parameter on its path item. */
const PATH_PARAMETERS: Record<string, ApiParameter> = {
  reference: referenceParameter,
  id: documentIdParameter,
  token: fileTokenParameter,
};

/** Parameters whose meaning depends on the collection before them: "{id}" after "updates/" is an update's. */
const COLLECTION_PARAMETERS: Record<string, ApiParameter> = {
  "updates/{id}": customerUpdateIdParameter,
};

const TAGS: Record<ApiTag, string> = {
  Bookings: "Create bookings (public) and, for the team, list, read, edit and move them along the workflow",
  Documents:
    "Pet passports, vaccination records and permits: uploaded before a booking is sent (public, attached by the booking's Idempotency-Key) or to a booking (the team, or the customer whose booking it is); checked by their bytes; opened only through short-lived links",
  Notes: "The team's internal notes on a booking, never shown to customers",
  Customer: "A signed-in customer's own bookings, each booking's journey (also live), and their contact details",
  Tracking:
    "Anyone may follow a booking's journey, without personal data, by its reference and email or by the link in its emails (public, rate-limited)",
  System: "Health checks and this document",
};

type PathItem = { parameters?: ApiParameter[] } & Partial<Record<ApiOperation["method"], Record<string, unknown>>>;

export type OpenApiDocument = {
  openapi: "3.1.0";
  info: {
    title: string;
    version: string;
    description: string;
    contact: { name: string; email: string };
    license: { name: string };
  };
  servers: Array<{ url: string; description: string; "x-internal": boolean }>;
  tags: Array<{ name: ApiTag; description: string }>;
  paths: Record<string, PathItem>;
  components: { securitySchemes: Record<string, Record<string, unknown>>; schemas: Record<string, JsonSchema> };
};
function pathParametersOf(path: string): ApiParameter[] {
  return [...path.matchAll(/(?:([\w-]+)\/)?\{(\w+)\}/g)].map(([, collection, name]) => {
    const parameter = name && (COLLECTION_PARAMETERS[`${collection}/{${name}}`] ?? PATH_PARAMETERS[name]);
    if (!parameter) throw new Error(`${path} names {${name}}, which PATH_PARAMETERS does not declare`);
    return parameter;
  });
}

/** Writes named schemas as $refs, collecting each once under components.schemas. */
function schemaCollector() {
  const schemas: Record<string, JsonSchema> = {};
  const refTo = (named: NamedSchema) => {
    schemas[named.name] ??= named.toJsonSchema();
    return { $ref: `#/components/schemas/${named.name}` };
  };
  /** A body's media types, each with its own example or else the body's. */
  const withExample = (media: Record<string, { schema: JsonSchema; example?: unknown }>, example: unknown) =>
    Object.fromEntries(
      Object.entries(media).map(([type, body]) => [
        type,
        body.example !== undefined || example === undefined ? body : { ...body, example },
      ]),
    );
  const response = ({ description, headers, json, content, example }: ApiResponse) => {
    const media = json ? { "application/json": { schema: refTo(json) } } : content;
    return {
      description,
      ...(headers ? { headers } : {}),
      ...(media ? { content: withExample(media, example) } : {}),
    };
  };
  const operation = ({
    operationId,
    tag,
    summary,
    description,
    security,
    parameters,
    requestBody,
    responses,
  }: ApiOperation) => ({
    operationId,
    tags: [tag],
    summary,
    description,
    security,
    ...(parameters ? { parameters } : {}),
    ...(requestBody
      ? {
          requestBody: {
            ...(requestBody.description ? { description: requestBody.description } : {}),
            required: true,
            content: withExample(
              { [requestBody.mediaType ?? "application/json"]: { schema: refTo(requestBody.schema) } },
              requestBody.example(),
            ),
          },
        }
      : {}),
    // route() (src/web/route.ts) answers any error nobody planned for with a 500 on every operation.
    responses: Object.fromEntries(
      Object.entries({ ...responses, "500": unexpectedErrorResponse }).map(([status, answer]) => [
        status,
        response(answer),
      ]),
    ),
  });
  return { schemas, operation };
}

function assemblePaths(
  operations: readonly ApiOperation[],
  write: (operation: ApiOperation) => Record<string, unknown>,
): Record<string, PathItem> {
  const paths: Record<string, PathItem> = {};
  for (const operation of operations) {
    const item = (paths[operation.path] ??= pathParametersOf(operation.path).length
      ? { parameters: pathParametersOf(operation.path) }
      : {});
    if (item[operation.method])
      throw new Error(`${operation.method.toUpperCase()} ${operation.path} is declared twice`);
    item[operation.method] = write(operation);
  }
  return paths;
}

/** Which environment the document describes, as API tools expect it said. */
function serverDescription(serverUrl: string): string {
  const local = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:|\/|$)/.test(serverUrl);
  return local ? "Local development (APP_URL)" : "Production: this installation's APP_URL";
}

/**
 * The OpenAPI 3.1 document, assembled from the operations each route declares (api-operations.ts),
 * whose bodies are the very zod schemas the API validates with: the documentation cannot drift from
 * the code.
 */
export function buildOpenApiDocument(serverUrl: string): OpenApiDocument {
  const collector = schemaCollector();
  const paths = assemblePaths(API_OPERATIONS, collector.operation);
  return {
    openapi: "3.1.0",
    info: {
      title: `${brand.productName} API`,
      version: "1.0.0",
      description: `Create pet relocation bookings with ${brand.name} from your own site or system.`,
      contact: { name: brand.legalName, email: brand.contact.email },
      // Not open source: the API is offered to the company's partners on its terms.
      license: { name: `Proprietary (${brand.legalName})` },
    },
    // This installation (APP_URL): public, called by the company's own site and partners' systems.
    servers: [{ url: serverUrl, description: serverDescription(serverUrl), "x-internal": false }],
    tags: Object.entries(TAGS).map(([name, description]) => ({ name: name as ApiTag, description })),
    paths,
    components: {
      securitySchemes: {
        session: {
          type: "apiKey",
          in: "cookie",
          name: "better-auth.session_token",
          // Sign-in is Better Auth's endpoint, outside this document; its limit is the one that guards
          // every operation behind this cookie, so it is stated here.
          description:
            "The session cookie from POST /api/auth/sign-in/email (named __Secure-better-auth.session_token over HTTPS). Sign-in allows SIGN_IN_RATE_LIMIT_MAX attempts a minute per address (5 unless configured); past that it answers 429 with Retry-After.",
        },
      },
      schemas: collector.schemas,
    },
  };
}
