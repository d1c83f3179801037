import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import { defineConfig, globalIgnores } from "eslint/config";
import pawpath from "./eslint/plugin.mjs";

// Where code lives decides what it may import (DEVELOPERS.md, "Layers and files"). Folders, not files:
// a new file is covered the moment it is created. tests/unit/lint-boundaries.test.ts plants a violation
// of each zone and expects it reported.
const WEB_LAYER = ["src/web", "src/app", "src/components", "src/actions"];
const LAYERS = [
  {
    from: ["src/lib"],
    allow: ["src/lib"],
    message: "src/lib is the lowest layer (small helpers for every other layer): it imports only src/lib",
  },
  {
    from: ["src/contracts"],
    // brand.ts is the company's name, prefix and time zone: plain constants the pages show too.
    allow: ["src/lib", "src/contracts", "src/config/brand.ts"],
    // Erased at compile time: a contract may name a row type or a template name without running their code.
    allowTypesFrom: ["src/db", "src/emails"],
    packages: ["zod", "libphonenumber-js"],
    message:
      "src/contracts is client-safe: it imports only src/lib, other contracts, the brand and zod (types may come from src/db)",
  },
  {
    from: ["src/server", "src/db"],
    deny: WEB_LAYER,
    denyPackages: ["next"],
    message: "src/server and src/db never depend on the web framework or the web layer",
  },
  {
    from: ["src/web"],
    deny: ["src/app", "src/components", "src/actions"],
    message: "src/web is the edge the routes stand on: it does not import routes, components or actions",
  },
  {
    from: ["src/app", "src/components"],
    deny: ["src/db"],
    message:
      "Pages, routes and components never reach the database: take `db` from the request context and call a use case",
  },
  {
    from: ["src/components"],
    deny: ["src/app"],
    message: "Components import server actions from src/actions, never from route folders",
  },
  {
    from: ["src/actions"],
    deny: ["src/app", "src/components"],
    message: "Server actions do not import pages or components",
  },
];

// The static backstop of pawpath/no-server-code-in-client, beside the `import "server-only"` markers.
const CLIENT_RULE = {
  serverAreas: ["src/server", "src/db", "src/web", "src/config/env.ts"],
  clientSafeAreas: ["src/server/access"],
  serverPackages: ["server-only", "next/headers"],
};

const DATE_FORMAT_MESSAGE =
  "Write dates and times with src/lib/format-date-time.ts (formatCalendarDay, formatInstant, formatAsStored)";

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  globalIgnores([
    ".next*/**",
    "node_modules/**",
    ".data/**",
    ".test-data/**",
    "next-env.d.ts",
    "test-results/**",
    "playwright-report/**",
    "bench/results/**",
  ]),
  {
    plugins: { pawpath },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "pawpath/kebab-case-file-names": "error",
      "pawpath/layers": ["error", LAYERS],
      // Files that start with "use client"; src/components below applies it to every component.
      "pawpath/no-server-code-in-client": ["error", CLIENT_RULE],
    },
  },
  {
    files: ["src/components/**"],
    rules: { "pawpath/no-server-code-in-client": ["error", { ...CLIENT_RULE, everyFile: true }] },
  },
  {
    // Every browser test runs under the shared fixture that fails it on a console error or warning.
    files: ["e2e/**/*.spec.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "@playwright/test",
              message: "Import test and expect from ./support/fixtures (it fails a test on console errors)",
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    // Every date and time a person reads is written by src/lib/format-date-time.ts: one format, the zone
    // said, the same text on the server and in the browser (ARCHITECTURE.md, "Dates and times").
    files: ["src/**"],
    ignores: ["src/lib/dates.ts", "src/lib/format-date-time.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        ...["NewExpression", "CallExpression"].map((kind) => ({
          selector: `${kind}[callee.object.name='Intl'][callee.property.name='DateTimeFormat']`,
          message: DATE_FORMAT_MESSAGE,
        })),
      ],
      "no-restricted-properties": [
        "error",
        ...["toLocaleDateString", "toLocaleTimeString"].map((property) => ({ property, message: DATE_FORMAT_MESSAGE })),
      ],
    },
  },
  {
    // Type-aware rules: a promise nobody awaits loses its error, and a switch over a union must name
    // every member. Only TypeScript files are in tsconfig.json's project.
    files: ["**/*.{ts,tsx,mts,cts}"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      // React discards what an event handler returns, so `onSubmit={async …}` (and react-hook-form's
      // handleSubmit) is the idiom: a rejection there is reported like a throw from a synchronous handler.
      // Everywhere else (callbacks, conditions, spreads) a promise where none is expected stays an error.
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      // A `default:` does not excuse a switch over a union from naming each member: a new member is a
      // lint error at every switch that must decide what to do with it.
      "@typescript-eslint/switch-exhaustiveness-check": "error",
    },
  },
]);
