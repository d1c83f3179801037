import { cookies } from "next/headers";
import Link from "next/link";
import { RemovedNotice } from "@/components/admin/booking-record/removed-notice";
import { BookingsTable } from "@/components/admin/bookings-table/bookings-table";
import { SummaryCards } from "@/components/admin/bookings-table/summary-cards";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { requirePagePermission, type PageContext } from "@/web/page-guard";
import { can } from "@/server/access/actor";
import { findBookingsTable } from "@/server/bookings/find-bookings-table";
import { parseBookingTableQuery } from "@/server/bookings/parse-table-query";
import { isAppError } from "@/server/errors";
import { toBookingTableRow } from "@/contracts/bookings/list-item";
import { columnsFromParams } from "@/contracts/preferences/table-columns";
import { FILTER_PANEL_COOKIE, filterPanelOpenFrom } from "@/contracts/preferences/filter-panel";

export const metadata = { title: "Bookings" };

type SearchParams = Record<string, string | string[] | undefined>;

function urlParamsOf(params: SearchParams): URLSearchParams {
  const url = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) url.set(key, first);
  }
  return url;
}

function Problem({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Alert variant="destructive">
      <AlertTitle>{title}</AlertTitle>
      <AlertDescription>{children}</AlertDescription>
    </Alert>
  );
}

async function loadTable({ db, actor }: PageContext, url: URLSearchParams) {
  const query = parseBookingTableQuery(url);
  const {
    page,
    statusCounts,
    summary,
    columns: preferredColumns,
    savedViews,
    team,
  } = await findBookingsTable({ db, actor, query });
  const urlColumns = columnsFromParams(url);
  return {
    query,
    // Only what the rows show goes to the table's client half (list-item.ts says why).
    page: { ...page, items: page.items.map(toBookingTableRow) },
    statusCounts,
    summary,
    savedViews,
    // The assignee filter offers each team member by name, besides "me" (which follows whoever looks).
    colleagues: team,
    columns: urlColumns ?? preferredColumns,
    columnsInUrl: urlColumns !== undefined,
  };
}

type Loaded = { ok: true; table: Awaited<ReturnType<typeof loadTable>> } | { ok: false; error: unknown };

async function tryLoadTable(ctx: PageContext, url: URLSearchParams): Promise<Loaded> {
  try {
    return { ok: true, table: await loadTable(ctx, url) };
  } catch (error) {
    return { ok: false, error };
  }
}

const linkClass = "font-medium underline underline-offset-4";

/** Why the table is not shown: a bad link, a view the role may not see, or our failure. */
function LoadProblem({ error, retryHref }: { error: unknown; retryHref: string }) {
  if (isAppError(error) && error.code === "VALIDATION") {
    return (
      <Problem title="This link asks for a view the table cannot show">
        <ul className="my-1 list-disc pl-5">
          {Object.values(error.fields ?? { url: error.message }).map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
        <Link href="/admin?view=all" className={linkClass}>
          Show all bookings
        </Link>
      </Problem>
    );
  }
  if (isAppError(error)) {
    return (
      <Problem title="This view is not available to you">
        {error.message}.{" "}
        <Link href="/admin?view=all" className={linkClass}>
          Show all bookings
        </Link>
      </Problem>
    );
  }
  console.error("Bookings table failed to load", error);
  return (
    <Problem title="The bookings could not be loaded">
      Something went wrong on our side.{" "}
      <Link href={retryHref} className={linkClass}>
        Try again
      </Link>
    </Problem>
  );
}

/**
 * The bookings table: everything it shows comes from the URL, so a link opens the same view; without a
 * status it opens on the active bookings (contracts/bookings/table-view.ts). It has no loading.tsx on
 * purpose: the page is sent whole, every control with its value, so it reads before (or without) any
 * script; a streamed page would show its skeleton until a script swapped the rows in.
 */
export default async function AdminHomePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const url = urlParamsOf(await searchParams);
  const here = url.size ? `/admin?${url}` : "/admin";
  const ctx = await requirePagePermission("bookings.read", here);
  const { actor } = ctx;
  const loaded = await tryLoadTable(ctx, url);
  const filtersOpen = filterPanelOpenFrom((await cookies()).get(FILTER_PANEL_COOKIE)?.value);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold tracking-tight">
          {url.get("deleted") === "true" ? "Deleted bookings" : "Bookings"}
        </h1>
        {/* Deleted bookings are for admins, who may restore them (the list refuses deleted=true to others). */}
        {can(actor, "bookings.delete") &&
          (url.get("deleted") === "true" ? (
            <Link href="/admin" className="text-sm text-primary underline-offset-4 hover:underline">
              Back to live bookings
            </Link>
          ) : (
            <Link href="/admin?deleted=true" className="text-sm text-primary underline-offset-4 hover:underline">
              Deleted bookings
            </Link>
          ))}
      </div>
      <RemovedNotice removed={url.get("removed")} purged={url.get("purged")} />
      {loaded.ok ? (
        <>
          <SummaryCards summary={loaded.table.summary} />
          <BookingsTable
            query={loaded.table.query}
            page={loaded.table.page}
            statusCounts={loaded.table.statusCounts}
            columns={loaded.table.columns}
            columnsInUrl={loaded.table.columnsInUrl}
            savedViews={loaded.table.savedViews}
            colleagues={loaded.table.colleagues}
            filtersOpen={filtersOpen}
          />
        </>
      ) : (
        <LoadProblem error={loaded.error} retryHref={here} />
      )}
    </div>
  );
}
