import "server-only";
import { emailOutbox } from "@/db/schema";
import type { Executor } from "@/db/types";
import type { EmailTemplateData, EmailTemplateName } from "@/emails/registry";

type EnqueueOptions<T extends EmailTemplateName> = {
  template: T;
  to: string;
  data: EmailTemplateData<T>;
  /** Stable for the logical message: queuing it twice keeps one. */
  idempotencyKey: string;
  bookingId?: string;
};

/** Queues an email in the caller's transaction; the worker sends it after commit. */
export async function enqueueEmail<T extends EmailTemplateName>(
  db: Executor,
  options: EnqueueOptions<T>,
): Promise<void> {
  await db
    .insert(emailOutbox)
    .values({
      template: options.template,
      toAddress: options.to,
      data: options.data as Record<string, unknown>,
      idempotencyKey: options.idempotencyKey,
      bookingId: options.bookingId,
    })
    .onConflictDoNothing({ target: emailOutbox.idempotencyKey });
}
