import { randomBytes, scrypt } from "node:crypto";

/**
 * A hash as the first release stored it ("scrypt$N$r$p$salt$key", N=2^17, r=8, p=1, a 64-byte key):
 * the accounts that have not signed in since Argon2id arrived still hold one.
 */
export function legacyScryptHash(password: string): Promise<string> {
  const salt = randomBytes(16);
  return new Promise((resolve, reject) =>
    scrypt(password.normalize("NFKC"), salt, 64, { N: 2 ** 17, r: 8, p: 1, maxmem: 256 * 1024 * 1024 }, (error, key) =>
      error
        ? reject(error)
        : resolve(["scrypt", 2 ** 17, 8, 1, salt.toString("base64"), key.toString("base64")].join("$")),
    ),
  );
}
