import "server-only";
import { devMailbox } from "@/db/schema";
import type { Database } from "@/db/types";
import type { EmailTransport, OutgoingEmail } from "../transport";

/** Development: every message lands in the dev_mailbox table, readable at /admin/mailbox. */
export function createDevMailboxTransport(getDb: () => Promise<Database>): EmailTransport {
  return {
    name: "dev",
    async send(email: OutgoingEmail) {
      const db = await getDb();
      const [row] = await db
        .insert(devMailbox)
        .values({
          fromAddress: email.from,
          toAddress: email.to,
          subject: email.subject,
          html: email.html,
          text: email.text,
          headers: { "Idempotency-Key": email.idempotencyKey, ...(email.replyTo ? { "Reply-To": email.replyTo } : {}) },
        })
        .returning({ id: devMailbox.id });
      return { providerMessageId: row?.id };
    },
  };
}
