import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import https from "node:https";
import net from "node:net";
import os from "node:os";
import path from "node:path";

// The "VM" of the deploy rehearsal, on this machine: Debian's OpenSSH server on a loopback port (keys made
// for the run), a folder standing for the server's / (PAWPATH_ROOT: /srv/pawpath, /etc/pawpath, … under
// it), Caddy with its own local CA on loopback ports, and deploy/lib.sh's supervisor in place of systemd
// (which is not PID 1 here), running the units' own ExecStart lines. deploy/ship.sh uploads over SSH and
// runs deploy.sh there, exactly as the GitHub deploy job does.

const SSHD = "/usr/sbin/sshd";
const COLOUR_PORTS = [3001, 3002]; // fixed by the units (deploy/lib.sh colour_port)

/** A finished command; `lines` are its output lines with the second each arrived (stdout and stderr). */
export type Shell = {
  code: number;
  stdout: string;
  stderr: string;
  seconds: number;
  lines: { at: number; text: string }[];
};

export type RehearsalVm = {
  /** The folder standing for the server's /. */
  root: string;
  /** https://localhost:<port> through Caddy (connect to 127.0.0.1; Caddy's local CA signs it). */
  url: string;
  httpUrl: string;
  ca: Buffer;
  /** For a load generator: Caddy's address, and the Host header of the site. */
  loadTarget: { url: string; headers: Record<string, string> };
  /** deploy/ship.sh <tarball> from this checkout to the VM; `readySeconds` is deploy.sh's 60 s by default. */
  ship: (tarball: string, options?: { readySeconds?: number }) => Promise<Shell>;
  /** A command on the VM over SSH, with the rehearsal's deploy settings in its environment. */
  ssh: (command: string) => Promise<Shell>;
  /** The release `current` points to, and the colour Caddy serves. */
  current: () => string;
  liveColour: () => string;
  isRunning: (unit: string) => boolean;
  stop: () => Promise<void>;
};

export type RehearsalVmOptions = {
  repoRoot: string;
  databaseUrl: string;
  /** Extra lines for /etc/pawpath/env. */
  settings?: Record<string, string>;
};

export function rehearsalMissing(): string | undefined {
  if (process.getuid?.() !== 0) return "the deploy rehearsal runs as root (sshd, a server's paths)";
  if (!fs.existsSync(SSHD)) return "openssh-server is not installed (apt-get install openssh-server)";
  if (spawnSync("caddy", ["version"]).status !== 0) return "caddy is not installed (apt-get install caddy)";
  if (spawnSync("curl", ["--version"]).status !== 0) return "curl is not installed (apt-get install curl)";
  return undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function portTaken(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

function shell(command: string, args: string[], env: NodeJS.ProcessEnv = process.env, cwd?: string): Promise<Shell> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, cwd, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    const lines: Shell["lines"] = [];
    // Each stream's unfinished last line waits for the rest before it is timed.
    const timed = () => {
      let partial = "";
      return (chunk: Buffer) => {
        const at = (Date.now() - started) / 1000;
        const parts = (partial + chunk.toString()).split("\n");
        partial = parts.pop()!;
        for (const text of parts) lines.push({ at, text });
      };
    };
    const [timeStdout, timeStderr] = [timed(), timed()];
    child.stdout.on("data", (chunk: Buffer) => ((stdout += chunk.toString()), timeStdout(chunk)));
    child.stderr.on("data", (chunk: Buffer) => ((stderr += chunk.toString()), timeStderr(chunk)));
    child.on("close", (code) =>
      resolve({ code: code ?? 1, stdout, stderr, seconds: (Date.now() - started) / 1000, lines }),
    );
  });
}

function write(file: string, text: string, mode = 0o644) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text, { mode });
}

/** GET through Caddy: the status (0 when no answer came) and the headers. */
export function httpsRequest(
  vm: Pick<RehearsalVm, "url" | "ca">,
  pathname: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const url = new URL(pathname, vm.url);
  return new Promise((resolve) => {
    const request = https.request(
      {
        host: "127.0.0.1",
        port: url.port,
        path: url.pathname + url.search,
        method: init.method ?? "GET",
        servername: "localhost",
        ca: vm.ca,
        headers: { host: url.host, ...init.headers },
      },
      (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      },
    );
    request.on("error", () => resolve({ status: 0, headers: {}, body: "" }));
    request.end(init.body);
  });
}

