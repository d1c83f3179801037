import { Validator } from "@seriousme/openapi-schema-validator";
import { expect, it } from "vitest";
import { buildOpenApiDocument } from "@/server/api-docs/openapi-document";
import { API_ERROR_CODES } from "@/server/errors";

const document = buildOpenApiDocument("http://localhost:3000");

it("is a valid OpenAPI 3.1 document whose references all resolve", async () => {
  const validator = new Validator();
  const result = await validator.validate(structuredClone(document));
  expect(result.errors).toBeUndefined();
  expect(result.valid).toBe(true);
  expect(validator.version).toBe("3.1");
  expect(() => validator.resolveRefs()).not.toThrow();
});

it("lists exactly the error codes the server answers with", () => {
  const error = document.components.schemas.Error as {
    properties: { error: { properties: { code: { enum: string[] } } } };
  };
  expect(error.properties.error.properties.code.enum).toEqual([...API_ERROR_CODES]);
});

it("gives every operation a unique id", () => {
  const ids = Object.values(document.paths).flatMap((item) =>
    Object.values(item).flatMap((operation) =>
      operation && "operationId" in operation ? [operation.operationId] : [],
    ),
  );
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids.length).toBeGreaterThan(10);
});
