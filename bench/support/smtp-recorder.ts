import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export type SmtpRecorder = {
  url: string;
  /** Every message received: its Idempotency-Key header (one per outbox row) and recipients. */
  received: () => { idempotencyKey: string; to: string[] }[];
  stop: () => Promise<void>;
};

/** A real SMTP server on loopback that keeps, for each message, the outbox row it came from. */
export async function startSmtpRecorder(): Promise<SmtpRecorder> {
  const received: { idempotencyKey: string; to: string[] }[] = [];
  const server = new SMTPServer({
    disabledCommands: ["STARTTLS"],
    authOptional: true,
    logger: false,
    onData(stream, session, callback) {
      let head = "";
      stream.on("data", (chunk: Buffer) => {
        if (!head.includes("\r\n\r\n")) head += chunk.toString("utf8");
      });
      stream.on("end", () => {
        const key = /^Idempotency-Key:\s*(.+)$/im.exec(head)?.[1]?.trim() ?? "";
        received.push({ idempotencyKey: key, to: session.envelope.rcptTo.map((r) => r.address) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`,
    received: () => received,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
