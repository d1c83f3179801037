import "server-only";
import { sql } from "drizzle-orm";
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { contactMethod } from "./enums";

/** One person who books; matched across bookings by email, case-insensitively. */
export const customers = pgTable(
  "customers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    fullName: text("full_name").notNull(),
    // Stored exactly as typed; matching uses lower(email).
    email: text("email").notNull(),
    phone: text("phone").notNull(),
    whatsapp: text("whatsapp"),
    preferredContact: contactMethod("preferred_contact").notNull().default("email"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Why: intake upserts by email (ON CONFLICT target) and the portal finds a customer's bookings by it.
    uniqueIndex("customers_email_lower_key").on(sql`lower(${t.email})`),
    // Why: sorting the bookings table by customer name walks this index and joins each customer's bookings.
    index("customers_full_name_idx").on(t.fullName, t.id),
    // Why: a phone number typed into the bookings search is matched exactly on its digits (phoneDigits in
    // src/lib/search-text.ts strips the same characters); through the trigram index it read ~1,200 buffers.
    index("customers_phone_digits_idx").on(sql`regexp_replace(${t.phone}, '[^0-9]', '', 'g')`),
    index("customers_whatsapp_digits_idx").on(sql`regexp_replace(${t.whatsapp}, '[^0-9]', '', 'g')`),
  ],
);

export type Customer = typeof customers.$inferSelect;
export type NewCustomer = typeof customers.$inferInsert;
