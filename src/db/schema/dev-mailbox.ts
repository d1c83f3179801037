import "server-only";
import { index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/** Where the "dev" email provider delivers: every message, fully rendered, viewable in the app. */
export const devMailbox = pgTable(
  "dev_mailbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    fromAddress: text("from_address").notNull(),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    html: text("html").notNull(),
    text: text("text").notNull(),
    headers: jsonb("headers").$type<Record<string, string>>().notNull(),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Why: the mailbox lists newest first and filters by recipient.
    index("dev_mailbox_received_idx").on(t.receivedAt.desc().nullsFirst()),
    index("dev_mailbox_to_idx").on(t.toAddress),
  ],
);
