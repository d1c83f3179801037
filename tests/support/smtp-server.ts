import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export type ReceivedMail = { envelopeTo: string[]; mail: ParsedMail };

/** A real SMTP server on a free local port that keeps every message it accepts. */
export class TestSmtpServer {
  readonly received: ReceivedMail[] = [];
  private server: SMTPServer | undefined;
  port = 0;

  /** rejectRecipients: answer every RCPT TO with a permanent 550, as for an unknown mailbox. */
  constructor(private readonly options: { rejectRecipients?: boolean } = {}) {}

  async start(port = 0): Promise<this> {
    this.server = new SMTPServer({
      // Its bundled certificate has expired; see GUIDE.md.
      disabledCommands: ["STARTTLS"],
      authOptional: true,
      logger: false,
      onRcptTo: (_address, _session, callback) => {
        if (!this.options.rejectRecipients) return callback();
        callback(Object.assign(new Error("No such user here"), { responseCode: 550 }));
      },
      onData: (stream, session, callback) => {
        simpleParser(stream)
          .then((mail) => {
            this.received.push({ envelopeTo: session.envelope.rcptTo.map((r) => r.address), mail });
            callback();
          })
          .catch(callback);
      },
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once("error", reject);
      this.server!.listen(port, "127.0.0.1", () => resolve());
    });
    this.port = (this.server.server.address() as AddressInfo).port;
    return this;
  }

  get url() {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
