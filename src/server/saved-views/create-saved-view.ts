import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { savedViews } from "@/db/schema";
import type { Database } from "@/db/types";
import { requirePermission, type Actor } from "@/server/access/actor";
import { AppError } from "../errors";
import { parseInput } from "../validation";
import { canonicalViewQuery } from "./saved-view-query";
import { createSavedViewInputSchema, type SavedViewSummary } from "@/contracts/saved-views/schemas";

/** Saves the table's current view under a name, for this person or shared with the team. */
export async function createSavedView({
  db,
  actor,
  input,
}: {
  db: Database;
  actor: Actor | null;
  input: unknown;
}): Promise<SavedViewSummary> {
  const owner = requirePermission(actor, "bookings.read");
  const { name, shared, query } = parseInput(createSavedViewInputSchema, input, "The view could not be saved");
  const canonical = canonicalViewQuery(query);
  return db.transaction(async (tx) => {
    // saved_views has no unique index on (owner, name): one lock per owner makes check-then-insert safe.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`saved_views:${owner.id}`}))`);
    const [taken] = await tx
      .select({ id: savedViews.id })
      .from(savedViews)
      .where(and(eq(savedViews.ownerId, owner.id), sql`lower(${savedViews.name}) = lower(${name})`));
    if (taken)
      throw new AppError("VALIDATION", "The view could not be saved", {
        fields: { name: "You already have a view with this name" },
      });
    const [row] = await tx
      .insert(savedViews)
      .values({ ownerId: owner.id, name, shared, query: canonical })
      .returning({ id: savedViews.id });
    return { id: row!.id, name, shared, query: canonical, ownerName: owner.name, mine: true, canDelete: true };
  });
}
