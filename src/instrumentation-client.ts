import { config } from "zod/v4/core";

// Runs in the browser before the app's code (Next.js's client instrumentation file). The pages' policy
// allows no eval, so zod can never compile its fast parsers here; saying so up front stops zod probing
// with `new Function("")` when it builds the first schema, a probe it catches but the browser still
// reports as a Content-Security-Policy violation. The server keeps zod's compiled parsers.
config({ jitless: true });
