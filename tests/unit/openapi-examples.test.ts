import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { isBookingReference } from "@/contracts/bookings/booking-reference";
import { bookingList } from "@/contracts/bookings/list-query";
import { customerInputSchema } from "@/contracts/bookings/schemas";
import { API_OPERATIONS } from "@/server/api-docs/api-operations";
import { EXAMPLE_LINK_SECRET, EXAMPLE_LINKS_MADE_AT } from "@/server/api-docs/examples/document-examples";
import { buildOpenApiDocument } from "@/server/api-docs/openapi-document";
import { JOURNEY_ETAG_PATTERN } from "@/server/api-docs/operations/my-booking-journey";
import { IDEMPOTENCY_KEY_PATTERN } from "@/server/bookings/idempotency";
import { parseBookingListQuery } from "@/server/bookings/find-bookings";
import { AppError, UNEXPECTED_ERROR_CODE, type AppErrorCode } from "@/server/errors";
import { TokenSigner, type TokenPurpose } from "@/server/storage/signed-token";
import { isUuid } from "@/lib/uuid";
import { versionFromIfMatch } from "@/web/http/if-match";
import { errorResponse } from "@/web/http/responses";
import { TRACK_TOKEN_PATTERN } from "@/server/tracking/track-limits";

// Contract tests generated from the OpenAPI document start from its examples: every operation must
// have them, each must be valid against its own schema, and a request's must pass the parser the
// route really uses (a schema can be looser than the code).

const document = buildOpenApiDocument("https://bookings.pawpathsae.com");
const DOCUMENT_ID = "https://bookings.pawpathsae.com/api/v1/openapi.json";
const METHODS = ["get", "post", "put", "patch", "delete"] as const;

type Schema = Record<string, unknown>;
type Media = { schema: Schema; example?: unknown };
type Parameter = { name: string; in: string; schema: Schema; example?: unknown };
type Operation = {
  operationId: string;
  parameters?: Parameter[];
  requestBody?: { content: Record<string, Media> };
  responses: Record<string, { content?: Record<string, Media> }>;
};
/** An operation, where it is, and its parameters (its path item's and its own) with where each is. */
type Found = { where: string; pointer: string; operation: Operation; parameters: Array<Parameter & { at: string }> };

/** One reference token of a JSON pointer ("application/json" → "application~1json"). */
const token = (part: string) => part.replaceAll("~", "~0").replaceAll("/", "~1");
const pointer = (...parts: string[]) => `#/${parts.map(token).join("/")}`;

const operations: Found[] = Object.entries(document.paths).flatMap(([path, item]) =>
  METHODS.filter((method) => item[method]).map((method) => {
    const operation = item[method] as unknown as Operation;
    const located = (parameters: Parameter[], at: string) =>
      parameters.map((parameter, index) => ({ ...parameter, at: `${at}/parameters/${index}` }));
    return {
      where: `${method.toUpperCase()} ${path}`,
      pointer: pointer("paths", path, method),
      operation,
      parameters: [
        ...located((item.parameters ?? []) as Parameter[], pointer("paths", path)),
        ...located(operation.parameters ?? [], pointer("paths", path, method)),
      ],
    };
  }),
);

// The whole document is one schema resource, so each example is checked against its schema in place,
// $refs to components included. strict: false lets OpenAPI's own keywords (example) through.
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ ...document, $id: DOCUMENT_ID });

function validationErrors(schemaPointer: string, value: unknown): string[] {
  const validate = ajv.compile({ $ref: `${DOCUMENT_ID}${schemaPointer}` });
  return validate(value) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}

const mediaOf = (found: Found) => [
  ...Object.entries(found.operation.requestBody?.content ?? {}).map(([type, media]) => ({
    label: `${found.where} request ${type}`,
    at: `${found.pointer}/requestBody/content/${token(type)}`,
    media,
  })),
  ...Object.entries(found.operation.responses).flatMap(([status, response]) =>
    Object.entries(response.content ?? {}).map(([type, media]) => ({
      label: `${found.where} ${status} ${type}`,
      at: `${found.pointer}/responses/${status}/content/${token(type)}`,
      media,
    })),
  ),
];

describe("the OpenAPI document's examples", () => {
  it("finds the operations it checks", () => {
    expect(operations.length).toBe(API_OPERATIONS.length);
    expect(operations.map((found) => found.where)).toContain("POST /api/v1/bookings");
  });

  it("gives every parameter, request body and response body an example, and every operation a successful answer", () => {
    const missing = operations.flatMap((found) => [
      ...found.parameters
        .filter((parameter) => parameter.example === undefined)
        .map((parameter) => `${found.where} parameter ${parameter.name}`),
      ...mediaOf(found)
        .filter(({ media }) => media.example === undefined)
        .map(({ label }) => label),
      // 303 See Other is the success of an operation that sends the client to its answer (a download link).
      ...(Object.keys(found.operation.responses).some((status) => /^(2\d\d|303)$/.test(status))
        ? []
        : [`${found.where} has no 2xx answer`]),
    ]);
    expect(missing).toEqual([]);
  });

  it("holds every example to its own schema", () => {
    const invalid = operations.flatMap((found) => [
      ...found.parameters.flatMap((parameter) =>
        validationErrors(`${parameter.at}/schema`, parameter.example).map(
          (error) => `${found.where} ${parameter.name}: ${error}`,
        ),
      ),
      ...mediaOf(found).flatMap(({ label, at, media }) =>
        validationErrors(`${at}/schema`, media.example).map((error) => `${label}: ${error}`),
      ),
    ]);
    expect(invalid).toEqual([]);
  });

  it("fails an example that breaks its schema (the check above is not vacuous)", () => {
    const create = operations.find((found) => found.operation.operationId === "createBooking")!;
    const at = `${create.pointer}/requestBody/content/application~1json/schema`;
    expect(
      validationErrors(at, {
        ...(create.operation.requestBody?.content["application/json"]?.example as object),
        pets: [],
      }),
    ).not.toEqual([]);
  });

  it("gives each error example a code that answers with its status", () => {
    const mismatched = operations.flatMap((found) =>
      Object.entries(found.operation.responses).flatMap(([status, response]) => {
        const example = response.content?.["application/json"]?.example as {
          error?: { code: string; message: string };
        };
        if (!example?.error) return [];
        const { code, message } = example.error;
        const answer =
          code === UNEXPECTED_ERROR_CODE
            ? errorResponse(new Error(message), {}, () => {})
            : errorResponse(new AppError(code as AppErrorCode, message));
        return answer.status === Number(status) ? [] : [`${found.where} ${status}: ${code} answers ${answer.status}`];
      }),
    );
    expect(mismatched).toEqual([]);
  });
});

