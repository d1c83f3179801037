import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname, "src"),
      // The real package throws outside React Server Components; tests call server code directly.
      "server-only": path.resolve(import.meta.dirname, "tests/support/server-only.ts"),
    },
  },
  test: {
    include: ["tests/**/*.test.ts"],
    globalSetup: ["tests/support/global-setup.ts"],
    // Bounds on a hang, not speed limits: a busy laptop (`npm run test:stress` keeps every core busy)
    // may run a test several times slower than an idle machine, and no test asserts a duration.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // PGlite is CPU-heavy; two workers suit the two cores.
    maxWorkers: 2,
  },
});
