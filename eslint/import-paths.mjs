// Shared by the boundary rules: which modules a file imports, and where each lives in the repository.
import fs from "node:fs";
import path from "node:path";

export const REPO_ROOT = path.resolve(import.meta.dirname, "..");
const EXTENSIONS = ["", ".ts", ".tsx", ".mts", ".js", ".mjs", "/index.ts", "/index.tsx"];

/** "src/server/errors.ts" for a file in the repository; null outside it. Always with forward slashes. */
export function repoPath(absolutePath) {
  const relative = path.relative(REPO_ROOT, absolutePath);
  return relative.startsWith("..") || path.isAbsolute(relative) ? null : relative.split(path.sep).join("/");
}

/** True when `repoFile` is `area` itself or lies inside the folder `area` ("src/db" holds "src/db/schema/x.ts"). */
export function isWithin(repoFile, area) {
  return repoFile === area || repoFile.startsWith(`${area}/`) || stripExtension(repoFile) === stripExtension(area);
}

function stripExtension(file) {
  return file.replace(/\.(ts|tsx|mts|js|mjs)$/, "");
}

/**
 * Where `@/…` (tsconfig's one path alias) and relative specifiers point: `{ repoFile, file }`, with `file`
 * the absolute path of the module when it exists on disk (the rules still judge a planned path by its folder).
 * Bare package names give null.
 */
export function resolveImport(specifier, importingFile) {
  let base;
  if (specifier.startsWith("@/")) base = path.join(REPO_ROOT, "src", specifier.slice(2));
  else if (specifier.startsWith("./") || specifier.startsWith("../"))
    base = path.resolve(path.dirname(importingFile), specifier);
  else return null;
  const file = EXTENSIONS.map((extension) => base + extension).find((candidate) => isFile(candidate));
  const repoFile = repoPath(file ?? base);
  return repoFile && { repoFile, file };
}

function isFile(candidate) {
  try {
    return fs.statSync(candidate).isFile();
  } catch {
    return false;
  }
}

/** "next" for "next/headers", "@scope/pkg" for "@scope/pkg/sub"; null for paths and the `@/` alias. */
export function packageName(specifier) {
  if (specifier.startsWith(".") || specifier.startsWith("/") || specifier.startsWith("@/")) return null;
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}

/**
 * Calls `check({ node, specifier, typeOnly })` for every import, re-export and dynamic import() with a
 * string source. Type-only imports are erased by the compiler, so rules about what runs may ignore them.
 */
export function importVisitors(check) {
  const visit = (node, typeOnly) => {
    if (node.source?.type === "Literal" && typeof node.source.value === "string") {
      check({ node: node.source, specifier: node.source.value, typeOnly });
    }
  };
  return {
    ImportDeclaration: (node) => visit(node, isTypeOnlyImport(node)),
    ExportNamedDeclaration: (node) => visit(node, node.exportKind === "type" || allSpecifiersAreTypes(node)),
    ExportAllDeclaration: (node) => visit(node, node.exportKind === "type"),
    ImportExpression: (node) => visit(node, false),
  };
}

function isTypeOnlyImport(node) {
  return node.importKind === "type" || allSpecifiersAreTypes(node);
}

// `import { type A, type B } from "x"` is erased too; `import {} from "x"` and `import "x"` are not.
function allSpecifiersAreTypes(node) {
  const specifiers = node.specifiers ?? [];
  return (
    specifiers.length > 0 &&
    specifiers.every((specifier) => specifier.importKind === "type" || specifier.exportKind === "type")
  );
}
