-- Keeps booking_status_counts (0014) exact: every statement that inserts, updates, deletes or truncates
-- bookings adds its change per status, in its own transaction, so the counts are what count(*) over the
-- live bookings would say in any snapshot. Statement triggers with transition tables: a batch of
-- thousands of rows (seed, import, bulk action) costs one grouped upsert, not one per row. A writer adds
-- to the slot of its connection (16 slots), so concurrent bookings do not wait on one row; rows are
-- locked in status order within a statement. The previous release writes through the same triggers,
-- so its bookings are counted too (nothing in it reads the table).
-- Writers wait while the counts are filled: they and the triggers then start from the same rows.
LOCK TABLE "bookings" IN SHARE ROW EXCLUSIVE MODE;
--> statement-breakpoint
INSERT INTO "booking_status_counts" ("status", "slot", "bookings")
SELECT "status", 0, count(*) FROM "bookings" WHERE "deleted_at" IS NULL GROUP BY "status";
--> statement-breakpoint
CREATE FUNCTION "booking_status_counts_after_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO booking_status_counts AS c (status, slot, bookings)
  SELECT status, pg_backend_pid() % 16, count(*) FROM new_rows WHERE deleted_at IS NULL
  GROUP BY status ORDER BY status
  ON CONFLICT (status, slot) DO UPDATE SET bookings = c.bookings + excluded.bookings;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "booking_status_counts_after_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO booking_status_counts AS c (status, slot, bookings)
  SELECT status, pg_backend_pid() % 16, sum(change)
  FROM (SELECT status, -1 AS change FROM old_rows WHERE deleted_at IS NULL
        UNION ALL
        SELECT status, 1 FROM new_rows WHERE deleted_at IS NULL) changes
  GROUP BY status HAVING sum(change) <> 0 ORDER BY status
  ON CONFLICT (status, slot) DO UPDATE SET bookings = c.bookings + excluded.bookings;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "booking_status_counts_after_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO booking_status_counts AS c (status, slot, bookings)
  SELECT status, pg_backend_pid() % 16, -count(*) FROM old_rows WHERE deleted_at IS NULL
  GROUP BY status ORDER BY status
  ON CONFLICT (status, slot) DO UPDATE SET bookings = c.bookings + excluded.bookings;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "booking_status_counts_after_truncate"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM booking_status_counts;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "booking_status_counts_insert" AFTER INSERT ON "bookings"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "booking_status_counts_after_insert"();
--> statement-breakpoint
CREATE TRIGGER "booking_status_counts_update" AFTER UPDATE ON "bookings"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "booking_status_counts_after_update"();
--> statement-breakpoint
CREATE TRIGGER "booking_status_counts_delete" AFTER DELETE ON "bookings"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "booking_status_counts_after_delete"();
--> statement-breakpoint
CREATE TRIGGER "booking_status_counts_truncate" AFTER TRUNCATE ON "bookings"
  FOR EACH STATEMENT EXECUTE FUNCTION "booking_status_counts_after_truncate"();
