import { afterEach, expect, it, vi } from "vitest";

// Pass-through spies on the Argon2 binding, to see which work each call does (timing would be flaky here).
vi.mock("@node-rs/argon2", async (importOriginal) => {
  const real = await importOriginal<typeof import("@node-rs/argon2")>();
  return { ...real, hash: vi.fn(real.hash), verify: vi.fn(real.verify) };
});

const argon2 = await import("@node-rs/argon2");
const { CURRENT_HASH_PREFIX, hashPassword, spendPasswordVerification, verifyPassword } =
  await import("@/server/auth/password-hash");

afterEach(() => {
  vi.mocked(argon2.verify).mockClear();
});

it("spends on an unknown or locked account exactly the work of checking a real password: one Argon2id verification at today's parameters", async () => {
  const real = await hashPassword("a real person's passphrase");
  vi.mocked(argon2.verify).mockClear();
  await verifyPassword({ hash: real, password: "a guess at the passphrase" });
  const [[realHash]] = vi.mocked(argon2.verify).mock.calls as [[string, unknown]];
  vi.mocked(argon2.verify).mockClear();

  await spendPasswordVerification("a guess at the passphrase");
  await spendPasswordVerification("another guess");
  const dummyCalls = vi.mocked(argon2.verify).mock.calls as Array<[string, unknown]>;
  expect(dummyCalls).toHaveLength(2);
  for (const [dummyHash, password] of dummyCalls) {
    expect(realHash.startsWith(CURRENT_HASH_PREFIX)).toBe(true);
    expect(dummyHash.startsWith(CURRENT_HASH_PREFIX)).toBe(true);
    expect(dummyHash.length).toBe(realHash.length);
    expect(typeof password).toBe("string");
  }
});
