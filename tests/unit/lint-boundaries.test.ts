import fs from "node:fs";
import path from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

// The import boundaries of eslint.config.mjs, proven on planted files: each snippet is linted with the
// repository's own config as if it lived at `at`, so a rule that is removed, renamed or narrowed fails
// here. The snippets are never written to disk.
const ROOT = path.resolve(import.meta.dirname, "../..");
const TYPE_AWARE_RULES = [
  "@typescript-eslint/no-floating-promises",
  "@typescript-eslint/no-misused-promises",
  "@typescript-eslint/switch-exhaustiveness-check",
];

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({
    cwd: ROOT,
    // Planted files are not in tsconfig's project, so type information (and the rules that need it)
    // is switched off for them; the last test checks those rules are on for the real tree.
    overrideConfig: {
      files: ["**/*.{ts,tsx}"],
      languageOptions: { parserOptions: { projectService: false } },
      rules: Object.fromEntries(TYPE_AWARE_RULES.map((rule) => [rule, "off"])),
    },
  });
});

async function problems(at: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, at) });
  return result!.messages.map((message) => `${message.ruleId}: ${message.message}`);
}

async function expectReported(at: string, code: string, rule: string, words: string) {
  const found = await problems(at, code);
  expect(found, `${at} should be reported by ${rule}`).toContainEqual(expect.stringContaining(`${rule}: `));
  expect(found.filter((line) => line.startsWith(`${rule}: `)).join("\n")).toContain(words);
}

async function expectClean(at: string, code: string) {
  expect(await problems(at, code)).toEqual([]);
}

/** A real server action module ("use server"), found rather than named: actions move between folders. */
function aServerActionModule(): string {
  const walk = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? walk(full) : /\.tsx?$/.test(entry.name) ? [full] : [];
    });
  const file = walk(path.join(ROOT, "src")).find((candidate) =>
    /^["']use server["']/.test(fs.readFileSync(candidate, "utf8")),
  );
  if (!file) throw new Error("no server action module under src/");
  return `@/${path
    .relative(path.join(ROOT, "src"), file)
    .split(path.sep)
    .join("/")
    .replace(/\.tsx?$/, "")}`;
}

describe("dates and times have one writer", () => {
  it("reports a date formatted on the spot, outside src/lib/format-date-time.ts", async () => {
    for (const [rule, code] of [
      ["no-restricted-syntax", 'export const f = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium" });\n'],
      ["no-restricted-properties", 'export const f = (at: Date) => at.toLocaleDateString("en-GB");\n'],
    ] as const) {
      await expectReported("src/components/planted/when.tsx", code, rule, "src/lib/format-date-time.ts");
    }
    await expectClean("src/lib/format-date-time.ts", 'export const f = new Intl.DateTimeFormat("en-US");\n');
  });
});

describe("client code cannot import server code", () => {
  const CLIENT = '"use client";\n';

  it("reports a client component importing a module marked server-only", async () => {
    await expectReported(
      "src/app/(admin)/admin/planted-panel.tsx",
      `${CLIENT}import { getActor } from "@/server/auth/get-actor";\nexport const x = getActor;\n`,
      "pawpath/no-server-code-in-client",
      "src/server/auth/get-actor.ts is server-only",
    );
  });

  it("follows relative imports too", async () => {
    await expectReported(
      "src/app/planted-panel.tsx",
      `${CLIENT}import { getRequestContext } from "../web/request-context";\nexport const x = getRequestContext;\n`,
      "pawpath/no-server-code-in-client",
      "src/web/request-context.ts is server-only",
    );
  });

  it("reports server folders even for a file that forgot its marker", async () => {
    await expectReported(
      "src/app/planted-panel.tsx",
      `${CLIENT}import { plannedUseCase } from "@/server/planted/planned-use-case";\nexport const x = plannedUseCase;\n`,
      "pawpath/no-server-code-in-client",
      "src/server/planted/planned-use-case is server code",
    );
  });

  it("reports the server-only package and next/headers", async () => {
    await expectReported(
      "src/app/planted-panel.tsx",
      `${CLIENT}import "server-only";\n`,
      "pawpath/no-server-code-in-client",
      '"server-only" runs only on the server',
    );
    await expectReported(
      "src/app/planted-panel.tsx",
      `${CLIENT}import { headers } from "next/headers";\nexport const x = headers;\n`,
      "pawpath/no-server-code-in-client",
      '"next/headers" runs only on the server',
    );
  });

  it("applies to every file under src/components, with or without the directive", async () => {
    await expectReported(
      "src/components/planted/summary.tsx",
      `import { getActor } from "@/server/auth/get-actor";\nexport const x = getActor;\n`,
      "pawpath/no-server-code-in-client",
      "server-only",
    );
  });

  it("lets client code import types, the permission kernel and contracts", async () => {
    await expectClean(
      "src/components/planted/summary.tsx",
      [
        CLIENT,
        'import type { Actor } from "@/server/access/actor";',
        'import { roleCan } from "@/server/access/permissions";',
        'import { type BookingListItem } from "@/server/bookings/find-bookings";',
        'import { bookingSchema } from "@/contracts/bookings/schemas";',
        "export type Row = BookingListItem & { actor: Actor };",
        "export const x = [roleCan, bookingSchema];",
        "",
      ].join("\n"),
    );
  });

  it("lets client code import server actions: the client receives references, not their code", async () => {
    await expectClean(
      "src/app/planted-panel.tsx",
      `${CLIENT}import * as actions from "${aServerActionModule()}";\nexport const x = actions;\n`,
    );
  });
});

