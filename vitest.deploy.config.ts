import path from "node:path";
import { defineConfig } from "vitest/config";

// The deploy rehearsal (tests/deploy): run by `npm test` after the production build, which it packs
// into releases. `npx vitest run --config vitest.deploy.config.ts` alone needs that build in place.
export default defineConfig({
  resolve: {
    alias: { "@": path.resolve(import.meta.dirname, "src") },
  },
  test: {
    include: ["tests/deploy/**/*.rehearsal.ts"],
    // Bounds on a hang: a deploy waits up to a minute for readiness and half a minute for a drain.
    testTimeout: 300_000,
    hookTimeout: 600_000,
    fileParallelism: false,
  },
});
