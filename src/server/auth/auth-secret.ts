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
    // Written whole under a temporary name, then linked into place: link() fails if another process
    // (a second test worker, a script) got there first, and then its complete secret is the one to use.
    const temporary = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
    fs.writeFileSync(temporary, randomBytes(32).toString("base64"), { mode: 0o600, flag: "wx" });
    try {
      fs.linkSync(temporary, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    } finally {
      fs.unlinkSync(temporary);
    }
    return fs.readFileSync(file, "utf8").trim();
  }
}
