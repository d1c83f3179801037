// npm test: the whole suite. Vitest (unit and integration tests; on PGlite, and on PostgreSQL too
// when TEST_DATABASE_URL is set), then the production build and the Playwright tests.
// A Vitest failure does not stop the browser tests, so one run reports everything that is broken.
import path from "node:path";
import { runE2eSteps } from "./lib/e2e-steps.mjs";
import { run, Suite } from "./lib/suite.mjs";

process.chdir(path.resolve(import.meta.dirname, ".."));
const suite = new Suite("npm test");
await suite.step("vitest", () => run("node", ["node_modules/vitest/vitest.mjs", "run"]));
await runE2eSteps(suite, process.argv.slice(2));
process.exit(suite.finish());
