import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { getDb } from "@/db/client";
import type { Database } from "@/db/types";
import type { Actor } from "@/server/access/actor";
import { getActor } from "@/server/auth/get-actor";
import { clientIp } from "./http/client-ip";

/** What every page, action and route hands its use case: the database, who is asking, from where. */
export type RequestContext = {
  db: Database;
  actor: Actor | null;
  ip: string;
  // Names this request in the server's log, so a person's "it failed" can be matched to the error.
  requestId: string;
};

export async function resolveRequestContext(
  requestHeaders: Headers,
  options: { session?: boolean } = {},
): Promise<RequestContext> {
  const [db, actor] = await Promise.all([getDb(), options.session === false ? null : getActor(requestHeaders)]);
  return {
    db,
    actor,
    ip: clientIp(requestHeaders),
    requestId: requestHeaders.get("x-request-id") ?? crypto.randomUUID(),
  };
}

/**
 * The request context of the page or server action being rendered. React's `cache` makes it once per
 * request: the admin layout, the page and its components share one session read and one settings read.
 */
export const getRequestContext = cache(async (): Promise<RequestContext> => resolveRequestContext(await headers()));
