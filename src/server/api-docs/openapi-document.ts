import "server-only";
import { brand } from "@/config/brand";
import { API_OPERATIONS } from "./api-operations";
import { referenceParameter } from "./booking-parameters";
import type { ApiOperation, ApiParameter, ApiResponse, JsonSchema, NamedSchema } from "./operation";

/** Path parameters by name: a path naming "{reference}" gets this parameter on its path item. */
const PATH_PARAMETERS: Record<string, ApiParameter> = { reference: referenceParameter };

type PathItem = { parameters?: ApiParameter[] } & Partial<Record<ApiOperation["method"], Record<string, unknown>>>;

export type OpenApiDocument = {
  openapi: "3.1.0";
  info: { title: string; version: string; description: string; contact: { name: string; email: string } };
  servers: Array<{ url: string }>;
  paths: Record<string, PathItem>;
  components: { securitySchemes: Record<string, Record<string, unknown>>; schemas: Record<string, JsonSchema> };
};

function pathParametersOf(path: string): ApiParameter[] {
  return [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => {
    const parameter = name && PATH_PARAMETERS[name];
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
  const response = ({ description, headers, json, content }: ApiResponse) => ({
    description,
    ...(headers ? { headers } : {}),
    ...(json ? { content: { "application/json": { schema: refTo(json) } } } : content ? { content } : {}),
  });
  const operation = ({
    operationId,
    summary,
    description,
    security,
    parameters,
    requestBody,
    responses,
  }: ApiOperation) => ({
    operationId,
    summary,
    ...(description ? { description } : {}),
    ...(security ? { security } : {}),
    ...(parameters ? { parameters } : {}),
    ...(requestBody
      ? { requestBody: { required: true, content: { "application/json": { schema: refTo(requestBody) } } } }
      : {}),
    responses: Object.fromEntries(Object.entries(responses).map(([status, answer]) => [status, response(answer)])),
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
    },
    servers: [{ url: serverUrl }],
    paths,
    components: {
      securitySchemes: {
        session: {
          type: "apiKey",
          in: "cookie",
          name: "better-auth.session_token",
          description:
            "The session cookie from POST /api/auth/sign-in/email (named __Secure-better-auth.session_token over HTTPS)",
        },
      },
      schemas: collector.schemas,
    },
  };
}
