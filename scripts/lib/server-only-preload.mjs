// Preloaded by the tsx scripts in package.json (`tsx --import ./scripts/lib/server-only-preload.mjs …`):
// they run src/server and src/db outside Next.js, where `import "server-only"` would otherwise throw.
// drizzle-kit loads the schema through require(), which these hooks do not reach on Node 20; its npm
// script passes --conditions=react-server instead (it loads nothing but the schema and drizzle-orm).
import { register } from "node:module";

register("./server-only-hooks.mjs", import.meta.url);
