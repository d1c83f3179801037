import { describe, expect, it } from "vitest";
import { z } from "zod";
import { BOOKING_LIST_FILTERS } from "@/contracts/bookings/list-filters";
import { BOOKING_LIST_OPTIONS, bookingList } from "@/contracts/bookings/list-query";
import { pageCount, pageParamsShape, parsePageParams } from "@/contracts/list-page";
import { defineListQuery, listFilter } from "@/contracts/list-query";
import { optionalParam } from "@/contracts/url-params";
import { buildOpenApiDocument } from "@/server/api-docs/openapi-document";
import { parseListQuery } from "@/server/bookings/find-bookings";
import { errorResponse } from "@/web/http/responses";

// A filter that exists only in this test: adding it to the descriptor list must be all it takes
// for the URL, the API's parsing, the documentation and the filter count to know it.
const microchipped = listFilter({
  name: "microchipped",
  kind: "filter",
  label: "Microchipped",
  params: {
    microchipped: optionalParam(z.enum(["yes", "no"], { error: "microchipped must be yes or no" })).transform(
      (value) => (value === undefined ? undefined : value === "yes"),
    ),
  },
  write: ({ microchipped }) => ({ microchipped: microchipped === undefined ? undefined : microchipped ? "yes" : "no" }),
  openApi: {
    microchipped: { description: "yes: only bookings whose pets all have a microchip; no: those with one missing" },
  },
});

const list = defineListQuery([...BOOKING_LIST_FILTERS, microchipped], BOOKING_LIST_OPTIONS);

describe("a filter declared once", () => {
  it("round-trips through the URL: read among the list's parameters, written back canonically", () => {
    const url = new URLSearchParams("microchipped=yes&status=pending&columns=status&page=2");
    const params = list.paramsOf(url);
    expect(params).toEqual({ microchipped: "yes", status: "pending", page: "2" });
    const query = parseListQuery(list, params);
    expect(query).toMatchObject({ microchipped: true, status: ["pending"], page: 2 });
    expect(list.toParams(query).toString()).toBe("status=pending&microchipped=yes&page=2");
    expect(parseListQuery(list, list.paramsOf(list.toParams(query)))).toEqual(query);
    expect(list.toParams(parseListQuery(list, { microchipped: "" })).toString()).toBe("");
  });

  it("is refused by the API with a 400 naming it when its value is bad", async () => {
    const error = (() => {
      try {
        parseListQuery(list, { microchipped: "maybe", status: "pending" });
      } catch (thrown) {
        return thrown;
      }
    })();
    const response = errorResponse(error);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: {
        code: "VALIDATION",
        message: "Some list parameters are not valid",
        fields: { microchipped: "microchipped must be yes or no" },
      },
    });
  });

  it("is documented among the API's query parameters", () => {
    const names = list.openApiParameters.filters.map((parameter) => parameter.name);
    expect(names).toContain("microchipped");
    expect(names.at(-1)).toBe("sort");
    expect(list.openApiParameters.filters.find((parameter) => parameter.name === "microchipped")).toEqual({
      name: "microchipped",
      in: "query",
      required: false,
      description: "yes: only bookings whose pets all have a microchip; no: those with one missing",
      schema: { type: "string" },
    });
    // The document lists exactly what the real descriptors declare.
    const operations = Object.values(buildOpenApiDocument("http://localhost:3000").paths).flatMap((path) =>
      Object.values(path),
    ) as {
      operationId?: string;
      parameters?: unknown[];
    }[];
    const parametersOf = (operationId: string) =>
      operations.find((operation) => operation.operationId === operationId)?.parameters;
    expect(parametersOf("listBookings")).toEqual([
      ...bookingList.openApiParameters.filters,
      ...bookingList.openApiParameters.paging,
    ]);
    expect(parametersOf("exportBookings")).toEqual(bookingList.openApiParameters.filters);
  });

  it("counts as an active filter, and Clear all removes it while the scope stays", () => {
    const query = parseListQuery(list, {
      microchipped: "no",
      status: "pending",
      createdFrom: "2026-01-01",
      createdTo: "2026-01-31",
      q: "luna",
      deleted: "true",
    });
    // microchipped, status and the created range; the search box and the deleted scope are not counted.
    expect(list.filterCount(query)).toBe(3);
    expect(list.filterCount(parseListQuery(list, { q: "luna", deleted: "true" }))).toBe(0);
    expect(list.isNarrowed(parseListQuery(list, { deleted: "true" }))).toBe(false);
    const cleared = list.withoutFilters(query);
    expect(list.filterCount(cleared)).toBe(0);
    expect(list.isNarrowed(cleared)).toBe(false);
    expect(list.toParams(cleared).toString()).toBe("deleted=true");
  });
});

describe("the bookings list's filters", () => {
  it("count ranges once and leave the search and the scope out", () => {
    const query = bookingList.schema.parse({
      status: "pending",
      service: "domestic",
      travelFrom: "2026-01-01",
      assignee: "me",
      origin: "AE",
      destination: "GB",
      createdTo: "2026-02-01",
      q: "x",
      deleted: "true",
    });
    expect(bookingList.filterCount(query)).toBe(7);
  });
});

describe("the one page parser", () => {
  const rules = { defaultPageSize: 50, maxPageSize: 100 };

  it("reads page and pageSize, and on a page link falls back to the defaults instead of failing", () => {
    expect(parsePageParams(new URLSearchParams("page=3&pageSize=20"), rules)).toEqual({ page: 3, pageSize: 20 });
    expect(parsePageParams({ page: "-3", pageSize: "500" }, rules)).toEqual({ page: 1, pageSize: 50 });
    expect(parsePageParams({ page: ["2", "9"] }, rules)).toEqual({ page: 2, pageSize: 50 });
  });

  it("refuses bad values with the bookings list's messages where the API asks it to", () => {
    const strict = z.object(pageParamsShape(rules, "refuse"));
    expect(strict.safeParse({ page: "x", pageSize: "101" }).error?.issues.map((issue) => issue.message)).toEqual([
      "page must be a whole number",
      "pageSize must be at most 100",
    ]);
    expect(pageCount({ total: 0, pageSize: 50 })).toBe(1);
    expect(pageCount({ total: 101, pageSize: 50 })).toBe(3);
  });
});
