import type { Executor } from "@/db/types";
import type { Actor } from "@/server/access/actor";

/** What a use case that changes one booking is given: the database, who asks, which booking, and the input as it came. */
export type BookingCommand = { db: Executor; actor: Actor | null; reference: string; input: unknown };
