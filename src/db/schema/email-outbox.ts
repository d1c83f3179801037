import "server-only";
import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { EMAIL_STATUSES } from "@/lib/enum-values";
import { bookings } from "./bookings";

export const emailStatus = pgEnum("email_status", EMAIL_STATUSES);

/**
 * The transactional outbox: an email is a row written in the same transaction as the change that
 * causes it. The worker sends it later, retries it, and records what happened.
 */
export const emailOutbox = pgTable(
  "email_outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    // Stable per logical message ("booking-received/<booking id>"): sent to the provider so that a
    // retry after a crash is not delivered twice where the provider honours it.
    idempotencyKey: text("idempotency_key").notNull().unique(),
    template: text("template").notNull(),
    toAddress: text("to_address").notNull(),
    bookingId: uuid("booking_id").references(() => bookings.id, { onDelete: "set null" }),
    // The template's data as it was when the email was queued.
    data: jsonb("data").$type<Record<string, unknown>>().notNull(),
    status: emailStatus("status").notNull().default("queued"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    // While "sending": when another worker may take the row over (the sender died).
    leaseExpiresAt: timestamp("lease_expires_at", { withTimezone: true }),
    lastError: text("last_error"),
    provider: text("provider"),
    providerMessageId: text("provider_message_id"),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Why: the worker's claim query, due messages only (the table keeps every sent one).
    index("email_outbox_due_idx")
      .on(t.nextAttemptAt)
      .where(sql`${t.status} in ('queued', 'failed')`),
    // Why: taking over messages whose sender died mid-send.
    index("email_outbox_sending_idx")
      .on(t.leaseExpiresAt)
      .where(sql`${t.status} = 'sending'`),
    // Why: a booking's emails on its timeline.
    index("email_outbox_booking_idx").on(t.bookingId, t.createdAt),
    // Why: provider webhooks report bounces by the provider's message id.
    index("email_outbox_provider_message_idx").on(t.provider, t.providerMessageId),
    // Why: the admin Emails page, newest first.
    index("email_outbox_created_idx").on(t.createdAt.desc().nullsFirst()),
  ],
);

export type OutboxEmail = typeof emailOutbox.$inferSelect;
