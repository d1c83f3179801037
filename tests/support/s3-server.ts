import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import S3rver from "s3rver";

/** The access key s3rver knows (it accepts any secret: it checks expiry and the key id, not signatures). */
export const S3RVER_CREDENTIALS = { AWS_ACCESS_KEY_ID: "S3RVER", AWS_SECRET_ACCESS_KEY: "S3RVER" };

/** S3's CORS rule as the bucket in docs/deploy.md has it: the app's origin may POST forms and GET objects. */
function corsRule(origins: string[]): string {
  const allowed = origins.map((origin) => `<AllowedOrigin>${origin}</AllowedOrigin>`).join("");
  return (
    `<CORSConfiguration><CORSRule>${allowed}<AllowedMethod>POST</AllowedMethod><AllowedMethod>GET</AllowedMethod>` +
    `<AllowedHeader>*</AllowedHeader><MaxAgeSeconds>3000</MaxAgeSeconds></CORSRule></CORSConfiguration>`
  );
}

/** A real S3 API (s3rver) on a free loopback port, with one bucket in a temporary folder. */
export class TestS3Server {
  private server: S3rver | undefined;
  private directory = "";
  port = 0;

  constructor(private readonly options: { bucket?: string; allowedOrigins?: string[] } = {}) {}

  get bucket(): string {
    return this.options.bucket ?? "pawpath-test";
  }

  /** Path style (http://127.0.0.1:port/bucket/key): an IP address has no bucket subdomains. */
  get endpoint(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(port = 0): Promise<this> {
    this.directory = await fs.mkdtemp(path.join(os.tmpdir(), "pawpath-s3rver-"));
    this.server = new S3rver({
      address: "127.0.0.1",
      port,
      silent: true,
      directory: this.directory,
      configureBuckets: [{ name: this.bucket, configs: [corsRule(this.options.allowedOrigins ?? ["*"])] }],
    });
    this.port = (await this.server.run()).port;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await server.close();
    if (this.directory) await fs.rm(this.directory, { recursive: true, force: true });
  }
}
