// The S3 API for the browser tests' second server (STORAGE_DRIVER=s3): s3rver on loopback with one bucket
// whose CORS rule lets that server's origin POST forms and GET objects, as docs/deploy.md configures a
// real bucket. Usage: node scripts/e2e-s3rver.mjs <port> <allowed origin>. Stops on SIGTERM.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import S3rver from "s3rver";

const [port, origin] = process.argv.slice(2);
if (!port || !origin) throw new Error("Usage: node scripts/e2e-s3rver.mjs <port> <allowed origin>");
const directory = await fs.mkdtemp(path.join(os.tmpdir(), "pawpath-e2e-s3-"));
const cors =
  `<CORSConfiguration><CORSRule><AllowedOrigin>${origin}</AllowedOrigin><AllowedMethod>POST</AllowedMethod>` +
  `<AllowedMethod>GET</AllowedMethod><AllowedHeader>*</AllowedHeader><MaxAgeSeconds>3000</MaxAgeSeconds></CORSRule></CORSConfiguration>`;
const server = new S3rver({
  address: "127.0.0.1",
  port: Number(port),
  silent: true,
  directory,
  configureBuckets: [{ name: "pawpath-e2e", configs: [cors] }],
});
await server.run();
console.log(`s3rver on http://127.0.0.1:${port}, bucket pawpath-e2e`);

async function stop() {
  await server.close();
  await fs.rm(directory, { recursive: true, force: true });
  process.exit(0);
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
