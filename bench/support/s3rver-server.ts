// The S3 stand-in the upload bench sends to (tests/support/s3-server.ts: s3rver with one bucket and the
// CORS rule docs/deploy.md asks for), in its own process so that the bench's clients and s3rver do not share
// an event loop, and so that its CPU and memory can be read from /proc. PORT and S3_BUCKET from the env.
import { TestS3Server } from "../../tests/support/s3-server";

const server = await new TestS3Server({ bucket: process.env.S3_BUCKET }).start(Number(process.env.PORT));
console.log(`s3rver on ${server.endpoint}, bucket ${server.bucket}`);
process.on("SIGTERM", () => {
  void server.stop().then(() => process.exit(0));
});
