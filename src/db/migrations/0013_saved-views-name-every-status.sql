-- The bookings table used to open on every status and now opens on the active ones
-- (src/contracts/bookings/table-view.ts): a saved view that named no status meant every status, so it
-- now says so with the page's `view=all` (written before `columns`, where the table writes it).
-- Deleted-booking views keep every status by default and are left as they are. Safe to run twice.
UPDATE "saved_views"
SET "query" = CASE
    WHEN "query" = '' THEN 'view=all'
    WHEN "query" ~ '(^|&)columns=' THEN regexp_replace("query", '(^|&)columns=', '\1view=all&columns=')
    ELSE "query" || '&view=all'
  END
WHERE "query" !~ '(^|&)(status|view)=' AND "query" !~ '(^|&)deleted=true(&|$)';
