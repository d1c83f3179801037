// A list's URL query built from its filter descriptors: each filter declares its URL keys, parsers,
// how it writes back, its label, whether it counts, and its OpenAPI words; parsing, canonical
// links, the filter count, "clear all" and the OpenAPI parameters all derive from that one list.
// Pure zod: the table's client code uses it too.
import { z } from "zod";
import { pageOpenApiParameters, pageParamsShape, type OpenApiQueryParameter, type PageSizeRules } from "./list-page";
import { optionalParam, pickParams, type SearchParamsInput } from "./url-params";

type ParamShape = Record<string, z.ZodType>;
type ValuesOf<S extends ParamShape> = { [K in keyof S]: z.output<S[K]> };

/**
 * - "search": the search box; narrows the view and is cleared with the filters, but is not one of
 *   the filters the Filters button counts.
 * - "filter": counted, and cleared by "Clear all".
 * - "scope": which rows the list is about (deleted instead of live), kept when filters are cleared.
 */
export type FilterKind = "search" | "filter" | "scope";

/**
 * How the OpenAPI document declares one URL key of a filter. Every real filter gives a bounded schema
 * and an example (`npm run lint:openapi` and tests/unit/openapi-examples.test.ts hold them to it).
 */
export type FilterParameterDoc = { description: string; schema?: Record<string, unknown>; example?: string };

export type ListFilter<Name extends string = string, S extends ParamShape = ParamShape> = {
  name: Name;
  kind: FilterKind;
  /** What people call it: the filter's label in the table. */
  label: string;
  /** Each URL key and its parser; a blank or missing value must parse to "not set". */
  params: S;
  /** The canonical URL value of each key; a key left out (or undefined) is not written. */
  write: (values: ValuesOf<S>) => { [K in keyof S]?: string | undefined };
  /** A rule across the filter's own keys (a range's end after its start), naming the key at fault. */
  check?: (values: ValuesOf<S>) => { key: keyof S & string; message: string } | undefined;
  /** The API documentation of each key. */
  openApi: { [K in keyof S]: FilterParameterDoc };
};

