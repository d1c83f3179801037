import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { emailOutbox } from "@/db/schema";
import type { Executor } from "@/db/types";

export type BounceReport = { provider: "resend" | "sendgrid"; providerMessageId: string; kind: string; reason: string };

/**
 * Records what a provider reported after accepting a message (a bounce, a complaint, a drop): the
 * message becomes dead with the reason, visible on the Emails page. Returns how many rows matched.
 */
export async function recordBounce({ db, report }: { db: Executor; report: BounceReport }): Promise<number> {
  // SendGrid's event ids extend the X-Message-Id it returned ("<id>.filter…"); Resend's match exactly.
  const providerMessageId =
    report.provider === "sendgrid" ? report.providerMessageId.split(".")[0]! : report.providerMessageId;
  const updated = await db
    .update(emailOutbox)
    .set({
      status: "dead",
      lastError: `${report.kind} reported by ${report.provider}: ${report.reason}`.slice(0, 2000),
      updatedAt: sql`now()`,
    })
    .where(and(eq(emailOutbox.provider, report.provider), eq(emailOutbox.providerMessageId, providerMessageId)))
    .returning({ id: emailOutbox.id });
  return updated.length;
}
