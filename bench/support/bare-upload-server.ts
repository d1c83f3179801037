// The anchor uploads are measured against: a bare node:http server with the app's storage driver and byte
// check, without Next.js, the database or the route wrapper. Whatever the production server spends beyond
// it is framework, database and per-request overhead.
//   POST /start?contentType=…   signs where the bytes go: the very presigned POST the app makes (s3), or a
//                               PUT to this server (local)
//   PUT  /content/{id}          local: the body streamed straight to DATA_DIR-like quarantine/{id} on disk
//   POST /complete/{id}         what complete does to the bytes: HEAD, the first bytes, file-type, sha256 streamed
// Started by bench/upload.ts as its own process: PORT, ANCHOR_STORAGE (local|s3), UPLOADS_ROOT (local),
// S3_BUCKET, S3_REGION, S3_ENDPOINT (s3) and the AWS credentials from the env.
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import fsp from "node:fs/promises";
import http from "node:http";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { checkFile, SNIFF_BYTES } from "@/server/storage/file-check";
import { LocalStorageDriver } from "@/server/storage/local-driver";
import { S3StorageDriver } from "@/server/storage/s3-driver";
import type { StorageDriver, UploadTarget } from "@/server/storage/storage-driver";
import { quarantineKey } from "@/server/storage/storage-keys";

const port = Number(process.env.PORT ?? 3652);
const uploadsRoot = path.resolve(process.env.UPLOADS_ROOT ?? "/tmp/pawpath-bench-anchor-uploads");
const maxBytes = 10 * 1024 * 1024;
const url = `http://127.0.0.1:${port}`;

const storage: StorageDriver =
  process.env.ANCHOR_STORAGE === "s3"
    ? new S3StorageDriver({
        bucket: process.env.S3_BUCKET!,
        region: process.env.S3_REGION ?? "us-east-1",
        endpoint: process.env.S3_ENDPOINT,
        forcePathStyle: true,
      })
    : new LocalStorageDriver({ root: uploadsRoot, secret: "bench-anchor", appUrl: url });

async function start(contentType: string): Promise<{ id: string; upload: UploadTarget }> {
  const id = randomUUID();
  const expiresInSeconds = 15 * 60;
  if (storage.kind === "local") {
    const expiresAt = new Date(Date.now() + expiresInSeconds * 1000);
    const headers = { "Content-Type": contentType };
    return { id, upload: { method: "PUT", url: `${url}/content/${id}`, headers, expiresAt } };
  }
  return {
    id,
    upload: await storage.createUploadTarget({ key: quarantineKey(id), contentType, maxBytes, expiresInSeconds }),
  };
}

async function receive(id: string, request: http.IncomingMessage): Promise<void> {
  const file = path.join(uploadsRoot, ...quarantineKey(id).split("/"));
  await fsp.mkdir(path.dirname(file), { recursive: true });
  await pipeline(request, fs.createWriteStream(file, { flags: "wx", mode: 0o600 }));
}

async function complete(id: string) {
  const key = quarantineKey(id);
  const size = await storage.head(key);
  const firstBytes = size ? await storage.readStart(key, SNIFF_BYTES) : null;
  if (size === null || firstBytes === null) throw new Error(`nothing at ${key}`);
  const check = await checkFile({ displayName: id, size, firstBytes, maxBytes });
  if (!check.ok) throw new Error(check.message);
  const object = await storage.openRead(key);
  if (!object) throw new Error(`vanished: ${key}`);
  const hash = createHash("sha256");
  for await (const chunk of object.stream) hash.update(chunk as Buffer);
  return { id, status: "ready", contentType: check.contentType, size, sha256: hash.digest("hex") };
}

const server = http.createServer((request, response) => {
  const respond = (status: number, body?: unknown) => {
    if (body === undefined) response.writeHead(status).end();
    else response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
  };
  const fail = (error: unknown) => respond(500, { error: String(error) });
  const requestUrl = new URL(request.url ?? "/", url);
  const [, action, id = ""] = requestUrl.pathname.split("/");
  if (request.method === "GET") return respond(200, { ok: true });
  if (request.method === "POST" && action === "start") {
    request.resume();
    return void start(requestUrl.searchParams.get("contentType") ?? "application/pdf").then(
      (started) => respond(201, started),
      fail,
    );
  }
  if (request.method === "PUT" && action === "content") return void receive(id, request).then(() => respond(204), fail);
  if (request.method === "POST" && action === "complete") {
    request.resume();
    return void complete(id).then((completed) => respond(200, completed), fail);
  }
  respond(404);
});
server.listen(port, "127.0.0.1", () => console.log(`bare upload anchor (${storage.kind}) on ${port}`));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
