import "server-only";
import { hash as argon2Hash, verify as argon2Verify } from "@node-rs/argon2";
import { randomBytes, scrypt as scryptCallback, timingSafeEqual } from "node:crypto";
import { getConfig } from "@/config/env";
import { createHashSlots, type HashSlots } from "./password-hash-slots";

// Argon2id at OWASP's Password Storage Cheat Sheet parameters: 19 MiB, 2 passes, 1 lane. About 19 MiB
// and 40–70 ms per hash on our 2-core servers, where the scrypt it replaces (N=2^17, r=8) took 128 MiB
// and over a second under load.
// `algorithm: 2` is Argon2id (the package's Algorithm is a const enum, which isolated modules cannot read).
const ARGON2 = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
/** How every hash written today begins; anything else is upgraded at its owner's next sign-in. */
export const CURRENT_HASH_PREFIX = `$argon2id$v=19$m=${ARGON2.memoryCost},t=${ARGON2.timeCost},p=${ARGON2.parallelism}$`;

// Same text, same hash: a password typed with composed or decomposed accents is one password.
const normalized = (password: string) => password.normalize("NFKC");

let slots: HashSlots | undefined;
/** The slots every hash and verification queues for (PASSWORD_HASH_CONCURRENCY at once). */
export function passwordHashSlots(): HashSlots {
  slots ??= createHashSlots(getConfig().PASSWORD_HASH_CONCURRENCY);
  return slots;
}

export async function hashPassword(password: string): Promise<string> {
  return passwordHashSlots().run(() => argon2Hash(normalized(password), ARGON2));
}

/** Checks Argon2id hashes and the scrypt ones written before them ("scrypt$N$r$p$salt$key"). */
export async function verifyPassword({ hash, password }: { hash: string; password: string }): Promise<boolean> {
  if (hash.startsWith("$argon2"))
    return passwordHashSlots().run(() => argon2Verify(hash, normalized(password)).catch(() => false));
  if (hash.startsWith("scrypt$")) return passwordHashSlots().run(() => verifyLegacyScrypt(hash, password));
  return false;
}

/** Whether a stored hash should be rewritten at the current parameters (after a correct password). */
export function needsRehash(hash: string): boolean {
  return !hash.startsWith(CURRENT_HASH_PREFIX);
}

let dummyHash: Promise<string> | undefined;
/**
 * Spends exactly what checking a real account's password costs (an Argon2id verification at the
 * current parameters), for answers that must not reveal whether the account exists or is locked.
 */
export async function spendPasswordVerification(password: string): Promise<void> {
  dummyHash ??= hashPassword(randomBytes(32).toString("base64url"));
  await verifyPassword({ hash: await dummyHash, password });
}

// The scrypt scheme of the first release, kept only to verify hashes not yet upgraded.
function verifyLegacyScrypt(hash: string, password: string): Promise<boolean> {
  const [, n, r, p, salt, key] = hash.split("$");
  if (!salt || !key) return Promise.resolve(false);
  const expected = Buffer.from(key, "base64");
  return new Promise((resolve) =>
    scryptCallback(
      normalized(password),
      Buffer.from(salt, "base64"),
      expected.length,
      { N: Number(n), r: Number(r), p: Number(p), maxmem: 256 * 1024 * 1024 },
      (error, actual) => resolve(!error && actual.length === expected.length && timingSafeEqual(actual, expected)),
    ),
  );
}
