import "server-only";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { AppConfig } from "@/config/env";

/**
 * BETTER_AUTH_SECRET when set. Locally (development, tests, a production build on localhost) a random
 * secret kept in DATA_DIR, so sessions survive restarts with nothing to configure. Configuration
 * validation refuses a public production deployment without a real one.
 */
export function authSecret(config: AppConfig): string {
  if (config.BETTER_AUTH_SECRET) return config.BETTER_AUTH_SECRET;
  const file = path.resolve(config.DATA_DIR, "auth-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const secret = randomBytes(32).toString("base64");
    fs.writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
    return secret;
  }
}
