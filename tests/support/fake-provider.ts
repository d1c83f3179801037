import http from "node:http";
import type { AddressInfo } from "node:net";

export type RecordedRequest = { method: string; path: string; headers: http.IncomingHttpHeaders; body: unknown };
type Reply = { status: number; body?: unknown; headers?: Record<string, string> };

/** A local HTTP server standing in for an email provider's API: records requests, answers as told. */
export class FakeProvider {
  readonly requests: RecordedRequest[] = [];
  private replies: Reply[] = [];
  private server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      this.requests.push({
        method: request.method ?? "",
        path: request.url ?? "",
        headers: request.headers,
        body: text ? JSON.parse(text) : undefined,
      });
      const reply = this.replies.shift() ?? { status: 200, body: {} };
      response.writeHead(reply.status, { "content-type": "application/json", ...reply.headers });
      response.end(reply.body === undefined ? "" : JSON.stringify(reply.body));
    });
  });

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** The next answers, in order; afterwards 200 {}. */
  answer(...replies: Reply[]) {
    this.replies.push(...replies);
  }

  async stop() {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
