import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { caddyEncodeBlock } from "./caddy-encode";

export type Balancer = { url: string; stop: () => Promise<void> };

/**
 * Caddy (Debian's /usr/bin/caddy) on a loopback port, load-balancing over the given app ports the way a
 * second server would be added in production: round robin, each backend health-checked on /api/ready, a
 * request retried on the other backend for up to 5 s when one is down; responses compressed as
 * deploy/Caddyfile compresses them (the app does not). Plain HTTP on loopback for any host name, no admin endpoint.
 */
export async function startCaddyBalancer(port: number, backends: number[]): Promise<Balancer> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "pawpath-caddy-"));
  const config = path.join(folder, "Caddyfile");
  fs.writeFileSync(
    config,
    `{
  admin off
  auto_https off
}
http://:${port} {
  bind 127.0.0.1
${caddyEncodeBlock()}
  reverse_proxy ${backends.map((backend) => `127.0.0.1:${backend}`).join(" ")} {
    lb_policy round_robin
    lb_try_duration 5s
    health_uri /api/ready
    health_interval 1s
  }
}
`,
  );
  const caddy: ChildProcess = spawn("caddy", ["run", "--adapter", "caddyfile", "--config", config], {
    env: { ...process.env, XDG_DATA_HOME: folder, XDG_CONFIG_HOME: folder, HOME: folder },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let log = "";
  caddy.stderr?.on("data", (chunk: Buffer) => (log += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (caddy.exitCode !== null) throw new Error(`caddy exited with ${caddy.exitCode}:\n${log}`);
    const answer = await fetch(`${url}/api/health`).catch(() => undefined);
    if (answer) break;
    if (Date.now() > deadline) throw new Error(`caddy did not listen on ${port} within 30 s:\n${log}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    stop: async () => {
      if (caddy.exitCode === null) {
        const exited = new Promise((resolve) => caddy.once("exit", resolve));
        caddy.kill("SIGTERM");
        await exited;
      }
      fs.rmSync(folder, { recursive: true, force: true });
    },
  };
}
