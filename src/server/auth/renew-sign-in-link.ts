import "server-only";
import { and, eq } from "drizzle-orm";
import { getConfig } from "@/config/env";
import { emailOutbox } from "@/db/schema";
import type { Executor } from "@/db/types";
import { consumeRateLimit } from "@/server/rate-limit/consume-rate-limit";
import { AppError } from "../errors";
import { getAuth } from "./auth";
import { maskedAddress, SIGN_IN_LINK_ID_PATTERN } from "./sign-in-link";

/** Renewals per failed link per window: enough for a slow inbox, no use for flooding the person. */
const RENEWALS_PER_LINK = 3;
const RENEWAL_WINDOW_SECONDS = 15 * 60;

export const UNKNOWN_LINK_MESSAGE = "We cannot tell which address that link was for. Type your email below.";

/**
 * The address a sign-in link was emailed to, from its email in the outbox (`linkId`: sign-in-link.ts);
 * null when the id is malformed or the email is gone (purged, or never sent: a made-up link).
 */
export async function findSignInLinkAddress({ db, linkId }: { db: Executor; linkId: unknown }): Promise<string | null> {
  if (typeof linkId !== "string" || !SIGN_IN_LINK_ID_PATTERN.test(linkId)) return null;
  const [row] = await db
    .select({ to: emailOutbox.toAddress })
    .from(emailOutbox)
    .where(and(eq(emailOutbox.idempotencyKey, `sign-in/${linkId}`), eq(emailOutbox.template, "sign_in_link")))
    .limit(1);
  return row?.to ?? null;
}

/**
 * A used or expired sign-in link asks for a new one: Better Auth's own request, for the address the
 * failed link was sent to, so only that inbox receives it (and, as always, only if it has booked with us).
 * Counted per network and per failed link. Answers the masked address.
 */
export async function renewSignInLink({
  db,
  linkId,
  ip,
  requestHeaders,
}: {
  db: Executor;
  linkId: unknown;
  ip: string;
  requestHeaders: Headers;
}): Promise<{ sentTo: string }> {
  const tooMany = "Too many new links were asked for. Wait a few minutes and try again.";
  await consumeRateLimit(db, {
    key: `sign-in-renew:${ip}`,
    max: getConfig().SIGN_IN_RATE_LIMIT_MAX,
    windowSeconds: 60,
    message: tooMany,
  });
  const email = await findSignInLinkAddress({ db, linkId });
  if (!email) throw new AppError("NOT_FOUND", UNKNOWN_LINK_MESSAGE);
  await consumeRateLimit(db, {
    key: `sign-in-renew:${String(linkId)}`,
    max: RENEWALS_PER_LINK,
    windowSeconds: RENEWAL_WINDOW_SECONDS,
    message: tooMany,
  });
  const auth = await getAuth();
  await auth.api.signInMagicLink({ body: { email, callbackURL: "/portal" }, headers: requestHeaders });
  return { sentTo: maskedAddress(email) };
}
