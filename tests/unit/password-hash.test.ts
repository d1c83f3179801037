import { describe, expect, it } from "vitest";
import { createHashSlots } from "@/server/auth/password-hash-slots";
import {
  CURRENT_HASH_PREFIX,
  hashPassword,
  needsRehash,
  passwordHashSlots,
  verifyPassword,
} from "@/server/auth/password-hash";
import { legacyScryptHash } from "../support/legacy-scrypt-hash";

describe("password hashes", () => {
  it("are Argon2id at OWASP's parameters (19 MiB, 2 passes, 1 lane), salted, and verify only the right password", async () => {
    const first = await hashPassword("a long enough passphrase");
    const second = await hashPassword("a long enough passphrase");
    expect(CURRENT_HASH_PREFIX).toBe("$argon2id$v=19$m=19456,t=2,p=1$");
    expect(first.startsWith(CURRENT_HASH_PREFIX)).toBe(true);
    expect(first).not.toBe(second);
    expect(await verifyPassword({ hash: first, password: "a long enough passphrase" })).toBe(true);
    expect(await verifyPassword({ hash: first, password: "a long enough passphrasE" })).toBe(false);
    expect(needsRehash(first)).toBe(false);
  });

  it("still verifies the scrypt hashes written before, and marks them for an upgrade", async () => {
    const legacy = await legacyScryptHash("an old passphrase");
    expect(await verifyPassword({ hash: legacy, password: "an old passphrase" })).toBe(true);
    expect(await verifyPassword({ hash: legacy, password: "not the old passphrase" })).toBe(false);
    expect(needsRehash(legacy)).toBe(true);
    // Weaker Argon2 parameters would be upgraded too; anything unknown never verifies.
    expect(needsRehash("$argon2id$v=19$m=4096,t=3,p=1$c2FsdHNhbHQ$aGFzaA")).toBe(true);
    expect(await verifyPassword({ hash: "bcrypt$whatever", password: "an old passphrase" })).toBe(false);
    expect(await verifyPassword({ hash: "$argon2id$garbage", password: "an old passphrase" })).toBe(false);
  });

  it("computes at most PASSWORD_HASH_CONCURRENCY (2) hashes at once: ten sign-ins at once queue", async () => {
    const slots = passwordHashSlots();
    expect(slots.limit).toBe(2);
    slots.resetHighWaterMark();
    const hashes = await Promise.all(Array.from({ length: 10 }, (_, i) => hashPassword(`parallel passphrase ${i}`)));
    expect(new Set(hashes).size).toBe(10);
    expect(slots.highWaterMark()).toBe(2);
    expect(slots.inFlight()).toBe(0);
  });
});

describe("hash slots", () => {
  it("never run more than their limit at once, take the waiting in order, and free a slot when a task fails", async () => {
    const slots = createHashSlots(3);
    let running = 0;
    let mostAtOnce = 0;
    const started: number[] = [];
    const releases: Array<() => void> = [];
    const task = (id: number) => () =>
      new Promise<number>((resolve, reject) => {
        running += 1;
        mostAtOnce = Math.max(mostAtOnce, running);
        started.push(id);
        releases[id] = () => {
          running -= 1;
          if (id === 4) reject(new Error("task 4 failed"));
          else resolve(id);
        };
      });
    const results = Array.from({ length: 10 }, (_, id) => slots.run(task(id)).catch((error: Error) => error.message));
    const settle = () => new Promise((resolve) => setImmediate(resolve));
    await settle();
    expect(started).toEqual([0, 1, 2]);
    expect(slots.waiting()).toBe(7);
    // Finish whatever is running, oldest first, until all ten are done.
    for (let done = 0; done < 10; done++) {
      releases[started[done]!]!();
      await settle();
      expect(slots.inFlight()).toBeLessThanOrEqual(3);
    }
    expect(await Promise.all(results)).toEqual([0, 1, 2, 3, "task 4 failed", 5, 6, 7, 8, 9]);
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(mostAtOnce).toBe(3);
    expect(slots.highWaterMark()).toBe(3);
    expect(slots.inFlight()).toBe(0);
  });
});