async function waitFor(what: string, check: () => Promise<boolean>, seconds: number) {
  const deadline = Date.now() + seconds * 1000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${seconds} s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export async function startRehearsalVm(options: RehearsalVmOptions): Promise<RehearsalVm> {
  for (const port of COLOUR_PORTS) {
    if (await portTaken(port)) throw new Error(`port ${port} (a colour's, fixed by the units) is in use`);
  }
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "pawpath-rehearsal-"));
  const keys = path.join(root, "ssh-keys");
  const [sshPort, httpPort, httpsPort, adminPort] = [
    await freePort(),
    await freePort(),
    await freePort(),
    await freePort(),
  ];
  const url = `https://localhost:${httpsPort}`;
  const caddyData = path.join(root, "var/lib/caddy");

  // ---- what provision.sh sets up on a server
  for (const unit of fs.readdirSync(path.join(options.repoRoot, "deploy/systemd"))) {
    fs.mkdirSync(path.join(root, "etc/systemd/system"), { recursive: true });
    fs.copyFileSync(path.join(options.repoRoot, "deploy/systemd", unit), path.join(root, "etc/systemd/system", unit));
  }
  fs.mkdirSync(path.join(root, "srv/pawpath/releases"), { recursive: true });
  fs.mkdirSync(path.join(root, "var/lib/pawpath"), { recursive: true });
  const settings = {
    APP_URL: url,
    DATABASE_URL: options.databaseUrl,
    BETTER_AUTH_SECRET: "rehearsal-secret-0123456789-abcdefghijklmnopqrstuvwxyz",
    DATA_DIR: path.join(root, "var/lib/pawpath"),
    STORAGE_DRIVER: "local",
    ...options.settings,
  };
  write(
    path.join(root, "etc/pawpath/env"),
    Object.entries(settings)
      .map(([key, value]) => `${key}=${value}\n`)
      .join(""),
    0o640,
  );
  COLOUR_PORTS.forEach((port, index) =>
    write(path.join(root, `etc/pawpath/colour-${["blue", "green"][index]}.env`), `PORT=${port}\nHOSTNAME=127.0.0.1\n`),
  );
  write(
    path.join(root, "etc/caddy/Caddyfile"),
    fs.readFileSync(path.join(options.repoRoot, "deploy/Caddyfile"), "utf8"),
  );
  write(path.join(root, "etc/caddy/pawpath-upstream.caddy"), "to 127.0.0.1:3001\n");
  // Instead of Let's Encrypt: Caddy's own CA, loopback ports, an SNI for clients that connect by address.
  write(
    path.join(root, "etc/caddy/pawpath-global-rehearsal.caddy"),
    [
      "local_certs",
      "skip_install_trust",
      "default_bind 127.0.0.1",
      "default_sni localhost",
      `http_port ${httpPort}`,
      `https_port ${httpsPort}`,
      `admin 127.0.0.1:${adminPort}`,
      "",
    ].join("\n"),
  );
  write(
    path.join(root, "etc/pawpath/caddy.env"),
    [
      "DOMAIN=localhost",
      "ACME_EMAIL=ops@example.com",
      `PAWPATH_CADDY_DIR=${path.join(root, "etc/caddy")}`,
      `PAWPATH_CADDY_LOG_DIR=${path.join(root, "var/log/caddy")}`,
      `XDG_DATA_HOME=${caddyData}`,
      `XDG_CONFIG_HOME=${caddyData}`,
      "",
    ].join("\n"),
  );
  fs.mkdirSync(path.join(root, "var/log/caddy"), { recursive: true });
  // Debian's caddy.service, with provision.sh's drop-in (EnvironmentFile) folded in.
  write(
    path.join(root, "etc/systemd/system/caddy.service"),
    [
      "[Service]",
      "EnvironmentFile=/etc/pawpath/caddy.env",
      "ExecStart=/usr/bin/caddy run --environ --config /etc/caddy/Caddyfile",
      "ExecReload=/usr/bin/caddy reload --config /etc/caddy/Caddyfile --force",
      "",
    ].join("\n"),
  );

  const deployEnv = { PAWPATH_ROOT: root, PAWPATH_SVC: "supervisor", PAWPATH_USER: "" };
  const remoteEnv = (extra: Record<string, string> = {}) =>
    Object.entries({ ...deployEnv, PATH: `${path.dirname(process.execPath)}:/usr/sbin:/usr/bin:/sbin:/bin`, ...extra })
      .map(([key, value]) => `${key}=${value}`)
      .join(" ");
  const localEnv = { ...process.env, ...deployEnv };
  const svc = (action: string, unit: string) =>
    shell("bash", ["-c", `. deploy/lib.sh && svc ${action} ${unit}`], localEnv, options.repoRoot);

  // ---- the SSH server, with keys made for this run
  fs.mkdirSync(keys, { mode: 0o700 });
  for (const name of ["host", "client"]) {
    const made = spawnSync("ssh-keygen", [
      "-q",
      "-t",
      "ed25519",
      "-N",
      "",
      "-C",
      `rehearsal-${name}`,
      "-f",
      path.join(keys, name),
    ]);
    if (made.status !== 0) throw new Error(`ssh-keygen failed: ${made.stderr}`);
  }
  fs.copyFileSync(path.join(keys, "client.pub"), path.join(keys, "authorized_keys"));
  write(
    path.join(keys, "known_hosts"),
    `[127.0.0.1]:${sshPort} ${fs.readFileSync(path.join(keys, "host.pub"), "utf8")}`,
  );
  write(
    path.join(keys, "sshd_config"),
    [
      `Port ${sshPort}`,
      "ListenAddress 127.0.0.1",
      `HostKey ${path.join(keys, "host")}`,
      `PidFile ${path.join(keys, "sshd.pid")}`,
      `AuthorizedKeysFile ${path.join(keys, "authorized_keys")}`,
      "PermitRootLogin prohibit-password",
      "PasswordAuthentication no",
      "KbdInteractiveAuthentication no",
      "UsePAM no",
      "StrictModes no",
      // scp speaks SFTP (OpenSSH 9); a server's sshd_config has this line already.
      "Subsystem sftp internal-sftp",
      "",
    ].join("\n"),
  );
  fs.mkdirSync("/run/sshd", { recursive: true }); // sshd's privilege separation folder
  const sshd: ChildProcess = spawn(SSHD, ["-D", "-e", "-f", path.join(keys, "sshd_config")], { stdio: "ignore" });
  const children = { sshd };

  const vm: RehearsalVm = {
    root,
    url,
    httpUrl: `http://localhost:${httpPort}`,
    ca: Buffer.alloc(0),
    loadTarget: { url: `https://127.0.0.1:${httpsPort}/`, headers: { host: `localhost:${httpsPort}` } },
    ship: (tarball, { readySeconds } = {}) =>
      shell("bash", [path.join(options.repoRoot, "deploy/ship.sh"), tarball], {
        ...process.env,
        DEPLOY_HOST: "127.0.0.1",
        DEPLOY_USER: "root",
        DEPLOY_PORT: String(sshPort),
        DEPLOY_SSH_KEY_FILE: path.join(keys, "client"),
        DEPLOY_KNOWN_HOSTS_FILE: path.join(keys, "known_hosts"),
        DEPLOY_REMOTE_ENV: remoteEnv(readySeconds ? { DEPLOY_READY_SECONDS: String(readySeconds) } : {}),
      }),
    ssh: (command) =>
      shell("ssh", [
        ...["-p", String(sshPort), "-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=yes"],
        ...["-o", `UserKnownHostsFile=${path.join(keys, "known_hosts")}`, "-o", "IdentitiesOnly=yes"],
        ...["-i", path.join(keys, "client"), "root@127.0.0.1", `env ${remoteEnv()} ${command}`],
      ]),
    current: () => path.basename(fs.readlinkSync(path.join(root, "srv/pawpath/current"))),
    liveColour: () =>
      fs.readFileSync(path.join(root, "etc/caddy/pawpath-upstream.caddy"), "utf8").includes(":3001") ? "blue" : "green",
    isRunning: (unit) => {
      const pidFile = path.join(root, "run/pawpath", `${unit}.pid`);
      if (!fs.existsSync(pidFile)) return false;
      try {
        process.kill(Number(fs.readFileSync(pidFile, "utf8")), 0);
        return true;
      } catch {
        return false;
      }
    },
    stop: async () => {
      for (const unit of ["pawpath-web@blue", "pawpath-web@green", "pawpath-worker", "caddy"]) await svc("stop", unit);
      children.sshd.kill("SIGTERM");
      fs.rmSync(root, { recursive: true, force: true });
    },
  };

  try {
    await waitFor("sshd listening", () => portTaken(sshPort), 20);
    const caddy = await svc("start", "caddy");
    if (caddy.code !== 0) throw new Error(`caddy did not start: ${caddy.stderr}`);
    const rootCert = path.join(caddyData, "caddy/pki/authorities/local/root.crt");
    await waitFor("Caddy's local CA", async () => fs.existsSync(rootCert), 30);
    vm.ca = fs.readFileSync(rootCert);
    // Before the first deploy Caddy answers 502 (nothing on blue yet), as on a fresh server.
    await waitFor("Caddy answering HTTPS", async () => (await httpsRequest(vm, "/api/health")).status === 502, 30);
  } catch (error) {
    const log = path.join(root, "run/pawpath/caddy.log");
    const tail = fs.existsSync(log) ? fs.readFileSync(log, "utf8").split("\n").slice(-15).join("\n") : "";
    await vm.stop();
    throw new Error(`${(error as Error).message}\n${tail}`);
  }
  return vm;
}
