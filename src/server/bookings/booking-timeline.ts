import "server-only";
import { desc, eq, inArray } from "drizzle-orm";
import { bookingEvents, emailOutbox, users } from "@/db/schema";
import type { Executor } from "@/db/types";
import { emailTemplates, type EmailTemplateName } from "@/emails/registry";
import { requirePermission, type Actor } from "@/server/access/actor";
import { readBookingEvent } from "@/contracts/bookings/booking-events";
import { describeStoredEvent, type TimelineEntry } from "@/contracts/bookings/timeline-words";

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
 * (with where each email stands). Team only; notes appear as "note added", never with their text.
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
      ...describeStoredEvent(event.type, event.data),
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
  // Each email twice once it has an outcome: when it was queued (with the change that caused it), and
  // when it was sent or failed.
  for (const email of emails) {
    const label = emailTemplates[email.template as EmailTemplateName]?.label ?? email.template;
    const entry = (suffix: string, at: Date, status: string, lines: string[] = []) => {
      const words = EMAIL_WORDS[status] ?? { title: status, tone: "default" as const };
      entries.push({
        id: `email-${email.id}-${suffix}`,
        at,
        actor: null,
        title: `Email “${label}” to ${email.to} ${words.title}`,
        lines,
        emailId: email.id,
        tone: words.tone,
      });
    };
    entry("queued", email.createdAt, "queued");
    if (email.status === "sent") entry("sent", email.sentAt ?? email.updatedAt, "sent");
    if (email.status === "failed" || email.status === "dead") {
      const tries = `after ${email.attempts} ${email.attempts === 1 ? "try" : "tries"}`;
      entry(email.status, email.updatedAt, email.status, [[tries, email.lastError].filter(Boolean).join(": ")]);
    }
  }
  return entries.sort((a, b) => b.at.getTime() - a.at.getTime());
}
