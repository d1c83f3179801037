// Every folder and file name in the repository is kebab-case ("booking-record/edit-form.tsx"; dots separate
// kebab-case parts: "route-registry.test.ts", "openapi.json"). Next.js's own folder syntax passes:
// dynamic segments "[reference]", "[...all]", "[[...slug]]" (their parameter is a JavaScript name),
// route groups "(admin)", parallel routes "@modal" and private folders "_parts".
import { repoPath } from "../import-paths.mjs";

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const NEXT_FOLDER = [
  /^\[{1,2}(?:\.\.\.)?[a-z][a-zA-Z0-9]*\]{1,2}$/,
  /^\([a-z0-9]+(?:-[a-z0-9]+)*\)$/,
  /^[@_][a-z0-9]+(?:-[a-z0-9]+)*$/,
];

export function isKebabCaseName(name, { folder }) {
  if (folder && NEXT_FOLDER.some((pattern) => pattern.test(name))) return true;
  return name.split(".").every((part) => KEBAB.test(part));
}

const kebabCaseFileNames = {
  meta: {
    type: "suggestion",
    docs: { description: "File and folder names are kebab-case" },
    schema: [],
    messages: { name: '"{{name}}" in {{path}} is not kebab-case (lower-case words joined by "-")' },
  },
  create(context) {
    const path = repoPath(context.filename);
    if (!path) return {};
    const segments = path.split("/");
    const wrong = segments.find((name, index) => !isKebabCaseName(name, { folder: index < segments.length - 1 }));
    if (!wrong) return {};
    return {
      Program: (node) =>
        context.report({ node, loc: { line: 1, column: 0 }, messageId: "name", data: { name: wrong, path } }),
    };
  },
};

export default kebabCaseFileNames;
