import "server-only";
import type { BookingCommand } from "@/server/bookings/booking-command";
import { and, eq, inArray, sql, type SQL } from "drizzle-orm";
import { selectTogether } from "@/db/sql";
import { users } from "@/db/schema";
import type { Executor } from "@/db/types";
import { requirePermission, type Actor } from "@/server/access/actor";
import { AppError } from "../errors";
import { parseInput } from "../validation";
import { lockLiveBooking, requireBookingPermission, touchBooking } from "./booking-rows";
import { recordBookingEvent } from "./record-booking-event";
import { assignSchema } from "@/contracts/bookings/record-schemas";

type TeamMember = { id: string; name: string; email: string };

/** Active staff members and admins, by name (who a booking can be assigned to): one json array for selectTogether. */
export function assignableTeamSql(): SQL {
  return sql`select coalesce(json_agg(json_build_object('id', id, 'name', name, 'email', email) order by name), '[]'::json)
    from users where role in ('staff', 'admin') and not banned`;
}

/** Active staff members and admins: who a booking can be assigned to. */
export async function findAssignableTeam({ db, actor }: { db: Executor; actor: Actor | null }): Promise<TeamMember[]> {
  requirePermission(actor, "bookings.read");
  const { team } = await selectTogether<{ team: TeamMember[] }>(db, { team: assignableTeamSql() });
  return team;
}

/** Assigns a booking to a team member (or to nobody), with a timeline entry naming both. */
export async function assignBooking({ db, actor, reference, input }: BookingCommand) {
  const allowed = requireBookingPermission(actor, "bookings.assign", reference);
  const { assigneeId } = parseInput(assignSchema, input, "The assignment needs attention");
  return db.transaction(async (tx) => {
    const { booking } = await lockLiveBooking(tx, reference);
    let assignee: { id: string; name: string } | null = null;
    if (assigneeId) {
      const [member] = await tx
        .select({ id: users.id, name: users.name })
        .from(users)
        .where(and(eq(users.id, assigneeId), inArray(users.role, ["staff", "admin"]), eq(users.banned, false)));
      if (!member)
        throw new AppError("VALIDATION", "Choose an active team member", {
          fields: { assigneeId: "Choose an active team member" },
        });
      assignee = member;
    }
    if (booking.assigneeId === (assignee?.id ?? null)) return { reference, version: booking.version, assignee };
    const [previous] = booking.assigneeId
      ? await tx.select({ id: users.id, name: users.name }).from(users).where(eq(users.id, booking.assigneeId))
      : [];
    const version = await touchBooking(tx, booking, { assigneeId: assignee?.id ?? null });
    await recordBookingEvent(tx, {
      bookingId: booking.id,
      type: "assigned",
      actorId: allowed.id,
      data: { from: previous ?? null, to: assignee, version },
    });
    return { reference, version, assignee };
  });
}
