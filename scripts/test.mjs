// npm test: the whole suite. Vitest (unit and integration tests; on PGlite, and on PostgreSQL too
// when TEST_DATABASE_URL is set), then the production build and the Playwright tests, then the deploy
// rehearsal (tests/deploy), which packs its releases from that same build.
// A Vitest failure does not stop the browser tests, so one run reports everything that is broken.
import path from "node:path";
import { runE2eSteps } from "./lib/e2e-steps.mjs";
import { run, Suite } from "./lib/suite.mjs";

process.chdir(path.resolve(import.meta.dirname, ".."));
const suite = new Suite("npm test");
await suite.step("vitest", () => run("node", ["node_modules/vitest/vitest.mjs", "run"]));
await runE2eSteps(suite, process.argv.slice(2));
await suite.step(
  "deploy rehearsal",
  () => run("node", ["node_modules/vitest/vitest.mjs", "run", "--config", "vitest.deploy.config.ts"]),
  { needs: ["next build"] },
);
process.exit(suite.finish());
