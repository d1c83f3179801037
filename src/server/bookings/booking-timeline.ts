import "server-only";
import { desc, eq, inArray } from "drizzle-orm";
import { bookingEvents, emailOutbox, users } from "@/db/schema";
import type { Executor } from "@/db/types";
import { emailTemplates, type EmailTemplateName } from "@/emails/registry";
import { requirePermission, type Actor } from "@/server/access/actor";
import { readBookingEvent } from "@/contracts/bookings/booking-events";
import { describeStoredEvent, type TimelineEntry } from "@/contracts/bookings/timeline-words";
import { brand } from "@/config/brand";
import { formatInstant } from "@/lib/format-date-time";
import { countOf } from "@/lib/plural";
import { airportTimeZone } from "@/server/airports/airport-time-zones";

export type { TimelineEntry } from "@/contracts/bookings/timeline-words";

const EMAIL_WORDS: Record<string, { title: string; tone: TimelineEntry["tone"] }> = {
  queued: { title: "queued", tone: "default" },
  sending: { title: "being sent", tone: "default" },
  sent: { title: "sent", tone: "success" },
  failed: { title: "failed, will retry", tone: "warning" },
  dead: { title: "could not be sent", tone: "danger" },
};

/**
 * Everything that happened to a booking, newest first: its events and every email about it
 * (one entry each, with where it stands). Team only; notes appear as "note added", never with their text.
 */
export async function getBookingTimeline({
  db,
  actor,
  bookingId,
}: {
  db: Executor;
  actor: Actor | null;
  bookingId: string;
}): Promise<TimelineEntry[]> {
  requirePermission(actor, "bookings.read");
  const [events, emails] = await Promise.all([
    db
      .select()
      .from(bookingEvents)
      .where(eq(bookingEvents.bookingId, bookingId))
      .orderBy(desc(bookingEvents.createdAt), desc(bookingEvents.id)),
    db
      .select({
        id: emailOutbox.id,
        template: emailOutbox.template,
        to: emailOutbox.toAddress,
        status: emailOutbox.status,
        attempts: emailOutbox.attempts,
        createdAt: emailOutbox.createdAt,
        updatedAt: emailOutbox.updatedAt,
        sentAt: emailOutbox.sentAt,
        lastError: emailOutbox.lastError,
      })
      .from(emailOutbox)
      .where(eq(emailOutbox.bookingId, bookingId)),
  ]);
  const actorIds = [...new Set(events.map((event) => event.actorId).filter((id): id is string => Boolean(id)))];
  const names = new Map(
    actorIds.length
      ? (await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, actorIds))).map(
          (u) => [u.id, u.name],
        )
      : [],
  );
  const withdrawnUpdates = new Set(
    events.flatMap((event) => {
      const read = readBookingEvent(event.type, event.data);
      return read?.type === "customer_update_withdrawn" ? [read.data.updateId] : [];
    }),
  );
  const entries: TimelineEntry[] = events.map((event) => {
    const read = readBookingEvent(event.type, event.data);
    return {
      id: `event-${event.id}`,
      at: event.createdAt,
      actor: event.actorId ? (names.get(event.actorId) ?? "a former team member") : null,
      // Parsed, not trusted: a row no writer of the union produced is shown plainly.
      ...describeStoredEvent(event.type, event.data, { zoneOf: airportTimeZone }),
      ...(read?.type === "customer_update"
        ? {
            customerUpdate: {
              id: read.data.updateId,
              withdrawn: withdrawnUpdates.has(read.data.updateId),
              hasPhoto: read.data.photoDocumentId !== undefined,
            },
          }
        : {}),
    };
  });
  // One entry per email, where the change that caused it was made, saying where it stands now (and when it
  // was sent, or why it is not).
  for (const email of emails) {
    const label = emailTemplates[email.template as EmailTemplateName]?.label ?? email.template;
    const words = EMAIL_WORDS[email.status] ?? { title: email.status, tone: "default" as const };
    const lines =
      email.status === "sent"
        ? [`Sent ${formatInstant(email.sentAt ?? email.updatedAt, brand.timeZone)}`]
        : email.status === "failed" || email.status === "dead"
          ? [
              [`after ${countOf(email.attempts, { one: "try", other: "tries" })}`, email.lastError]
                .filter(Boolean)
                .join(": "),
            ]
          : [];
    entries.push({
      id: `email-${email.id}`,
      at: email.createdAt,
      actor: null,
      title: `Email “${label}” to ${email.to} ${words.title}`,
      lines,
      emailId: email.id,
      tone: words.tone,
    });
  }
  return entries.sort((a, b) => b.at.getTime() - a.at.getTime());
}