describe("layers", () => {
  it("src/components cannot import src/db", async () => {
    await expectReported(
      "src/components/planted/summary.tsx",
      'import { getDb } from "@/db/client";\nexport const x = getDb;\n',
      "pawpath/layers",
      "never reach the database: take `db` from the request context and call a use case (imports src/db/client.ts)",
    );
    await expectReported(
      "src/components/planted/summary.tsx",
      'import type { Database } from "@/db/types";\nexport type X = Database;\n',
      "pawpath/layers",
      "never reach the database",
    );
  });

  it("src/app cannot import src/db", async () => {
    await expectReported(
      "src/app/(admin)/admin/planted/page.tsx",
      'import { getDb } from "@/db/client";\nexport default async function Page() { await getDb(); return null; }\n',
      "pawpath/layers",
      "never reach the database",
    );
  });

  it("src/components import server actions from src/actions, never from route folders", async () => {
    await expectReported(
      "src/components/planted/summary.tsx",
      'import { saveAction } from "@/app/(admin)/admin/planted/actions";\nexport const x = saveAction;\n',
      "pawpath/layers",
      "never from route folders",
    );
  });

  it("src/lib imports nothing above it, by alias or by relative path", async () => {
    for (const specifier of ["@/server/errors", "../server/errors", "@/contracts/bookings/schemas", "@/config/brand"]) {
      await expectReported(
        "src/lib/planted-helper.ts",
        `import * as above from "${specifier}";\nexport const x = above;\n`,
        "pawpath/layers",
        "src/lib is the lowest layer",
      );
    }
    await expectClean(
      "src/lib/planted-helper.ts",
      'import { cn } from "@/lib/utils";\nimport { z } from "zod";\nexport const x = [cn, z];\n',
    );
  });

  it("src/contracts imports only src/lib, other contracts and zod (types may come from src/db)", async () => {
    for (const specifier of ["@/server/errors", "@/db/schema", "drizzle-orm"]) {
      await expectReported(
        "src/contracts/planted/schemas.ts",
        `import * as outside from "${specifier}";\nexport const x = outside;\n`,
        "pawpath/layers",
        "src/contracts is client-safe",
      );
    }
    await expectClean(
      "src/contracts/planted/schemas.ts",
      [
        'import { z } from "zod";',
        'import type { Database } from "@/db/types";',
        'import { isoDate } from "@/lib/dates";',
        'import { bookingSchema } from "../bookings/schemas";',
        "export type X = Database;",
        "export const x = [z, isoDate, bookingSchema];",
        "",
      ].join("\n"),
    );
  });

  it("src/server and src/db never import next/*, src/web, src/app, src/components or src/actions", async () => {
    const imports = [
      '"next/headers"',
      '"next/navigation"',
      '"@/web/route"',
      '"@/app/(admin)/admin/layout"',
      '"@/components/ui/button"',
      '"@/actions/planted"',
    ];
    for (const at of ["src/server/planted/use-case.ts", "src/db/planted/query.ts"]) {
      for (const specifier of imports) {
        await expectReported(
          at,
          `import * as web from ${specifier};\nexport const x = web;\n`,
          "pawpath/layers",
          "never depend on the web framework",
        );
      }
    }
  });
});

describe("file names", () => {
  it("reports a name that is not kebab-case", async () => {
    for (const at of [
      "src/components/planted/BookingCard.tsx",
      "src/server/planted_folder/use-case.ts",
      "tests/unit/someTest.test.ts",
    ]) {
      await expectReported(at, "export const x = 1;\n", "pawpath/kebab-case-file-names", "is not kebab-case");
    }
  });

  it("accepts Next.js's special folders and files", async () => {
    for (const at of [
      "src/app/api/auth/[...all]/route.ts",
      "src/app/(admin)/admin/bookings/[reference]/page.tsx",
      "src/app/(site)/docs/[[...slug]]/page.tsx",
      "src/app/api/v1/openapi.json/route.ts",
      "src/app/opengraph-image.tsx",
      "tests/unit/lint-boundaries.test.ts",
    ]) {
      expect(await problems(at, "export const x = 1;\n"), at).not.toContainEqual(expect.stringContaining("kebab-case"));
    }
  });
});

it("runs the type-aware rules on the real tree", async () => {
  const config = await new ESLint({ cwd: ROOT }).calculateConfigForFile(
    path.join(ROOT, "src/server/bookings/create-booking.ts"),
  );
  expect(config.languageOptions.parserOptions.projectService).toBe(true);
  for (const rule of TYPE_AWARE_RULES) expect([config.rules[rule]].flat()[0], rule).toBe(2);
});
