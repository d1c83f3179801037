// The one shape of a page of any list (bookings, emails, the audit log, the team) and the one parser
// of its page parameters. Pure: the pages' pagers read it too.
import { z } from "zod";
import { optionalParam, pickParams, type SearchParamsInput } from "./url-params";

/**
 * One page of a list. `totalIsExact` is false when counting every match would cost more than the
 * page: `total` is then at least that many (an estimate or a cap), shown as "about …" or "…+".
 */
export type ListPage<T> = { items: T[]; total: number; totalIsExact: boolean; page: number; pageSize: number };

/** A count that stops being exact past a cap: `total` is then at least that many. */
export type ListCount = { total: number; exact: boolean };

export type PageParams = { page: number; pageSize: number };
export type PageSizeRules = { defaultPageSize: number; maxPageSize: number };

export const PAGE_PARAMS = ["page", "pageSize"] as const;
export const MAX_PAGE = 100_000;

/** How many pages a list has (at least one, so "page 1 of 1" reads right when it is empty). */
export function pageCount({ total, pageSize }: Pick<ListPage<unknown>, "total" | "pageSize">): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** The rows before this page. */
export function pageOffset({ page, pageSize }: PageParams): number {
  return (page - 1) * pageSize;
}

const wholeNumber = (label: string, min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,7}$/, { error: `${label} must be a whole number` })
    .transform(Number)
    .pipe(
      z
        .number()
        .min(min, { error: `${label} must be at least ${min}` })
        .max(max, { error: `${label} must be at most ${max}` }),
    );

/**
 * `page` and `pageSize` as URL parameters. "refuse": a bad value is an error naming it (the bookings
 * API answers 400). "useDefault": a bad value falls back to its default, for pages where paging is
 * only a link and a typo should still show the list.
 */
export function pageParamsShape({ defaultPageSize, maxPageSize }: PageSizeRules, onInvalid: "refuse" | "useDefault") {
  const page = optionalParam(wholeNumber("page", 1, MAX_PAGE)).transform((value) => value ?? 1);
  const pageSize = optionalParam(wholeNumber("pageSize", 1, maxPageSize)).transform(
    (value) => value ?? defaultPageSize,
  );
  return onInvalid === "refuse"
    ? { page, pageSize }
    : { page: page.catch(1), pageSize: pageSize.catch(defaultPageSize) };
}

/** The page parameters of a URL query; bad values fall back to the first page and the default size. */
export function parsePageParams(searchParams: SearchParamsInput, rules: PageSizeRules): PageParams {
  return z.object(pageParamsShape(rules, "useDefault")).parse(pickParams(searchParams, PAGE_PARAMS));
}

/** A query parameter as the OpenAPI document declares it, with a value a request could send. */
export type OpenApiQueryParameter = {
  name: string;
  in: "query";
  required: false;
  description: string;
  schema: Record<string, unknown>;
  /** Typed as the schema says (a number for an integer); a URL carries it as text. */
  example?: string | number;
};

/** The OpenAPI query parameters of paging, from the same rules. */
export function pageOpenApiParameters({ defaultPageSize, maxPageSize }: PageSizeRules): OpenApiQueryParameter[] {
  return [
    {
      name: "page",
      in: "query",
      required: false,
      description: "Page number, from 1",
      schema: { type: "integer", format: "int32", minimum: 1, maximum: MAX_PAGE },
      example: 2,
    },
    {
      name: "pageSize",
      in: "query",
      required: false,
      description: `Rows per page, 1–${maxPageSize} (default ${defaultPageSize})`,
      schema: { type: "integer", format: "int32", minimum: 1, maximum: maxPageSize },
      example: defaultPageSize,
    },
  ];
}

/** The URL query of a page of a list: its other parameters, and page/pageSize when not the defaults. */
export function pageHref(
  path: string,
  params: Record<string, string | undefined>,
  { page, pageSize }: PageParams,
  rules: PageSizeRules,
): string {
  const query = new URLSearchParams(
    Object.entries(params).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
  if (page > 1) query.set("page", String(page));
  if (pageSize !== rules.defaultPageSize) query.set("pageSize", String(pageSize));
  return query.size ? `${path}?${query}` : path;
}
