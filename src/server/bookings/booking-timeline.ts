import "server-only";
import { desc, eq, inArray } from "drizzle-orm";
import { bookingEvents, emailOutbox, users } from "@/db/schema";
import type { Executor } from "@/db/types";
import { emailTemplates, type EmailTemplateName } from "@/emails/registry";
import { countryName } from "@/lib/countries";
import { requirePermission, type Actor } from "../auth/actor";
import type { FieldChange } from "./update-booking";
import { BOOKING_STATUS_LABELS, type BookingStatus } from "./schemas";

/** One line of a booking's history, in plain words; the page renders `lines` as text. */
export type TimelineEntry = {
  id: string;
  at: Date;
  actor: string | null;
  title: string;
  lines: string[];
  // For emails: the message's id, so the entry links to its preview.
  emailId?: string;
  tone: "default" | "success" | "warning" | "danger";
};

const SOURCE_WORDS: Record<string, string> = {
  web_form: "the website's booking form",
  api: "the booking API",
  admin: "the back office",
  import: "an import",
};

const statusLabel = (status: unknown) => BOOKING_STATUS_LABELS[status as BookingStatus] ?? String(status);

type Flight = { airline?: string; flightNumber?: string; departureAirport?: string; departureTime?: string; arrivalAirport?: string; arrivalTime?: string; airWaybill?: string };

function flightLine(flight: Flight | null | undefined): string[] {
  if (!flight) return [];
  return [
    `${flight.airline} ${flight.flightNumber}: ${flight.departureAirport} ${flight.departureTime} → ${flight.arrivalAirport} ${flight.arrivalTime}${flight.airWaybill ? `, air waybill ${flight.airWaybill}` : ""}`,
  ];
}

function changeLine(change: FieldChange): string {
  const show = (value: string | null) => (value === null ? "(empty)" : change.field.endsWith("Country") ? `${countryName(value)} (${value})` : `“${value}”`);
  if (change.label === "Pet added") return `Pet added: ${change.to}`;
  if (change.to === null && change.field.startsWith("pets.") && change.field.split(".").length === 2) return `Pet removed: ${change.from}`;
  return `${change.label} changed from ${show(change.from)} to ${show(change.to)}`;
}

function describeEvent(type: string, data: Record<string, unknown>): Pick<TimelineEntry, "title" | "lines" | "tone"> {
  switch (type) {
    case "created":
      return { title: `Booking created from ${SOURCE_WORDS[String(data.source)] ?? "an unknown source"}`, lines: [], tone: "default" };
    case "status_changed":
      return {
        title: `Status changed from ${statusLabel(data.from)} to ${statusLabel(data.to)}`,
        lines: [...flightLine(data.flight as Flight | undefined), ...(data.notified ? ["The customer was emailed"] : [])],
        tone: data.to === "cancelled" ? "danger" : data.to === "completed" ? "success" : "default",
      };
    case "flight_changed":
      return { title: "Flight details corrected", lines: [...flightLine(data.to as Flight), ...(data.notified ? ["The customer was emailed the new details"] : [])], tone: "warning" };
    case "details_changed":
      return { title: "Details changed", lines: ((data.changes as FieldChange[] | undefined) ?? []).map(changeLine), tone: "default" };
    case "note_added":
      return { title: "Internal note added", lines: [], tone: "default" };
    case "note_edited":
      return { title: "Internal note edited", lines: [], tone: "default" };
    case "note_deleted":
      return { title: "Internal note deleted", lines: [], tone: "default" };
    case "assigned": {
      const to = data.to as { name: string } | null;
      const from = data.from as { name: string } | null;
      return { title: to ? `Assigned to ${to.name}` : "Unassigned", lines: from ? [`Previously ${from.name}`] : [], tone: "default" };
    }
    case "deleted":
      return { title: "Booking deleted", lines: [], tone: "danger" };
    case "restored":
      return { title: "Booking restored", lines: [], tone: "success" };
    default:
      return { title: type.replaceAll("_", " "), lines: [], tone: "default" };
  }
}

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
export async function getBookingTimeline({ db, actor, bookingId }: { db: Executor; actor: Actor | null; bookingId: string }): Promise<TimelineEntry[]> {
  requirePermission(actor, "bookings.read");
  const [events, emails] = await Promise.all([
    db.select().from(bookingEvents).where(eq(bookingEvents.bookingId, bookingId)).orderBy(desc(bookingEvents.createdAt), desc(bookingEvents.id)),
    db
      .select({ id: emailOutbox.id, template: emailOutbox.template, to: emailOutbox.toAddress, status: emailOutbox.status, createdAt: emailOutbox.createdAt, sentAt: emailOutbox.sentAt, lastError: emailOutbox.lastError })
      .from(emailOutbox)
      .where(eq(emailOutbox.bookingId, bookingId)),
  ]);
  const actorIds = [...new Set(events.map((event) => event.actorId).filter((id): id is string => Boolean(id)))];
  const names = new Map(
    actorIds.length ? (await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, actorIds))).map((u) => [u.id, u.name]) : [],
  );
  const entries: TimelineEntry[] = events.map((event) => ({
    id: `event-${event.id}`,
    at: event.createdAt,
    actor: event.actorId ? (names.get(event.actorId) ?? "a former team member") : null,
    ...describeEvent(event.type, event.data),
  }));
  for (const email of emails) {
    const words = EMAIL_WORDS[email.status] ?? { title: email.status, tone: "default" as const };
    const label = emailTemplates[email.template as EmailTemplateName]?.label ?? email.template;
    entries.push({
      id: `email-${email.id}`,
      at: email.sentAt ?? email.createdAt,
      actor: null,
      title: `Email “${label}” to ${email.to} ${words.title}`,
      lines: email.status === "dead" || email.status === "failed" ? [email.lastError ?? ""].filter(Boolean) : [],
      emailId: email.id,
      tone: words.tone,
    });
  }
  return entries.sort((a, b) => b.at.getTime() - a.at.getTime());
}
