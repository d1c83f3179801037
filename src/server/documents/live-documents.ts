import "server-only";
import { sql } from "drizzle-orm";
import { queryRows } from "@/db/sql";
import type { Executor } from "@/db/types";
import { UPLOAD_LINK_SECONDS } from "./document-limits";

/**
 * A booking's current documents, counted under the caller's booking lock: ready ones that no newer one
 * replaced, plus uploads still within their link's time (so parallel uploads cannot overshoot the limit).
 * Also the ids a new document may name: the booking's pets and its ready documents.
 */
export async function liveDocumentsOf(
  tx: Executor,
  bookingId: string,
  options: { excluding?: string } = {},
): Promise<{ count: number; readyIds: string[]; petIds: string[] }> {
  const [row] = await queryRows<{ count: number; ready_ids: string[] | null; pet_ids: string[] | null }>(
    tx,
    sql`
      select
        (select count(*)::int from booking_documents d
          where d.booking_id = ${bookingId} and d.deleted_at is null
            and d.id is distinct from ${options.excluding ?? null}::uuid
            and (d.status = 'ready' or (d.status = 'pending' and d.created_at > now() - make_interval(secs => ${UPLOAD_LINK_SECONDS})))
            and not exists (select 1 from booking_documents newer
              where newer.supersedes_id = d.id and newer.status = 'ready' and newer.deleted_at is null)) as count,
        (select array_agg(d.id::text) from booking_documents d
          where d.booking_id = ${bookingId} and d.deleted_at is null and d.status = 'ready') as ready_ids,
        (select array_agg(p.id::text) from pets p where p.booking_id = ${bookingId}) as pet_ids`,
  );
  return { count: row?.count ?? 0, readyIds: row?.ready_ids ?? [], petIds: row?.pet_ids ?? [] };
}
