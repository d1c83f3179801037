// npm run test:e2e: production build, then the Playwright browser and API tests.
// Arguments after `--` go to `playwright test` (npm run test:e2e -- e2e/api.spec.ts).
// E2E_SKIP_BUILD=1 reuses the build already in .next.
import path from "node:path";
import { runE2eSteps } from "./lib/e2e-steps.mjs";
import { Suite } from "./lib/suite.mjs";

process.chdir(path.resolve(import.meta.dirname, ".."));
const suite = new Suite("test:e2e");
await runE2eSteps(suite, process.argv.slice(2));
process.exit(suite.finish());
