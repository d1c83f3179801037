"use client";

import { useRouter } from "next/navigation";
import { useOptimistic, useTransition } from "react";
import type { BookingListQuery } from "@/contracts/bookings/list-query";
import type { BookingTableColumn } from "@/contracts/preferences/table-columns";
import { tableHref } from "./table-url";

type View = { query: BookingListQuery; urlColumns: BookingTableColumn[] | undefined };
type NavigateOptions = { replace?: boolean; keepPage?: boolean };

/**
 * The table's one way to change its view: write the URL (so links, reload, back and forward hold
 * it) and let the server render the rows. The new state shows at once (optimistic) while `pending`
 * puts skeleton rows in; typing replaces the history entry, everything else pushes one.
 */
export function useTableNavigation(view: View) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [current, setCurrent] = useOptimistic(view);

  function go(next: View, { replace = false }: NavigateOptions = {}) {
    const href = tableHref(next.query, next.urlColumns);
    startTransition(() => {
      setCurrent(next);
      if (replace) router.replace(href, { scroll: false });
      else router.push(href, { scroll: false });
    });
  }

  /** Changes part of the list query; any change but paging starts again from page 1. */
  function update(patch: Partial<BookingListQuery>, options: NavigateOptions = {}) {
    const query = { ...current.query, ...(options.keepPage ? {} : { page: 1 }), ...patch };
    go({ ...current, query }, options);
  }

  /** Opens a link of the table (a saved view, a summary card) the same way, with skeleton rows. */
  function open(href: string) {
    startTransition(() => router.push(href, { scroll: false }));
  }

  return { query: current.query, urlColumns: current.urlColumns, pending, update, go, open };
}