/** Declares a filter, keeping its keys' types for `write` and `check`. */
export function listFilter<const Name extends string, S extends ParamShape>(
  filter: ListFilter<Name, S>,
): ListFilter<Name, S> {
  return filter;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- descriptors of different shapes in one list
type AnyFilter = ListFilter<string, any>;
type UnionToIntersection<U> = (U extends unknown ? (value: U) => void : never) extends (value: infer I) => void
  ? I
  : never;
type Simplify<T> = { [K in keyof T]: T[K] } & {};
type FilterShape<F extends readonly AnyFilter[]> = UnionToIntersection<F[number]["params"]>;
/** The parsed filters of a list built from these descriptors. */
export type ListFiltersOf<F extends readonly AnyFilter[]> =
  FilterShape<F> extends infer S extends z.core.$ZodLooseShape
    ? z.output<z.ZodObject<{ [K in keyof S]: S[K] }>>
    : never;
/** The parsed state of a list: its filters, sort and page. */
export type ListQueryOf<F extends readonly AnyFilter[], Field extends string> = Simplify<
  ListFiltersOf<F> & { sort: SortOf<Field>; page: number; pageSize: number }
>;

export type SortOf<Field extends string> = { field: Field; direction: "asc" | "desc" };

export type ListQueryOptions<Field extends string> = {
  sortFields: readonly Field[];
  defaultSort: SortOf<Field>;
  paging: PageSizeRules;
};

export function sortToParam<Field extends string>(sort: SortOf<Field>): string {
  return `${sort.direction === "desc" ? "-" : ""}${sort.field}`;
}

function sortParam<Field extends string>(fields: readonly Field[]) {
  return z.string().transform((value, ctx): SortOf<Field> => {
    const direction = value.startsWith("-") ? "desc" : "asc";
    const field = value.replace(/^[-+]/, "") as Field;
    if (!fields.includes(field)) {
      ctx.addIssue({
        code: "custom",
        message: `sort must be one of ${fields.join(", ")}, with "-" for descending (such as -createdAt)`,
      });
      return z.NEVER;
    }
    return { field, direction };
  });
}

const queryParameter = (name: string, { description, schema, example }: FilterParameterDoc): OpenApiQueryParameter => ({
  name,
  in: "query",
  required: false,
  description,
  schema: schema ?? { type: "string" },
  ...(example === undefined ? {} : { example }),
});

type LooseValues = Record<string, unknown>;

/** Everything a list's URL query is, from its filters (in URL order), sort fields and page sizes. */
export function defineListQuery<const F extends readonly AnyFilter[], Field extends string>(
  filters: F,
  options: ListQueryOptions<Field>,
) {
  type Query = ListQueryOf<F, Field>;
  type Filters = ListFiltersOf<F>;
  const defaultSort = sortToParam(options.defaultSort);
  const sort = optionalParam(sortParam(options.sortFields)).transform((value) => value ?? options.defaultSort);
  const schema = z
    .object({
      ...Object.assign({}, ...filters.map((filter) => filter.params)),
      sort,
      ...pageParamsShape(options.paging, "refuse"),
    })
    .superRefine((query, ctx) => {
      for (const filter of filters) {
        const issue = filter.check?.(query);
        if (issue) ctx.addIssue({ code: "custom", path: [issue.key], message: issue.message });
      }
    }) as unknown as z.ZodType<Query, Record<string, string | undefined>>;
  // Each filter's values when not set (a scope's default included), for "clear all".
  const unset: LooseValues = Object.assign({}, ...filters.map((filter) => z.object(filter.params).parse({})));
  const keys = [...filters.flatMap((filter) => Object.keys(filter.params)), "sort", "page", "pageSize"];

  const writtenBy = (filter: AnyFilter, query: Partial<Filters>) =>
    Object.entries(filter.write(query)).filter((entry): entry is [string, string] => entry[1] !== undefined);

  /** The filters a view uses: those that write something into its URL. */
  function activeFilters(query: Partial<Filters>): F[number][] {
    return filters.filter((filter) => writtenBy(filter, query).length > 0);
  }

  return {
    filters,
    /** The parameters the list understands; anything else in a URL (columns, a view id) is not the list's. */
    keys,
    schema,
    paramsOf: (searchParams: SearchParamsInput) => pickParams(searchParams, keys),
    /** The canonical URL query of a list state: defaults left out, so equal views have equal links. */
    toParams(query: Query): URLSearchParams {
      const params = new URLSearchParams();
      for (const filter of filters)
        for (const [key, value] of writtenBy(filter, query as Partial<Filters>)) params.set(key, value);
      const sortValue = sortToParam(query.sort);
      if (sortValue !== defaultSort) params.set("sort", sortValue);
      if (query.page !== 1) params.set("page", String(query.page));
      if (query.pageSize !== options.paging.defaultPageSize) params.set("pageSize", String(query.pageSize));
      return params;
    },
    activeFilters,
    /** The number on the Filters button: filters in use, the search box and the scope aside. */
    filterCount: (query: Partial<Filters>) => activeFilters(query).filter((filter) => filter.kind === "filter").length,
    /** Whether the search or any filter narrows the view. */
    isNarrowed: (query: Partial<Filters>) => activeFilters(query).some((filter) => filter.kind !== "scope"),
    /** The same view with the search and every filter removed; scope, sort and page size stay. */
    withoutFilters(query: Query): Query {
      const cleared: LooseValues = { ...query, page: 1 };
      for (const filter of filters) {
        if (filter.kind === "scope") continue;
        for (const key of Object.keys(filter.params)) cleared[key] = unset[key];
      }
      return cleared as Query;
    },
    /** The API's query parameters: the filters and sort, then paging (which the export ignores). */
    openApiParameters: {
      filters: [
        ...filters.flatMap((filter) =>
          Object.entries(filter.openApi as Record<string, FilterParameterDoc>).map(([name, doc]) =>
            queryParameter(name, doc),
          ),
        ),
        queryParameter("sort", {
          description: `One of ${options.sortFields.join(", ")}; prefix "-" for descending. Default ${defaultSort}.`,
          schema: {
            type: "string",
            enum: options.sortFields.flatMap((field) => [field, `-${field}`]),
          },
          example: sortToParam({ field: options.sortFields[0]!, direction: "asc" }),
        }),
      ],
      paging: pageOpenApiParameters(options.paging),
    },
  };
}