/** The local driver's check of a link's token (the example links are signed with their own key). */
const verifySignedToken = (purpose: TokenPurpose, value: unknown) => {
  const check = new TokenSigner(EXAMPLE_LINK_SECRET).verify(purpose, String(value), new Date(EXAMPLE_LINKS_MADE_AT));
  if (!check.ok) throw new Error(`${String(value)} is not a ${purpose} token: ${check.reason}`);
};

/** The parsers the routes run on their parameters, by location and name. */
const PARAMETER_PARSERS: Record<string, (value: unknown) => unknown> = {
  "path reference": (value) => {
    if (!isBookingReference(String(value))) throw new Error(`${String(value)} is not a booking reference`);
  },
  "header If-Match": (value) => versionFromIfMatch(new Headers({ "If-Match": String(value) })),
  // The journey route compares each listed tag with its own ETag.
  "header If-None-Match": (value) => {
    const tags = String(value).split(/\s*,\s*/);
    if (!tags.every((tag) => JOURNEY_ETAG_PATTERN.test(tag))) throw new Error(`${String(value)} names no journey ETag`);
  },
  "path id": (value) => {
    if (!isUuid(String(value))) throw new Error(`${String(value)} is not a document id`);
  },
  "path token": (value) => verifySignedToken("storage-download", value),
  "header Idempotency-Key": (value) => {
    if (!IDEMPOTENCY_KEY_PATTERN.test(String(value))) throw new Error(`${String(value)} is not an Idempotency-Key`);
  },
};

/** The parser each route with query parameters runs on its URL (src/app/api/v1/bookings/…/route.ts). */
const QUERY_PARSERS: Record<string, (params: URLSearchParams) => unknown> = {
  listBookings: (params) => parseBookingListQuery(bookingList.paramsOf(params)),
  exportBookings: (params) => parseBookingListQuery(bookingList.paramsOf(params)),
  sendUploadContent: (params) => verifySignedToken("storage-upload", params.get("token")),
  // The token's HMAC is checked against the booking's customer; its shape is all an example can show.
  trackBookingByLink: (params) => {
    if (!TRACK_TOKEN_PATTERN.test(params.get("t") ?? "")) throw new Error("not a tracking token");
  },
};

describe("the OpenAPI document's request examples", () => {
  it("pass the zod schema the route parses its body with", () => {
    const refused = operations.flatMap((found) => {
      const example = found.operation.requestBody?.content["application/json"]?.example;
      if (example === undefined) return [];
      const declared = API_OPERATIONS.find((operation) => operation.operationId === found.operation.operationId);
      const parser = declared?.requestBody?.schema.zod;
      if (!parser) return [`${found.where}: its request body names no zod schema`];
      const result = parser.safeParse(example);
      return result.success ? [] : [`${found.where}: ${JSON.stringify(result.error.issues)}`];
    });
    expect(refused).toEqual([]);
  });

  it("pass the parsers the route reads its path, headers and query with", () => {
    const refused = operations.flatMap((found) => {
      const problems: string[] = [];
      for (const parameter of found.parameters.filter((each) => each.in !== "query")) {
        const parse = PARAMETER_PARSERS[`${parameter.in} ${parameter.name}`];
        if (!parse) problems.push(`${found.where}: no parser known for ${parameter.in} ${parameter.name}`);
        else
          try {
            parse(parameter.example);
          } catch (error) {
            problems.push(`${found.where} ${parameter.name}: ${String(error)}`);
          }
      }
      const query = found.parameters.filter((each) => each.in === "query");
      if (query.length > 0) {
        const parse = QUERY_PARSERS[found.operation.operationId];
        const params = new URLSearchParams(query.map((parameter) => [parameter.name, String(parameter.example)]));
        if (!parse) problems.push(`${found.where}: no query parser known`);
        else
          try {
            parse(params);
          } catch (error) {
            problems.push(`${found.where} ?${params}: ${JSON.stringify(error)}`);
          }
      }
      return problems;
    });
    expect(refused).toEqual([]);
  });

  it("edit a booking into one the booking form accepts (PATCH lays its parts over the booking)", () => {
    const patch = operations.find((found) => found.operation.operationId === "updateBooking")!;
    const get = operations.find((found) => found.operation.operationId === "getBooking")!;
    const edit = patch.operation.requestBody!.content["application/json"]!.example as { customer: object };
    const booking = get.operation.responses["200"]!.content!["application/json"]!.example as { customer: object };
    expect(customerInputSchema.safeParse({ ...booking.customer, ...edit.customer }).success).toBe(true);
  });
});
