// The anchor intake is measured against: a bare node:http server that runs the very use case
// POST /api/v1/bookings runs (createBooking: validation, idempotency, rate limit, the one-statement
// insert) on the same pool settings, without Next.js, the proxy or the route wrapper. Whatever the
// production server spends beyond this is framework and per-request overhead.
// Started by bench/intake.ts as its own process: PORT, DATABASE_URL, DATABASE_POOL_MAX from the env.
import http from "node:http";
import { getDb } from "@/db/client";
import { createBooking } from "@/server/bookings/create-booking";
import { AppError } from "@/server/errors";

const port = Number(process.env.PORT ?? 3601);
const db = await getDb();

const server = http.createServer((request, response) => {
  if (request.method === "GET") {
    response.writeHead(200).end("ok");
    return;
  }
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", () => {
    const respond = (status: number, body: unknown) => {
      response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
    };
    createBooking({
      db,
      body: JSON.parse(Buffer.concat(chunks).toString("utf8")) as unknown,
      source: "api",
      idempotencyKey: request.headers["idempotency-key"] as string | undefined,
      rateLimit: { clientIp: request.socket.remoteAddress ?? "", max: 100_000_000, windowSeconds: 60 },
    }).then(
      ({ reference, status, createdAt }) => respond(201, { reference, status, createdAt }),
      (error: unknown) => respond(error instanceof AppError ? 400 : 500, { error: String(error) }),
    );
  });
});
server.listen(port, "127.0.0.1", () => console.log(`bare intake anchor on ${port}`));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
