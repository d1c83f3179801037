import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { DataDirLockedError, lockDataDir } from "@/db/lock";

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), "pawpath-lock-"));

describe("data folder lock", () => {
  it("refuses a second process while the first holds it, with a message saying what to do", async () => {
    const dir = tempDir();
    // Alive until the test kills it, however long the test takes.
    const other = spawn(process.execPath, ["-e", "setInterval(() => {}, 60_000)"]);
    try {
      fs.writeFileSync(path.join(dir, "pglite.lock"), String(other.pid));
      expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
      expect(() => lockDataDir(dir)).toThrow(/in use by another process.*DATABASE_URL/s);
    } finally {
      other.kill();
    }
  });

  it("takes over a lock left by a process that died, and releases it", () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "pglite.lock"), "999999999");
    const release = lockDataDir(dir);
    expect(fs.readFileSync(path.join(dir, "pglite.lock"), "utf8")).toBe(String(process.pid));
    release();
    expect(fs.existsSync(path.join(dir, "pglite.lock"))).toBe(false);
  });
});
