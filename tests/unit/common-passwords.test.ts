import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { passwordSchema } from "@/contracts/auth/password-policy";
import { COMMON_PASSWORD_MESSAGE, commonPasswords, isCommonPassword } from "@/server/auth/common-passwords";
import { newPasswordProblem } from "@/server/auth/new-password-problem";

describe("the breached-password list", () => {
  it("holds the 100,000 most common passwords of the ranked list, and not the 100,001st", async () => {
    const list = await commonPasswords();
    // 100,000 ranked lines; a few differ only in case and are one entry here.
    expect(list.size).toBeGreaterThan(96_000);
    expect(list.size).toBeLessThanOrEqual(100_000);
    expect(await isCommonPassword("123456")).toBe(true); // rank 1
    expect(await isCommonPassword("whiterabbit")).toBe(true); // rank 90,411
    expect(await isCommonPassword("WhiteRabbit")).toBe(true);
    expect(await isCommonPassword("070162")).toBe(true); // rank 100,000
    expect(await isCommonPassword("07012006")).toBe(false); // rank 100,001
    expect(await commonPasswords()).toBe(list);
  });

  it("refuses a common password with a reason, on top of the length rules; a strong one passes", async () => {
    expect(await newPasswordProblem("thunderbolt")).toBe(COMMON_PASSWORD_MESSAGE);
    expect(COMMON_PASSWORD_MESSAGE).toMatch(/among the 100,000 most commonly used passwords/);
    expect(await newPasswordProblem("short")).toBe("Use at least 10 characters");
    expect(await newPasswordProblem("quiet lantern orbit 47")).toBeUndefined();
  });

  it("stays on the server: the browser's check is the length rules only, and no client module reaches the list", () => {
    expect(passwordSchema.safeParse("thunderbolt").success).toBe(true);
    const clientFiles = [...walk("src/contracts"), ...walk("src/components"), ...walk("src/lib")].filter(
      (file) => file.startsWith("src/contracts") || fs.readFileSync(file, "utf8").startsWith('"use client"'),
    );
    expect(clientFiles.length).toBeGreaterThan(10);
    const importsTheList = /(from|import\()\s*["'][^"']*(server\/auth|fxa-common-password-list)/;
    for (const file of clientFiles) expect(fs.readFileSync(file, "utf8"), file).not.toMatch(importsTheList);
  });
});

function* walk(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (/\.tsx?$/.test(entry.name)) yield full;
  }
}
