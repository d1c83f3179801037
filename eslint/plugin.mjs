// The project's own lint rules (registered as "pawpath/…" in eslint.config.mjs; tested by
// tests/unit/lint-boundaries.test.ts).
import kebabCaseFileNames from "./rules/kebab-case-file-names.mjs";
import layers from "./rules/layers.mjs";
import noServerCodeInClient from "./rules/no-server-code-in-client.mjs";

const plugin = {
  meta: { name: "pawpath" },
  rules: {
    "kebab-case-file-names": kebabCaseFileNames,
    layers,
    "no-server-code-in-client": noServerCodeInClient,
  },
};

export default plugin;
