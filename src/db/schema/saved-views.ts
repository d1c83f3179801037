import "server-only";
import { sql } from "drizzle-orm";
import { boolean, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";

/** A named bookings-table view: its filters, sort and columns, kept as the table's URL query. */
export const savedViews = pgTable(
  "saved_views",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ownerId: uuid("owner_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    // Shared views are listed for the whole team; private ones only for their owner.
    shared: boolean("shared").notNull().default(false),
    // The table state as a URL query string ("status=pending&sort=-createdAt&columns=…").
    query: text("query").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Why: one name per person, whatever the case ("This week" and "this week" are the same view);
    // also serves listing a person's own views.
    uniqueIndex("saved_views_owner_name_key").on(t.ownerId, sql`lower(${t.name})`),
    // Why: listing the team's shared views.
    index("saved_views_shared_idx").on(t.shared),
  ],
);

export type SavedView = typeof savedViews.$inferSelect;
