// What runs in the browser must not import server code. Applies to every file that starts with
// "use client" (and, with `everyFile`, to every file it is configured for: src/components is shared UI).
// A value import is reported when its target carries `import "server-only"`, or lies in one of the
// `serverAreas` (a static backstop for a server file that forgot its marker). Type-only imports are erased
// and pass; so do modules that start with "use server": the client receives references to their actions.
import fs from "node:fs";
import { importVisitors, isWithin, packageName, resolveImport } from "../import-paths.mjs";

const SERVER_ONLY_MARKER = /^\s*import\s+["']server-only["']/m;
const USE_SERVER = /^(?:\s+|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use server["']/;

const noServerCodeInClient = {
  meta: {
    type: "problem",
    docs: { description: "Client components cannot import server-only modules" },
    schema: [
      {
        type: "object",
        properties: {
          everyFile: { type: "boolean" },
          serverAreas: { type: "array", items: { type: "string" } },
          clientSafeAreas: { type: "array", items: { type: "string" } },
          serverPackages: { type: "array", items: { type: "string" } },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      marked:
        '{{target}} is server-only (it imports "server-only"); a client component cannot import it. Import a client-safe contract (src/contracts) or a server action instead.',
      area: "{{target}} is server code; a client component cannot import it. Import a client-safe contract (src/contracts) or a server action instead.",
      serverPackage: '"{{target}}" runs only on the server; a client component cannot import it.',
    },
  },
  create(context) {
    const { everyFile = false, serverAreas = [], clientSafeAreas = [], serverPackages = [] } = context.options[0] ?? {};
    if (!everyFile && !startsWithUseClient(context.sourceCode.ast)) return {};
    return importVisitors(({ node, specifier, typeOnly }) => {
      if (typeOnly) return;
      const target = resolveImport(specifier, context.filename);
      if (!target) {
        const name = packageName(specifier);
        if (name && (serverPackages.includes(specifier) || serverPackages.includes(name))) {
          context.report({ node, messageId: "serverPackage", data: { target: specifier } });
        }
        return;
      }
      const source = target.file ? readSource(target.file) : "";
      if (USE_SERVER.test(source)) return;
      if (SERVER_ONLY_MARKER.test(source)) {
        context.report({ node, messageId: "marked", data: { target: target.repoFile } });
      } else if (
        serverAreas.some((area) => isWithin(target.repoFile, area)) &&
        !clientSafeAreas.some((area) => isWithin(target.repoFile, area))
      ) {
        context.report({ node, messageId: "area", data: { target: target.repoFile } });
      }
    });
  },
};

export default noServerCodeInClient;

function startsWithUseClient(program) {
  for (const statement of program.body) {
    if (statement.type !== "ExpressionStatement" || typeof statement.directive !== "string") return false;
    if (statement.directive === "use client") return true;
  }
  return false;
}

// One lint run reads each imported file once; the modification time keeps an editor's long-lived ESLint honest.
const sources = new Map();
function readSource(file) {
  const { mtimeMs } = fs.statSync(file);
  const cached = sources.get(file);
  if (cached?.mtimeMs === mtimeMs) return cached.text;
  const text = fs.readFileSync(file, "utf8");
  sources.set(file, { mtimeMs, text });
  return text;
}
