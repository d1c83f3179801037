import "server-only";
import { sql } from "drizzle-orm";
import { queryRows } from "@/db/sql";
import type { Executor } from "@/db/types";
import { isUuid } from "@/lib/uuid";
import { getStorage } from "@/server/storage/get-storage";
import { AppError } from "../errors";

/**
 * The person removed a file from the form before sending it: the upload goes at once, row and object,
 * and no longer counts towards the draft's limit. Like complete, the upload's unguessable id is what
 * allows it; an upload a booking already took is not the form's to discard (NOT_FOUND).
 */
export async function discardUpload({ db, id }: { db: Executor; id: string }): Promise<void> {
  if (!isUuid(id)) throw new AppError("NOT_FOUND", "No such upload");
  // The deletion task is written with the row's removal, so a failure below still leaves the worker a task.
  const [gone] = await queryRows<{ storage_key: string; task: number }>(
    db,
    sql`
      with gone as (
        delete from booking_documents
        where id = ${id} and booking_id is null and uploaded_via in ('web_form', 'api')
        returning storage_key
      ), queued as (
        insert into storage_deletions (storage_key) select storage_key from gone returning id, storage_key
      )
      select storage_key, id as task from queued`,
  );
  if (!gone) throw new AppError("NOT_FOUND", "No such upload");
  await getStorage().delete(gone.storage_key);
  await queryRows(db, sql`delete from storage_deletions where id = ${gone.task}`);
}
