// Import direction between the folders of src/, declared as a table in eslint.config.mjs. Each zone names
// the folders it covers (`from`) and either the only folders it may import (`allow`) or those it must not
// (`deny`); `allowTypesFrom` lets erased `import type` reach further, and `packages` / `denyPackages`
// limit npm packages. Unlike no-restricted-imports, relative paths are resolved, so `../server/x` is caught.
import { importVisitors, isWithin, packageName, repoPath, resolveImport } from "../import-paths.mjs";

const folderList = { type: "array", items: { type: "string" } };

const layers = {
  meta: {
    type: "problem",
    docs: { description: "Keep imports pointing down the layers of src/" },
    schema: [
      {
        type: "array",
        items: {
          type: "object",
          properties: {
            from: folderList,
            allow: folderList,
            deny: folderList,
            allowTypesFrom: folderList,
            packages: folderList,
            denyPackages: folderList,
            message: { type: "string" },
          },
          required: ["from", "message"],
          additionalProperties: false,
        },
      },
    ],
    messages: { layer: "{{message}} (imports {{target}})" },
  },
  create(context) {
    const file = repoPath(context.filename);
    const zones = file
      ? (context.options[0] ?? []).filter((zone) => zone.from.some((area) => isWithin(file, area)))
      : [];
    if (zones.length === 0) return {};
    return importVisitors(({ node, specifier, typeOnly }) => {
      const target = resolveImport(specifier, context.filename);
      for (const zone of zones) {
        if (breaks(zone, specifier, target, typeOnly)) {
          context.report({
            node,
            messageId: "layer",
            data: { message: zone.message, target: target?.repoFile ?? specifier },
          });
        }
      }
    });
  },
};

export default layers;

function breaks(zone, specifier, target, typeOnly) {
  if (!target) {
    const name = packageName(specifier);
    if (!name) return false;
    if (zone.denyPackages?.includes(name)) return true;
    return Boolean(zone.packages) && !typeOnly && !zone.packages.includes(name);
  }
  if (!target.repoFile.startsWith("src/")) return false;
  if (typeOnly && zone.allowTypesFrom?.some((area) => isWithin(target.repoFile, area))) return false;
  if (zone.allow) return !zone.allow.some((area) => isWithin(target.repoFile, area));
  return Boolean(zone.deny?.some((area) => isWithin(target.repoFile, area)));
}
